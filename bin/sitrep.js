#!/usr/bin/env node
// Entry point: runs the compiled CLI (npm install builds dist/ through the prepare script).
import { setFlagsFromString } from 'node:v8';

// Regexes compile to native code at their first use instead of running interpreted and being
// compiled again once hot: the extractor runs hundreds of patterns per article, and the second
// compile cost about 5% of the CPU of a 2,000-article run on one core (npm run bench). Set before
// the CLI's modules load, so no pattern has run yet.
setFlagsFromString('--no-regexp-tier-up');
const { main } = await import('../dist/cli/main.js');

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
