// The fast event report check (src/store/sqlite/report-check.ts) never accepts what the schema
// rejects: every valid sample passes both, and every single-field corruption the schema rejects
// is rejected by the check too (rows.ts then reports the schema's message).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EventReportSchema } from '../../src/kb/records.js';
import { isEventReport } from '../../src/store/sqlite/report-check.js';
import { sampleApp } from '../support/app.js';

const BAD_VALUES: unknown[] = [null, undefined, '', 'x', '2025-13-45x', -1, 1.5, 0, 7, true, [], {}, [{}], [{ name: '' }],
  { name: 'A', country: 'MMR', precision: 'town' }, { start: 1 }, { start: 1, end: 2, extra: 3 }, [{ name: 'A', aliases: [1] }],
  [{ name: 'A', affiliation: { name: '' } }], { name: 'A', country: 'MM', precision: 'planet' }, { name: 'A', country: 'MM', precision: 'town', lat: 'x' }];

describe('fast event report check', () => {
  it('agrees with EventReportSchema on valid reports and never accepts what it rejects', async () => {
    const app = await sampleApp();
    try {
      const { items } = await app.store.listEvents({}, { limit: 100 });
      assert.ok(items.length >= 3);
      for (const e of items) {
        assert.ok(isEventReport(e as unknown as Record<string, unknown>), e.id);
        for (const key of Object.keys(e)) {
          for (const bad of BAD_VALUES) {
            const r = { ...e, [key]: bad } as Record<string, unknown>;
            if (!EventReportSchema.safeParse(r).success) assert.equal(isEventReport(r), false, `${key} = ${JSON.stringify(bad)}`);
          }
          for (const nested of ['actors', 'location'] as const) {
            const v = e[nested];
            const inner = Array.isArray(v) ? v[0] : v;
            if (!inner) continue;
            for (const field of Object.keys(inner)) {
              for (const bad of BAD_VALUES) {
                const changed = { ...inner, [field]: bad };
                const r = { ...e, [nested]: Array.isArray(v) ? [changed] : changed } as Record<string, unknown>;
                if (!EventReportSchema.safeParse(r).success) assert.equal(isEventReport(r), false, `${nested}.${field} = ${JSON.stringify(bad)}`);
              }
            }
          }
        }
      }
    } finally {
      await app.store.close();
    }
  });
});
