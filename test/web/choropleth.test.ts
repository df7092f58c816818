// The control choropleth's data (src/web/choropleth.ts): a township is coloured from its own
// timeline (the township's, which its seat town shares), never from another town or a village in it.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { townshipChanges, type PlaceControl } from '../../src/web/choropleth.js';
import { dayRange } from '../../src/web/data.js';

const place = (key: string, admin3: string | null, precision: string, steps: [string | null, string, string][]): PlaceControl => ({
  place: { key, admin3_pcode: admin3, precision },
  timeline: steps.map(([name, status, from]) => ({ controller: name ? { name } : null, status, from })),
});

it('colours a township from its own timeline only', () => {
  const rows: [string, PlaceControl[], Record<string, [string, string][]>][] = [
    ['the township itself', [place('MMR001010', 'MMR001010', 'township', [['KIA', 'controlled', '2024-12-01']])], { MMR001010: [['2024-12-01', 'KIA']] }],
    ['its seat town (same key)', [place('MMR001010', 'MMR001010', 'town', [['KIA', 'controlled', '2025-01-02']])], { MMR001010: [['2025-01-02', 'KIA']] }],
    ['another town of the township', [place('MMR001005~pang-war', 'MMR001005', 'town', [['KIA', 'controlled', '2024-06-01']])], {}],
    ['a village', [place('MMR001005~ngaw-chang-hka', 'MMR001005', 'village', [['KIA', 'controlled', '2024-06-01']])], {}],
    ['contested, then held; sorted by day', [place('MMR015014', 'MMR015014', 'township', [['TNLA', 'controlled', '2025-03'], [null, 'contested', '2024-10-05']])],
      { MMR015014: [['2024-10-05', 'contested'], ['2025-03', 'TNLA']] }],
    ['a foreign city without a pcode', [place('CD~minova', null, 'town', [['M23', 'controlled', '2025-01-21']])], {}],
  ];
  for (const [name, items, want] of rows) {
    const got = Object.fromEntries([...townshipChanges(items)].map(([p, cs]) => [p, cs.map((c) => [c.day, c.actor])]));
    const expected = Object.fromEntries(Object.entries(want).map(([p, cs]) => [p, cs.map(([d, a]) => [dayRange(d)[0], a])]));
    assert.deepEqual(got, expected, name);
  }
});
