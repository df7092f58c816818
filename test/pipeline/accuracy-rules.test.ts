// Table-driven checks of rules added for articles unlike our fixtures (issue #5): what is not an
// event, who speaks, and how much of a sentence a claim is. Hand-written sentences, tiny pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../src/core/pipeline.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { controlStage } from '../../src/pipeline/control/index.js';
import { eventsStage } from '../../src/pipeline/events/index.js';
import type { Layers } from '../../src/pipeline/layers.js';
import { isRelativeMention } from '../../src/pipeline/places/index.js';
import { EARLY } from '../support/run-stages.js';
import { tinyPack } from '../support/tiny-pack.js';

const head = 'Freedonia Daily\n3 January 2026\n\n';
function run(body: string): Layers {
  const doc = articleToDoc(head + body, { path: 'test' }, 'test', false);
  return buildPipeline<Layers>([...EARLY, eventsStage, controlStage]).run(doc, tinyPack);
}
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} @${e.location?.name ?? '-'}`);
const claims = (body: string): string[] => run(body).claims.map((c) => `${c.claimant?.name ?? '-'}${c.hedged ? ' (hedged)' : ''}: ${c.text}`);

test('events that are not events: people of an arrest told elsewhere, a protest\'s grievance, a war\'s running toll', () => {
  const cases: [string, string, string[]][] = [
    ['"those arrested" refers back', 'A police spokesman in Hillview said those arrested would be charged under the election law.', []],
    ['a protest against forced recruitment is a protest, not an abduction', 'About 200 people marched through Rivertown on Saturday to protest against the forced recruitment of young men.', ['Peaceful protest @Rivertown']],
    ['a war\'s toll since it began', 'The insurgency in North, which began in 2017, has killed more than 6,000 people.', []],
    ['an arrest told for itself still is one', 'Police arrested three teachers in Rivertown on Monday.', ['Arrests @Rivertown']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

test('claims: who speaks and what the claim is', () => {
  const cases: [string, string, string[]][] = [
    ['family members are an unnamed source', 'Police detained 14 people in Rivertown on Saturday night, family members said.',
      ['family members: Police detained 14 people in Rivertown on Saturday night']],
    ['an outlet citing residents speaks itself', 'Khit Thit Media, citing residents of nearby villages, reported that rebel flags were flying over Hillview on Monday.',
      ['Khit Thit Media: rebel flags were flying over Hillview on Monday']],
    ['a passive speech verb reports nothing', 'The crowd gathered in Rivertown soon after the names were announced over a loudspeaker.', []],
    ['an opening adverbial and the outlet\'s aside are not the claim', 'Two days later, NLF fighters attacked the column near Rivertown, killing 12 soldiers, a number the army disputed, the NLF said.',
      ['Northern Liberation Front: NLF fighters attacked the column near Rivertown, killing 12 soldiers']],
    ['a doubt in the aside still hedges', 'The PDU claimed to have killed 15 soldiers, a figure that could not be verified.',
      ['People’s Defence Unit (hedged): to have killed 15 soldiers']],
    ['a denial of an allegation is the denial, unhedged', 'State newspapers alleged that NLF fighters had abducted two officials. The NLF denied the allegation, saying its forces had detained no one.',
      ['State newspapers (hedged): NLF fighters had abducted two officials', 'Northern Liberation Front: its forces had detained no one']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('places: a road or diocese named after a town is not in it; "One Rivertown resident" names the town', () => {
  const text = 'A checkpoint on the Rivertown road. A priest of the Hillview diocese. Fighting in Rivertown.';
  const at = (name: string, from = 0): { start: number; end: number } => { const i = text.indexOf(name, from); return { start: i, end: i + name.length }; };
  assert.equal(isRelativeMention(text, at('Rivertown')), true);
  assert.equal(isRelativeMention(text, at('Hillview')), true);
  assert.equal(isRelativeMention(text, at('Rivertown', text.indexOf('Fighting'))), false);
  assert.deepEqual(events('One Rivertown resident said soldiers had arrested four young men at a checkpoint on the Hillview road on Tuesday.'), ['Arrests @Rivertown']);
});

test('an agreement is one event at the first place named, not one per place the deal covers', () => {
  assert.deepEqual(events('The army and the NLF met for talks. Under the deal, signed in Rivertown on 29 December, the NLF agreed to withdraw from Hillview and from the road linking it to Lakeside.'), ['Agreement @Rivertown']);
});

test('control: "while keeping control of X" is held by the clause\'s subject, however far', () => {
  const facts = (body: string): string[] => run(body).control.map((f) => `${f.place.name}:${f.status}:${f.controller?.name ?? '-'}`);
  assert.deepEqual(facts('Under the deal, signed on 29 December, the NLF agreed to withdraw its troops from the hills, while keeping control of Hillview.'), ['Hillview:controlled:Northern Liberation Front']);
});

test('quotes: a name closing an apposition speaks ("A PDF spokesman, Ko Min, told Myanmar Now that …")', () => {
  const quotes = (body: string): string[] => run(body).quotes.map((q) => `${q.speaker?.name ?? '-'}: ${q.text}`);
  const cases: [string, string, string[]][] = [
    ['outlet as the object of told', 'A PDF spokesman, Ko Min Htet, told Myanmar Now that three of the group\'s fighters had died.', ['Ko Min Htet: three of the group\'s fighters had died']],
    ['plain said', 'An NLF official, Saw Hla Moe, said that the column had withdrawn from Rivertown.', ['Saw Hla Moe: the column had withdrawn from Rivertown']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(quotes(body), expected, label);
});

test('what the sides say about a fight told elsewhere is no new fight; a place both claim is contested', () => {
  const cases: [string, string, string[]][] = [
    ['accounts of the fighting', 'The NLF captured Hillview on Sunday. The two sides gave different accounts on Tuesday of the fighting for Hillview.', ['Non-state actor overtakes territory @Hillview']],
    ['a toll of the fighting told before', 'The NLF captured Hillview on Sunday. An NLF spokesman said three of its fighters had died in the fighting.', ['Non-state actor overtakes territory @Hillview']],
    ['a fight placed and dated for itself still is one', 'Three soldiers were killed in the fighting in Rivertown on Monday.', ['Armed clash @Rivertown']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
  const control = (body: string): string[] => run(body).control.map((c) => `${c.place.name}: ${c.status} ${c.controller?.name ?? '-'}`);
  assert.deepEqual(control('The NLF captured Hillview on Sunday. Both sides said they had the upper hand in Hillview.'), ['Hillview: contested -']);
  assert.deepEqual(control('The NLF captured Hillview on Sunday.'), ['Hillview: controlled Northern Liberation Front']);
});

test('an event dated only by its report takes the report\'s date, not publication', () => {
  const dated = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type}:${e.date}`);
  // Published Saturday 3 January 2026: "on Tuesday" is 30 December.
  assert.deepEqual(dated('The NLF said on Tuesday that it had moved its headquarters to Hillview.'), ['Headquarters or base established:2025-12-30']);
  assert.deepEqual(dated('NLF fighters attacked an army post in Rivertown on Monday, the group said on Tuesday.'), ['Armed clash:2025-12-29']);
});
