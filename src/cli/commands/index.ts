// Every CLI command, in the order `sitrep --help` lists them.
import type { Command } from 'commander';
import { registerExtract } from './extract.js';

export const commands: ((program: Command) => void)[] = [registerExtract];
