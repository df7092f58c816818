// Conflict words in other news: what the events stage must not code, and the conflict events
// beside them it must still code. Our own sentences, in the tiny Freedonia pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../src/core/pipeline.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { eventsStage } from '../../src/pipeline/events/index.js';
import type { Layers } from '../../src/pipeline/layers.js';
import { EARLY } from '../support/run-stages.js';
import { tinyPack } from '../support/tiny-pack.js';

const head = 'Freedonia Daily\n3 January 2026\n\n';
const subs = (body: string): string[] =>
  buildPipeline<Layers>([...EARLY, eventsStage]).run(articleToDoc(head + body, { path: 'test' }, 'test', false), tinyPack).events.map((e) => e.sub_event_type);

const CASES: [string, string[]][] = [
  // disease and disaster
  ['A cholera outbreak has killed 60 people in Rivertown since Monday.', []],
  ['The earthquake killed 300 people in Rivertown on Monday.', []],
  ['Flooding has struck more than 4,000 people in Rivertown.', []],
  ['Army jets bombed Rivertown on Monday, killing 12 people, days after the earthquake.', ['Air/drone strike']],
  // figurative fighting
  ['Firefighters spent the night fighting two apartment fires in Rivertown.', []],
  ['The family lost a months-long legal battle in Rivertown on Monday.', []],
  ['Police in Rivertown say they are losing the battle against the latest drug craze.', []],
  ['The boxer was charged with assault in Rivertown on Monday.', []],
  ['Residents of Rivertown welcomed a lull in the fighting on Monday.', []],
  ['NLF fighters clashed with army troops in Rivertown on Monday.', ['Armed clash']],
  // words with other senses
  ['The minister struck a deal with the airline in Rivertown on Monday, weeks after the jet crashed.', []],
  ['Shell and Exxon bid for the Rivertown gas field on Monday.', []],
  ['The government approved the sale of 180 artillery systems to Freedonia on Monday.', []],
  ['Doctors in Rivertown urged residents to get a flu shot on Monday.', []],
  ['The cargo plane disappeared over Rivertown on Monday.', []],
  ['The airline suspended flights to Rivertown on Monday.', []],
  ['The results demonstrated that the new dam in Rivertown was safe.', []],
  ['A scheduled protest in Rivertown on Monday drew few people.', []],
  // and still events
  ['A roadside bomb exploded under an army truck in Rivertown on Monday, killing two soldiers.', ['Remote explosive/landmine/IED']],
  ['Two students disappeared after soldiers detained them in Rivertown on Monday.', ['Abduction/forced disappearance']],
];

for (const [body, expected] of CASES) test(`events in "${body.slice(0, 70)}"`, () => assert.deepEqual(subs(body), expected));
