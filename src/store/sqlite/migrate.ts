// Versioned migrations. `schema_migrations` records each applied version; each pending migration
// runs in its own transaction (SQLite DDL is transactional), so a failing one leaves the database
// exactly at the previous version and reports E041 naming the migration.
import type Database from 'better-sqlite3';
import { SitrepError } from '../../core/errors.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  /** SQL script, or a function for changes SQL alone cannot express (data rewrites). */
  readonly up: string | ((db: Database.Database) => void);
}

export interface MigrationReport {
  readonly from: number;
  readonly to: number;
  readonly applied: number[];
}

export function currentVersion(db: Database.Database): number {
  const row = db.prepare('SELECT coalesce(max(version), 0) AS v FROM schema_migrations').get() as { v: number };
  return row.v;
}

export function migrate(db: Database.Database, migrations: readonly Migration[], file: string): MigrationReport {
  checkOrder(migrations);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const from = currentVersion(db);
  const known = migrations.at(-1)?.version ?? 0;
  if (from > known) {
    throw new SitrepError('E043', `database is at version ${from}, this program knows up to ${known}; upgrade sitrep`, file);
  }
  const applied: number[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of migrations) {
    if (m.version <= from) continue;
    const step = db.transaction(() => {
      if (typeof m.up === 'string') db.exec(m.up);
      else m.up(db);
      record.run(m.version, m.name, new Date().toISOString());
    });
    try {
      step.immediate();
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      throw new SitrepError('E041', `migration ${String(m.version).padStart(3, '0')}-${m.name}: ${reason}`, file);
    }
    applied.push(m.version);
  }
  return { from, to: applied.at(-1) ?? from, applied };
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new SitrepError('E041', `migration '${m.name}' has version ${m.version}, expected ${i + 1}`);
  });
}
