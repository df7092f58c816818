// Table-driven checks of the claim, control and election rules added after scoring round 14's
// unseen articles. Hand-written sentences about invented places and people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runEarly } from '../support/run-stages.js';
import { extractStory } from '../support/extract-story.js';

const head = 'Freedonia Daily\n3 January 2026\nA headline\n\n';
const claims = (body: string): string[] => runEarly(head + body).layers.claims.map((c) => `${c.claimant?.name ?? '-'}${c.hedged ? ' (hedged)' : ''}: ${c.text}`);

test('claims: a charge after "…, but", by an owner-labelled outlet, by an office of a party', () => {
  const cases: [string, string, string[]][] = [
    ['", but the army blamed …": a contrast before the subject',
      'A bomb hit the market on Monday. No group has claimed responsibility, but the military blamed the AA for the attack.',
      ['Armed Forces of Freedonia: military blamed the AA for the attack']],
    ['"State-run MRTV blamed …": an owner label before the outlet',
      'A bomb hit the market on Monday. State-run MRTV blamed "PDF terrorists" for the attack.',
      ['MRTV: MRTV blamed "PDF terrorists" for the attack']],
    ['"The regime\'s information team blamed …": an office of the party',
      'A shell hit the camp on Sunday. The regime\'s information team blamed AA artillery for the deaths.',
      ['Armed Forces of Freedonia: regime\'s information team blamed AA artillery for the deaths']],
    ['"X said …; a Y spokesman said …": two statements, each its own source',
      'The Lanark Front said two of its fighters were killed; a Tovar Union spokesman said one of its men died in the clash.',
      ['Lanark Front: two of its fighters were killed', 'Tovar Union spokesman: one of its men died in the clash']],
    ['an apposition between the source and its charge',
      'Shells hit the market on Friday. The Lanark Front, a rebel group that holds the hills, put the toll at 14 and blamed the army.',
      ['Lanark Front: Lanark Front, a rebel group that holds the hills, put the toll at 14 and blamed the army']],
    ['not a subject deep inside a clause',
      'A shell hit the camp on Sunday, and villagers who saw the military blamed nobody.',
      []],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

const extract = (body: string) => extractStory('14 January 2026', body);
const elections = (body: string): string[] => extract(body).elections
  .map((e) => `${e.place.name}: ${e.included ? 'in' : 'out'} ${e.excluded_village_tracts ?? '-'}`);

test('elections: a count after a relative clause, "struck off", "X lost N village tracts and Y M"', () => {
  const cases: [string, string[]][] = [
    ['In Pakokku, which the army retook in March, the commission excluded 12 village tracts from the vote.', ['Pakokku: in 12']],
    ['In Chauk, where clashes went on all year, voting went ahead in town, as 9 of the township\'s village tracts had been struck off the list.', ['Chauk: in 9']],
    ['Under the election notices, Pakokku lost 30 village tracts and Chauk 8.', ['Pakokku: in 30', 'Chauk: in 8']],
    ['Under the election notices, Pakokku lost 30 village tracts, Chauk 8 and Myaing 5.', ['Pakokku: in 30', 'Chauk: in 8', 'Myaing: in 5']],
    // Ground lost in fighting is no count of the vote.
    ['Before the vote, Pakokku lost 3 village tracts to resistance forces.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(elections(body), want, body);
});

const control = (body: string): string[] => extract(body).control.map((c) => `${c.place.name}: ${c.controller?.name ?? '-'} ${c.status} ${c.how}`);

test('control: a handover and a "both of which have been held by" clause after the places', () => {
  const cases: [string, string[]][] = [
    ['In Kutkai, which the TNLA handed back to the military in May, the market reopened.', ['Kutkai: Military Forces of Myanmar controlled negotiated']],
    ['Under a deal, the TNLA handed Kutkai town in northern Shan State back to the military in May.', ['Kutkai: Military Forces of Myanmar controlled negotiated']],
    ['Polling was cancelled in Waingmaw and Chipwi townships in Kachin State, both of which have been largely held by the KIA.',
      ['Waingmaw: Kachin Independence Army controlled unknown', 'Chipwi: Kachin Independence Army controlled unknown']],
    ['The capital Sittwe, which along with Kyaukphyu is one of only two Rakhine townships the regime still controls, is cut off by land.',
      ['Sittwe: Military Forces of Myanmar controlled unknown', 'Kyaukphyu: Military Forces of Myanmar controlled unknown']],
    // Prisoners handed over are no place.
    ['The TNLA handed over ten prisoners to the military in Kutkai.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(control(body), want, body);
});
