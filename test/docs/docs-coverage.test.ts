// The docs list everything a user can meet: every error code, every command and flag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ERRORS } from '../../src/core/errors.js';
import { buildProgram } from '../../src/cli/main.js';
import { cliReference } from '../../src/cli/reference.js';

test('docs/errors.md lists every error code with its message', () => {
  const doc = readFileSync('docs/errors.md', 'utf8');
  for (const [code, msg] of Object.entries(ERRORS)) {
    assert.match(doc, new RegExp(`\\|\\s*${code}\\s*\\|\\s*${msg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\|`), `${code} missing or its message differs`);
  }
});

test('docs/cli.md is generated from the current --help (run node scripts/gen-cli-docs.mjs)', () => {
  assert.equal(readFileSync('docs/cli.md', 'utf8'), cliReference());
});

test('README names every command and every long option', () => {
  const readme = readFileSync('README.md', 'utf8');
  for (const cmd of buildProgram().commands) {
    assert.ok(readme.includes(`sitrep ${cmd.name()}`), `README lacks sitrep ${cmd.name()}`);
    for (const o of cmd.options) if (o.long) assert.ok(readme.includes(o.long), `README lacks ${o.long} (sitrep ${cmd.name()})`);
  }
});

test('README lists every environment variable the code, scripts and tests read', () => {
  const readme = readFileSync('README.md', 'utf8');
  const files = ['src', 'scripts', 'test'].flatMap((d) => readdirSync(d, { recursive: true, encoding: 'utf8' }).map((f) => join(d, f)))
    .filter((f) => /\.(?:ts|mjs|js)$/.test(f));
  const names = new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!)));
  assert.ok(names.has('SITREP_DATA_DIR'), 'the scan found no variables');
  for (const name of names) assert.ok(readme.includes(`\`${name}\``), `README lacks ${name}`);
});
