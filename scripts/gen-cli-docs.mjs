#!/usr/bin/env node
// Writes docs/cli.md from the CLI's own --help texts (run after `npm run build`), so the
// reference cannot drift from the code; test/docs checks it is current.
import { writeFileSync } from 'node:fs';
import { cliReference } from '../dist/cli/reference.js';

writeFileSync('docs/cli.md', cliReference());
console.log('wrote docs/cli.md');
