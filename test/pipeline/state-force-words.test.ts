// The state's force has several names in Myanmar reporting: "junta" (most outlets), "regime"
// (The Irrawaddy), "Tatmadaw" (CNI, state media), "SAC" (Mizzima). The rules that read the word
// itself (state-controlled media as a source, a column's raid, an army's doing implied) read every
// one of them alike: the same story with another name gives the same facts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from '../places/helpers.js';

const STORY = (w: string): string => `Kaladan Courier\n12 March 2026\nFighting in Rakhine\n\n`
  + `${w}-controlled media said the operation ended on Monday with the capture of the police station in Kyauktaw, a claim that could not be verified.\n`
  + `A ${w} column torched 40 houses in Kani village in Sagaing Region on Tuesday, residents said.\n`
  + `The KNU said its fighters ambushed ${w} troops near Hpapun on Wednesday, killing five soldiers.\n`
  + `Villagers said they had been picked up by ${w} soldiers and held for two days.\n`;

function facts(w: string): unknown {
  const x = extractDoc(articleToDoc(STORY(w), { path: 't' }, 't', false), myanmar());
  const name = (s: string): string => s.replace(new RegExp(w, 'g'), 'W');
  return {
    events: x.events.map((e) => [e.sub_event_type, e.date, e.location?.admin3_pcode, e.actors.map((a) => a.name)]),
    claims: x.claims.map((c) => [name(c.text), c.claimant?.kind, c.hedged]),
  };
}

const base = facts('junta');
test('state force words: the story has events and a state-media claim', () => {
  const b = base as { events: unknown[]; claims: unknown[][] };
  assert.ok(b.events.length >= 3);
  assert.ok(b.claims.some((c) => c[1] === 'outlet'));
});
for (const w of ['Tatmadaw', 'SAC', 'regime']) {
  test(`state force words: "${w}" reads as "junta"`, () => assert.deepEqual(facts(w), base));
}
