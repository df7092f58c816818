// The `sitrep` command line. Each command lives in commands/<name>.ts and registers itself here.
import { Command, CommanderError } from 'commander';
import { isSitrepError } from '../core/errors.js';
import { commands } from './commands/index.js';

export function buildProgram(): Command {
  const program = new Command('sitrep')
    .description('Read conflict news and build a source-attributed knowledge base (ACLED taxonomy).')
    .version('0.1.0')
    // Errors are reported once, numbered, by main() below.
    .configureOutput({ outputError: () => undefined })
    .exitOverride();
  for (const register of commands) register(program);
  return program;
}

/** Runs the CLI and resolves to the process exit code (0 ok, 1 some inputs failed, 2 usage). */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      process.stderr.write(`E001 ${e.message.replace(/^error: /, '')} (see sitrep --help)\n`);
      return 2;
    }
    if (isSitrepError(e)) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
