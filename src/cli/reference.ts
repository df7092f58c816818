// The CLI reference (docs/cli.md) rendered from the commands' own help texts.
import { buildProgram } from './main.js';

export function cliReference(): string {
  const program = buildProgram();
  program.configureOutput({ writeOut: () => undefined, writeErr: () => undefined });
  const parts = ['# sitrep command line\n', 'Generated from `sitrep --help` by `node scripts/gen-cli-docs.mjs`; do not edit by hand.\n', '```text', program.helpInformation().trim(), '```\n'];
  for (const cmd of program.commands) {
    parts.push(`## sitrep ${cmd.name()}\n`, '```text', cmd.helpInformation().trim(), '```\n');
    // Command groups (`sitrep kb …`): each subcommand with its own options.
    for (const sub of cmd.commands) {
      parts.push(`### sitrep ${cmd.name()} ${sub.name()}\n`, '```text', sub.helpInformation().trim(), '```\n');
    }
  }
  return parts.join('\n');
}
