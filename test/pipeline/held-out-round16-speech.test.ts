// Table-driven checks of the claim and quote rules added after scoring round 16's unseen
// articles. Hand-written sentences about invented places and people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const extract = (body: string) => extractStory('14 January 2026', body);
const claims = (body: string): string[] => extract(body).claims.map((c) => `${c.claimant?.name ?? '-'}${c.hedged ? ' (hedged)' : ''}: ${c.text}`);
const quotes = (body: string): string[] => extract(body).quotes.map((q) => `${q.speaker?.name ?? '-'}: ${q.text}`);

test('claims: "with X saying/claiming …" absolute clauses', () => {
  const cases: [string, string[]][] = [
    ['Clashes went on near the bridge for a week, with the KIA saying it had killed nine soldiers.',
      ['Kachin Independence Army: the KIA saying it had killed nine soldiers']],
    ['Clashes went on near the bridge for a week, with the KIA saying it had killed nine soldiers and state-run MRTV claiming that 20 "terrorists" died.',
      ['Kachin Independence Army: the KIA saying it had killed nine soldiers', 'MRTV (hedged): state-run MRTV claiming that 20 "terrorists" died']],
    // No organisation named: nobody's claim.
    ['Clashes went on near the bridge for a week, with both sides saying they had gained ground.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(claims(body), want, body);
});

test('quotes: reported speech that goes on past ", she added, but would …"', () => {
  const cases: [string, string[]][] = [
    ['Daw Khin Khin is a spokesperson for the KIA. The group would not strike first, she added, but would defend its villages.',
      ['Daw Khin Khin: The group would not strike first, she added, but would defend its villages']],
    ['Ko Zaw Lin is a spokesman for the KIA. The group would keep hitting the supply roads, he said, and traders serving the army had until March to stop.',
      ['Ko Zaw Lin: The group would keep hitting the supply roads, he said, and traders serving the army had until March to stop']],
    // The outlet's own narrative after the source is not the speaker's.
    ['Ko Zaw Lin is a spokesman for the KIA. The group did not shell the market, he said, and the road stayed open on Monday.',
      ['Ko Zaw Lin: The group did not shell the market']],
  ];
  for (const [body, want] of cases) assert.deepEqual(quotes(body), want, body);
});

test('claims: "the column"/"the paper" named back, a unit named before its head noun, "attributed … to"', () => {
  const cases: [string, string[]][] = [
    ['The KIA blamed the army for the raid. The column denied any involvement.',
      ['Kachin Independence Army: KIA blamed the army for the raid', 'Kachin Independence Army: The column denied any involvement']],
    ['The Global New Light of Myanmar ran a report on the fires. The paper claimed that the rebels had set fire to the houses themselves.',
      ['Global New Light of Myanmar (hedged): the rebels had set fire to the houses themselves']],
    ['The Hill Rock column said it had withdrawn from the pass.', ['Hill Rock column: it had withdrawn from the pass']],
    ['A bomb hit the police post on Monday. Officers attributed the attack to the Hill Rock column.',
      ['Officers: Officers attributed the attack to the Hill Rock column']],
    // A passive with no source charges nobody.
    ['The rise in prices was attributed to the blockade.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(claims(body), want, body);
});

test('claims: a source before ", who …, said", and "…, he said by phone from X."', () => {
  const cases: [string, string[]][] = [
    ['A district official, who asked not to be named because he was not allowed to speak, said the bomber drove a truck into the gate.',
      ['district official: the bomber drove a truck into the gate']],
    ['A district official said the bomber drove a truck into the gate. Four more guards died in the fighting that followed, he said by phone from the town.',
      ['district official: the bomber drove a truck into the gate', 'district official: Four more guards died in the fighting that followed']],
  ];
  for (const [body, want] of cases) assert.deepEqual(claims(body), want, body);
});

test('quotes: a relative clause that names the speaker ("who gave his name only as X") keeps X as the speaker', () => {
  const body = 'A spokesman for the local militia, who gave his name only as Ko Zaw, said his fighters blew up two trucks on the road.';
  assert.deepEqual(quotes(body), ['Ko Zaw: his fighters blew up two trucks on the road']);
});
