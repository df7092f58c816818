// Who holds a handed-over place is decided once, by the events stage (events/handover-sides.ts):
// the control stage reads the handover's actor1. Each case checks the control fact and the event
// agree. Hand-written sentences (invented wording; pack places).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from '../places/helpers.js';

const run = (body: string) => extractDoc(articleToDoc(`Test Bulletin\n19 March 2026\nHeadline\n\n${body}\n`, { path: 'test' }, 'test', false), myanmar());
const JUNTA = 'Military Forces of Myanmar';

test('the control fact of a handover names its event\'s actor1', () => {
  const cases: [string, string, string | null][] = [
    ['"to X" after the verb', 'The TNLA handed over Mogoke town to the junta on Monday under a ceasefire deal.', JUNTA],
    ['a group gives a town back', 'The TNLA handed Mogoke town back on Monday under a deal brokered in Kunming.', JUNTA],
    ['the side told moving in', 'Junta troops drove into Demoso town on Tuesday and took over the hospital.\n\nKNDF units pulled out of the town overnight under a deal brokered by church elders.', JUNTA],
    // A lone side that withdrew gives the place up; nobody is said to take it.
    ['a lone side withdrew', 'The TNLA withdrew from Mogoke town on Monday under a ceasefire deal.', null],
  ];
  for (const [label, body, holder] of cases) {
    const out = run(body);
    const e = out.events.find((x) => x.sub_event_type === 'Non-violent transfer of territory');
    assert.ok(e, label);
    const fact = out.control.find((f) => f.how === 'negotiated');
    assert.equal(fact?.controller?.name ?? null, holder, label);
    if (holder) assert.equal(e.actors[0]?.name, holder, label);
  }
});
