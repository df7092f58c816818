#!/usr/bin/env node
// Runs every test file (test/**/*.test.ts) with node's test runner and tsx. Node 20's --test
// does not expand globs, so the files are listed here. Pass paths to run a subset.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) { if (name !== 'fixtures' && name !== 'node_modules') out.push(...find(full)); }
    else if (name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

const files = process.argv.length > 2 ? process.argv.slice(2) : find('test');
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
