#!/usr/bin/env node
// `npm run eval`: scores the extractor with the shared scorer on the dev gold and on our own
// fixtures, printing both tables. SITREP_SHARED overrides where ../shared is.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const shared = resolve(process.env.SITREP_SHARED ?? '../shared');
const scorer = resolve(shared, 'eval/score.mjs');
if (!existsSync(scorer)) {
  console.error(`E050 data directory or data file missing: ${scorer} (set SITREP_SHARED)`);
  process.exit(1);
}
const cmd = `node ${resolve('bin/sitrep.js')} extract --json`;
const sets = [['shared dev gold', resolve(shared, 'gold/dev')], ['our fixtures', resolve('test/fixtures/extraction')]];
let failed = false;
for (const [label, dir] of sets) {
  console.log(`\n=== ${label}: ${dir}`);
  const r = spawnSync(process.execPath, [scorer, '--gold', dir, '--cmd', cmd, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
// Geocoding on real place descriptions (UCDP GED), when ../shared/external has them.
const places = spawnSync(process.execPath, [resolve('scripts/eval-places.mjs')], { stdio: 'inherit', env: { ...process.env, SITREP_SHARED: shared } });
if (places.status !== 0) failed = true;
process.exit(failed ? 1 : 0);
