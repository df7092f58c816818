// Options shared by several commands, resolved once: database path and data directory.
import type { Command } from 'commander';

export const DEFAULT_DB = './sitrep.db';

export const withDb = (cmd: Command): Command =>
  cmd.option('--db <file>', 'SQLite database file (env SITREP_DB)', process.env.SITREP_DB ?? DEFAULT_DB);

export const withDataDir = (cmd: Command): Command =>
  cmd.option('--data-dir <dir>', 'reference data directory (env SITREP_DATA_DIR, default ../shared/data)');
