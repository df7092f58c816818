// Wire-style datelines ("BANGKOK, Nov 12 (Reuters) - ", "QUETTA: ") name where the reporter is,
// not where the event happened; a lead told at region level and then placed in a village is one
// event, and keeps the lead's toll. Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { opensAsDateline } from '../../src/pipeline/places/locate.js';
import { articleCountry } from '../../src/pipeline/places/doc-country.js';
import type { PlaceMention } from '../../src/pipeline/layers.js';
import { myanmar } from '../places/helpers.js';

const run = (body: string) => extractDoc(articleToDoc(`Test Wire\nNov 12, 2025\nHeadline\n\n${body}\n`, { path: 'test' }, 'test', false), myanmar());
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} | ${e.location?.name ?? '-'} | ${e.fatalities} | ${e.actors.map((a) => a.name).join(' / ')}`);

test('a wire dateline is not the place of the lead event', () => {
  const cases: [string, string, string[]][] = [
    ['hyphen after date and credit', 'BANGKOK, Nov 12 (Test Wire) - Junta troops shelled Tha Yet Kan village in Depayin township on Monday, killing two farmers, residents said.',
      ['Shelling/artillery/missile attack | Tha Yet Kan | 2 | Military Forces of Myanmar / Civilians (Myanmar)']],
    ['an agency credit in brackets', 'BANGKOK (AP) — Junta troops shelled Tha Yet Kan village in Depayin township on Monday, killing two farmers, residents said.',
      ['Shelling/artillery/missile attack | Tha Yet Kan | 2 | Military Forces of Myanmar / Civilians (Myanmar)']],
    ['capitals and a colon', 'MANDALAY: Junta troops shelled Tha Yet Kan village in Depayin township on Monday, killing two farmers, residents said.',
      ['Shelling/artillery/missile attack | Tha Yet Kan | 2 | Military Forces of Myanmar / Civilians (Myanmar)']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

test('a region-level lead and its village are one event with the lead\'s toll', () => {
  const body = 'A military jet bombed a village in Sagaing Region late on Monday, killing at least 17 villagers, residents said.\n\n'
    + 'The jet dropped two bombs on Tha Yet Kan village in Depayin township at around 10 p.m., residents said.';
  assert.deepEqual(events(body), ['Air/drone strike | Tha Yet Kan | 17 | Military Forces of Myanmar / Civilians (Myanmar)']);
});

test('only a place in capitals before a colon is a dateline', () => {
  const text = 'Sagaing: the town.\nSAGAING: the town.';
  assert.equal(opensAsDateline(text, { start: 0 }, { start: 0, end: 7 }), false);
  assert.equal(opensAsDateline(text, { start: 19 }, { start: 19, end: 26 }), true);
});

test('the home country named only as a country does not make a home story', () => {
  const at = (country: string, precision: string): PlaceMention => ({ start: 0, end: 1, surface: 'x', candidates: [], typeHint: null, location: { name: 'x', country, precision } } as unknown as PlaceMention);
  assert.equal(articleCountry([at('MM', 'country'), at('IN', 'town'), at('IN', 'town')], 'MM'), 'IN');
  assert.equal(articleCountry([at('IN', 'town'), at('MM', 'town')], 'MM'), 'MM');
  assert.equal(articleCountry([at('MM', 'country')], 'MM'), 'MM');
});

test('"captured the town of X" is X, and a dateline town is never "the town" before', () => {
  const body = 'BANGKOK, Nov 12 (Test Wire) - An armed group said on Wednesday it had captured the town of Kutkai in northern Shan State after two weeks of fighting with the military.';
  assert.deepEqual(events(body).map((e) => e.split(' | ').slice(0, 2).join(' | ')), ['Non-state actor overtakes territory | Kutkai']);
  const after = 'BANGKOK, Nov 12 (Test Wire) - The TNLA said on Wednesday it had captured the town after two weeks of fighting with the military.';
  assert.deepEqual(events(after).map((e) => e.split(' | ').slice(0, 2).join(' | ')).filter((e) => e.includes('Bangkok')), []);
});
