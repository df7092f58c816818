// Every CLI command, in the order `sitrep --help` lists them.
import type { Command } from 'commander';
import { registerDemo } from './demo.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerKb } from './kb.js';
import { registerServe } from './serve.js';

export const commands: ((program: Command) => void)[] = [registerIngest, registerExtract, registerExport, registerServe, registerDemo, registerKb];
