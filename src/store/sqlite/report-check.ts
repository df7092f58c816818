// A fast check that an event report read from the database is what EventReportSchema accepts.
// zod takes ~0.1 ms per report (nested, lazy actor schemas), which is most of a 1,000-report page;
// these plain tests take a few µs. Only a yes/no: when they say no, rows.ts runs the schema
// itself, so a bad row still fails with zod's exact message (E044). They must never say yes to
// something the schema rejects (test/store/report-check.test.ts compares them).
import { EVENT_TYPES, PRECISIONS, SUB_EVENT_TYPES } from '../../core/schema.js';

const TYPES = new Set<string>(Object.keys(EVENT_TYPES));
const SUB_TYPES = new Set<string>(SUB_EVENT_TYPES);
const PRECISION = new Set<string>(PRECISIONS);
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const count = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const strOrNull = (v: unknown): boolean => v === null || isStr(v);
const optStrOrNull = (v: unknown): boolean => v === undefined || v === null || isStr(v);
const dateOrNull = (v: unknown): boolean => v === null || (isStr(v) && ISO_DATE.test(v));
const optNumOrNull = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'number' && Number.isFinite(v));

function actor(a: unknown, depth = 0): boolean {
  if (!isObj(a) || depth > 20) return false;
  if (!isStr(a.name) || a.name.length === 0) return false;
  if (a.aliases !== undefined && !(Array.isArray(a.aliases) && a.aliases.every(isStr))) return false;
  if (!optStrOrNull(a.title)) return false;
  if (a.affiliation !== undefined && a.affiliation !== null && !actor(a.affiliation, depth + 1)) return false;
  return (a.id === undefined || isStr(a.id)) && (a.kind === undefined || isStr(a.kind));
}

const actors = (v: unknown): boolean => Array.isArray(v) && v.every((a) => actor(a));

function location(l: unknown): boolean {
  if (l === null) return true;
  if (!isObj(l) || !isStr(l.name) || !isStr(l.country) || l.country.length !== 2) return false;
  return optStrOrNull(l.admin1) && optStrOrNull(l.admin1_pcode) && optStrOrNull(l.admin3) && optStrOrNull(l.admin3_pcode)
    && optNumOrNull(l.lat) && optNumOrNull(l.lon) && isStr(l.precision) && PRECISION.has(l.precision);
}

/** True when EventReportSchema would accept `r` unchanged (as built by rows.ts toEventReport). */
export function isEventReport(r: Obj): boolean {
  const span = r.span;
  return isStr(r.id) && r.id.length > 0 && isStr(r.article_id) && r.article_id.length > 0 && count(r.index)
    && isStr(r.event_type) && TYPES.has(r.event_type) && isStr(r.sub_event_type) && SUB_TYPES.has(r.sub_event_type)
    && dateOrNull(r.date) && dateOrNull(r.date_end) && actors(r.actors) && actors(r.associated_actors)
    && location(r.location) && (r.fatalities === null || count(r.fatalities))
    && strOrNull(r.evidence) && strOrNull(r.notes) && strOrNull(r.source) && dateOrNull(r.published) && strOrNull(r.article_title)
    && (span === null || (isObj(span) && count(span.start) && count(span.end) && Object.keys(span).length === 2));
}
