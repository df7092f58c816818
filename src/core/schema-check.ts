// A plain-code check of `extraction/v1` that accepts exactly what `ExtractionSchema` (zod)
// accepts on the shapes the pipeline emits, without building a copy. Why: zod cost about
// 0.2 ms per article, a fifth of the 1 ms budget of `sitrep extract --jsonl`. zod stays the
// definition: `validateExtraction` asks zod whenever this check says no (for the message), and a
// property test holds this check to never accepting what zod rejects.
import { EVENT_TYPES, PRECISIONS } from './schema.js';

type Obj = Record<string, unknown>;

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const PRECISION_SET: ReadonlySet<unknown> = new Set(PRECISIONS);
const SUB_TYPES = new Map<unknown, ReadonlySet<unknown>>(
  Object.entries(EVENT_TYPES).map(([t, subs]) => [t, new Set<unknown>(subs)]),
);

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): boolean => typeof v === 'number' && !Number.isNaN(v);
const isCount = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;
const isDate = (v: unknown): boolean => isStr(v) && ISO_DATE.test(v);
const orNull = (ok: (v: unknown) => boolean) => (v: unknown): boolean => v === null || ok(v);
/** zod's `.optional()`: an absent key and an undefined value are both fine. */
const opt = (ok: (v: unknown) => boolean) => (v: unknown): boolean => v === undefined || ok(v);
// A plain loop, not `every`: `every` skips the holes of a sparse array, which zod rejects.
const listOf = (ok: (v: unknown) => boolean) => (v: unknown): boolean => {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!ok(v[i])) return false;
  return true;
};

// Built once here, not per call: the checks run on every item of every article.
const strOrNull = orNull(isStr);
const dateOrNull = orNull(isDate);
const countOrNull = orNull(isCount);
const optStr = opt(isStr);
const optStrOrNull = opt(strOrNull);
const optStrList = opt(listOf(isStr));
const optNumOrNull = opt(orNull(isNum));
const optDateOrNull = opt(dateOrNull);
const optCountOrNull = opt(countOrNull);
const optSpan = opt(isSpan);
const actorOrNull = orNull(isActor);
const optActorOrNull = opt(actorOrNull);
const actorList = listOf(isActor);
const optActorList = opt(actorList);
const locationOrNull = orNull(isLocation);
const optPhase = opt(orNull((v) => Number.isInteger(v) && (v as number) > 0));
const events = listOf(isEvent);
const quotes = listOf(isQuote);
const claims = listOf(isClaim);
const controls = listOf(isControl);
const elections = listOf(isElection);

function isSpan(v: unknown): boolean {
  return isObj(v) && isCount(v.start) && isCount(v.end);
}

function isActor(v: unknown): boolean {
  return isObj(v) && isStr(v.name) && v.name.length > 0
    && optStrList(v.aliases) && optStrOrNull(v.title)
    && optActorOrNull(v.affiliation) && optStr(v.id) && optStr(v.kind);
}

function isLocation(v: unknown): boolean {
  return isObj(v) && isStr(v.name) && isStr(v.country) && v.country.length === 2
    && optStrOrNull(v.admin1) && optStrOrNull(v.admin1_pcode)
    && optStrOrNull(v.admin3) && optStrOrNull(v.admin3_pcode)
    && optNumOrNull(v.lat) && optNumOrNull(v.lon) && PRECISION_SET.has(v.precision);
}

const hasEvidence = (v: Obj): boolean => optStr(v.evidence) && optSpan(v.span);

function isEvent(v: unknown): boolean {
  return isObj(v) && SUB_TYPES.get(v.event_type)?.has(v.sub_event_type) === true
    && dateOrNull(v.date) && dateOrNull(v.date_end)
    && actorList(v.actors) && optActorList(v.associated_actors)
    && locationOrNull(v.location) && countOrNull(v.fatalities) && hasEvidence(v);
}

function isQuote(v: unknown): boolean {
  return isObj(v) && isStr(v.text) && v.text.length > 0 && typeof v.direct === 'boolean'
    && actorOrNull(v.speaker) && hasEvidence(v);
}

function isClaim(v: unknown): boolean {
  return isObj(v) && isStr(v.text) && v.text.length > 0 && actorOrNull(v.claimant)
    && typeof v.hedged === 'boolean' && optActorOrNull(v.reported_by) && hasEvidence(v);
}

function isControl(v: unknown): boolean {
  return isObj(v) && isLocation(v.place) && actorOrNull(v.controller)
    && (v.status === 'controlled' || v.status === 'contested') && dateOrNull(v.since)
    && (v.how === 'captured' || v.how === 'negotiated' || v.how === 'unknown') && hasEvidence(v);
}

function isElection(v: unknown): boolean {
  return isObj(v) && isLocation(v.place) && isStr(v.election)
    && optPhase(v.phase) && optDateOrNull(v.polling_date)
    && typeof v.included === 'boolean' && countOrNull(v.excluded_village_tracts)
    && optCountOrNull(v.excluded_wards) && optDateOrNull(v.announced)
    && optActorOrNull(v.announced_by) && hasEvidence(v);
}

function isArticle(v: unknown): boolean {
  return isObj(v) && strOrNull(v.source) && dateOrNull(v.published) && strOrNull(v.title);
}

/** True when `ExtractionSchema` would accept `v` unchanged (false may still be valid: ask zod). */
export function looksLikeExtraction(v: unknown): boolean {
  return isObj(v) && v.schema === 'extraction/v1' && isArticle(v.article)
    && events(v.events) && quotes(v.quotes) && claims(v.claims)
    && controls(v.control) && elections(v.elections);
}
