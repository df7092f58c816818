// `sitrep kb …`: the knowledge base merged across articles — merged events, control timelines,
// election coverage, findings, claim groups and actors — read from the database `ingest` fills.
// Each subcommand calls the same data function as the API; --json prints the API's JSON.
import type { Command } from 'commander';
import { isSitrepError, SitrepError } from '../../core/errors.js';
import type { Store } from '../../kb/store.js';
import { withDb } from '../options.js';
import { optionName } from './export.js';
import {
  actorText, controlText, electionText, eventDetail, eventLine, findingText, matchText, propositionText,
} from './kb-print.js';

type Opts = Record<string, string | boolean | undefined> & { db: string; json?: boolean };
type KbApi = typeof import('../../api/kb-resources.js');

/** Runs a query on the database; a bad parameter is reported as the option to fix (E002). */
async function run(opts: Opts, query: (store: Store, api: KbApi) => Promise<string>): Promise<void> {
  // Loaded here, not at the top: every command pays for the modules `sitrep` imports at start.
  const [api, { openSqliteStore }] = await Promise.all([import('../../api/kb-resources.js'), import('../../store/sqlite/store.js')]);
  const store = openSqliteStore(opts.db, { create: false });
  try {
    process.stdout.write(`${await query(store, api)}\n`);
  } catch (e) {
    if (isSitrepError(e) && e.code === 'E060') throw new SitrepError('E002', e.detail, optionName(e.subject ?? ''));
    throw e;
  } finally {
    await store.close();
  }
}

/** CLI options (camelCase) → API parameters (snake_case); flags and --json are not parameters. */
function params(opts: Opts, map: Record<string, string>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(map).map(([opt, param]) => [param, typeof opts[opt] === 'string' ? opts[opt] : undefined]));
}

const page = <T>(items: T[], next: string | null, json: boolean | undefined, text: (x: T) => string, sep = '\n'): string =>
  json ? JSON.stringify({ items, next_cursor: next }, null, 2)
    : items.length ? items.map(text).join(sep) + (next ? `\n… more (--cursor ${next})` : '') : 'nothing found';

const common = (c: Command): Command => withDb(c)
  .option('--limit <n>', 'items per page (1-10000)').option('--cursor <cursor>', 'next page (printed after a full page)')
  .option('--json', 'print the API\'s JSON');

export function registerKb(program: Command): void {
  const kb = program.command('kb').description('the knowledge base merged across articles: events, control, elections, findings, claims');
  const paging = { limit: 'limit', cursor: 'cursor' };

  common(kb.command('events').description('merged events (one per real-world event, every source kept), newest first')
    .option('--from <date>', 'events on or after this ISO date').option('--to <date>', 'events on or before this ISO date, inclusive')
    .option('--event-type <type>', 'ACLED event type').option('--sub-event-type <type>', 'ACLED sub-event type')
    .option('--actor <name>', 'actor name or alias').option('--admin1-pcode <pcode>', 'state/region pcode')
    .option('--admin3-pcode <pcode>', 'township pcode').option('--search <words>', 'words in evidence, places, actors')
    .option('--min-sources <n>', 'only events reported by at least n articles'))
    .action((o: Opts) => run(o, async (s, api) => {
      const p = await api.listKbEvents(s, params(o, {
        from: 'from', to: 'to', eventType: 'event_type', subEventType: 'sub_event_type', actor: 'actor', admin1Pcode: 'admin1_pcode',
        admin3Pcode: 'admin3_pcode', search: 'q', minSources: 'min_sources', ...paging,
      }));
      return page(p.items, p.nextCursor, o.json, eventLine);
    }));

  withDb(kb.command('event').description('one merged event: its sources, why they were merged, its history')
    .argument('<id>', 'KB event id (kb-…) or event report id').option('--json', 'print the API\'s JSON'))
    .action((id: string, o: Opts) => run(o, async (s, api) => {
      const [e, history] = await Promise.all([api.getKbEvent(s, id), api.kbEventHistory(s, id)]);
      return o.json ? JSON.stringify({ event: e, history }, null, 2) : eventDetail(e, history);
    }));

  withDb(kb.command('match').description('why two event reports were or were not merged (score, agreeing fields)')
    .argument('<a>', 'event report id').argument('<b>', 'another event report id').option('--json', 'print the API\'s JSON'))
    .action((a: string, b: string, o: Opts) => run(o, async (s, api) => {
      const m = await api.explainMatch(s, { a, b });
      return o.json ? JSON.stringify(m, null, 2) : matchText(m);
    }));

  common(kb.command('control').description('who controls a place on a date, or which places an actor controls; with timelines')
    .option('--place <name>', 'town, township or village name, or pcode (e.g. Bhamo, MMR001010)')
    .option('--actor <name>', 'actor name, alias or registry id: the places it controls')
    .option('--on <date>', 'ISO date (default: the latest step)'))
    .action((o: Opts) => run(o, async (s, api) => {
      const p = await api.listControl(s, params(o, { place: 'place', actor: 'actor', on: 'on', ...paging }));
      return page(p.items, p.nextCursor, o.json, controlText);
    }));

  common(kb.command('elections').description('election coverage per township, state and country; totals checked against townships')
    .option('--election <name>', 'election name; with a year, the July-June seasons it falls in').option('--place <name>', 'place name or pcode')
    .option('--admin1-pcode <pcode>', 'state/region pcode').option('--level <level>', 'township | state | country'))
    .action((o: Opts) => run(o, async (s, api) => {
      const p = await api.listElections(s, params(o, { election: 'election', place: 'place', admin1Pcode: 'admin1_pcode', level: 'level', ...paging }));
      return page(p.items, p.nextCursor, o.json, electionText);
    }));

  common(kb.command('findings').description('findings across sources: polling where a non-state actor holds the township, fighting after stable control, totals that do not add up')
    .option('--kind <kind>', 'polling_in_non_state_territory | polling_in_contested_township | event_after_stable_control | total_exceeded')
    .option('--place <name>', 'place name or pcode'))
    .action((o: Opts) => run(o, async (s, api) => {
      const p = await api.listFindings(s, params(o, { kind: 'kind', place: 'place', ...paging }));
      return page(p.items, p.nextCursor, o.json, findingText);
    }));

  common(kb.command('claims').description('claims grouped by proposition: who asserts, who relays, figures side by side, corroboration')
    .option('--event <id>', 'KB event id: the claims about that event').option('--kind <kind>', 'event | control | election | fact'))
    .action((o: Opts) => run(o, async (s, api) => {
      const p = await api.listClaims(s, params(o, { event: 'event', kind: 'kind', ...paging }));
      return page(p.items, p.nextCursor, o.json, propositionText, '\n\n');
    }));

  withDb(kb.command('actors').description('organisations seen across articles; unknown ones clustered by name for review')
    .option('--review', 'only actors not in the registry').option('--json', 'print the API\'s JSON'))
    .action((o: Opts) => run(o, async (s, api) => {
      const items = await api.listKbActors(s, { review: o.review ? 'true' : undefined });
      return page(items, null, o.json, actorText);
    }));
}
