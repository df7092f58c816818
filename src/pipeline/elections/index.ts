// The elections stage: per township, whether polling is scheduled, in which phase and on which
// date, and how many village tracts (and wards) are excluded; larger units as their own facts.
import { need, type Stage } from '../../core/pipeline.js';
import type { ActorOut, ElectionOut, LocationOut } from '../../core/schema.js';
import type { Layers, PlaceMention, Sentence } from '../layers.js';
import { actorOut } from '../output.js';
import { parseNumberWord } from '../numbers/index.js';

const CUE = /\b(elections?|polling|vote|voting|ballots?|phase|constituenc)/i;
const PHASE = /\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+phase\b|\bphase\s+(one|two|three|four|five|\d)\b/i;
const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, one: 1, two: 2, three: 3, four: 4, five: 5 };
const INCLUDE = /\b(?:would include|will include|includes?|including the townships? of|will be held in|voting in|polling in|to be held in)\b/i;
const EXCLUDE = /\b(?:will not be held|not (?:be )?held|no (?:voting|polling|elections?)|cancel(?:led|ed)|excluded|left out|will not hold|not hold)\b/i;
const ALL_INCLUDED = /\bevery (?:ward and village tract|village tract and ward|village tract)\b[^.]*\bwill have\b/i;
const COUNT_IN = /(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(village tracts?|wards?|wards and village tracts|village tracts and wards)\s+)?(?:in|across)\s+$/i;

export const electionsStage: Stage<Layers> = {
  name: 'elections',
  requires: ['sentences', 'dates', 'actors', 'places'],
  assigns: ['elections'],
  run(ctx) {
    const { text } = ctx.doc;
    const sentences = need(ctx, 'sentences');
    const places = need(ctx, 'places');
    const facts = new Map<string, ElectionOut>();
    const announcer = need(ctx, 'actors').find((a) => a.actor.kind === 'election_body');
    const base = { election: electionName(text), announced_by: announcer ? actorOut(announcer.actor) as ActorOut : null };
    let phase: number | null = null;
    let polling: string | null = null;
    let announced: string | null = null;
    for (const s of sentences) {
      const sent = text.slice(s.start, s.end);
      if (!CUE.test(sent) && !/village tracts?|wards?/i.test(sent)) continue;
      const ph = PHASE.exec(sent);
      const dates = (ctx.layers.dates ?? []).filter((d) => d.start >= s.start && d.end <= s.end);
      if (ph) {
        phase = ORD[(ph[1] ?? ph[2])!.toLowerCase()] ?? Number(ph[2]) ?? null;
        const sched = dates.find((d) => /(?:scheduled for|on|held on|polling on)\s+$/i.test(text.slice(d.start - 16, d.start)) && d.start > s.start + sent.search(PHASE));
        polling = sched?.date ?? polling;
      }
      const ann = dates.find((d) => /announc|statement|released|dated/i.test(text.slice(d.start - 40, d.end + 60)));
      if (ann && ann !== dates.find((d) => d.date === polling)) announced = ann.date;
      const inSent = places.filter((p) => p.start >= s.start && p.end <= s.end && p.location);
      if (INCLUDE.test(sent) && !EXCLUDE.test(sent)) {
        for (const p of inSent.filter((x) => isTownship(x.location!))) upsert(facts, township(p.location!), { ...base, phase, polling_date: polling, included: true, excluded_village_tracts: null, announced });
      }
      if (ALL_INCLUDED.test(sent)) {
        for (const p of inSent.filter((x) => isTownship(x.location!))) upsert(facts, township(p.location!), { ...base, phase, polling_date: polling, included: true, excluded_village_tracts: 0, announced });
      }
      for (const p of inSent.filter((x) => isTownship(x.location!))) {
        const m = COUNT_IN.exec(text.slice(Math.max(s.start, p.start - 50), p.start));
        if (!m) continue;
        const n = parseNumberWord(m[1]!) ?? 0;
        const wardsOnly = /^wards?$/i.test(m[2] ?? '');
        const loc = township(p.location!);
        upsert(facts, loc, { ...base, phase, polling_date: polling, included: true, excluded_village_tracts: wardsOnly ? null : n, excluded_wards: wardsOnly ? n : null, announced });
      }
      totals(text, s, sent, inSent, facts, { ...base, phase, polling_date: polling, announced });
    }
    ctx.layers.elections = [...facts.values()];
  },
};

/** "1,002 village tracts and 62 wards in Kachin, Chin, …" → one country-level fact. */
function totals(text: string, s: Sentence, sent: string, inSent: readonly PlaceMention[], facts: Map<string, ElectionOut>, base: Fields): void {
  const m = /(\d[\d,]*)\s+village tracts?(?:\s+and\s+(\d[\d,]*)\s+wards?)?\s+(?:in|across)\s+/i.exec(sent);
  if (!m) return;
  const after = inSent.filter((p) => p.start >= s.start + m.index + m[0].length - 1);
  const states = new Set(after.slice(0, 12).map((p) => p.location!.admin1_pcode).filter(Boolean));
  if (states.size >= 3) {
    upsert(facts, { name: 'Myanmar', country: after[0]!.location!.country, precision: 'country' }, { ...base, included: true, excluded_village_tracts: Number(m[1]!.replace(/,/g, '')), excluded_wards: m[2] ? Number(m[2].replace(/,/g, '')) : null });
  } else if (states.size === 1 && after[0]?.location?.precision === 'state') {
    upsert(facts, after[0].location, { ...base, included: true, excluded_village_tracts: Number(m[1]!.replace(/,/g, '')) });
  }
  void text;
}

const isTownship = (l: LocationOut): boolean => !!l.admin3_pcode && (l.precision === 'town' || l.precision === 'township');
const township = (l: LocationOut): LocationOut => ({ ...l, name: l.admin3 ?? l.name, precision: 'township' });

interface Fields {
  election: string; phase?: number | null; polling_date?: string | null; included?: boolean;
  excluded_village_tracts?: number | null; excluded_wards?: number | null; announced?: string | null; announced_by?: ActorOut | null;
}

function upsert(facts: Map<string, ElectionOut>, place: LocationOut, f: Fields): void {
  const key = place.admin3_pcode ?? place.admin1_pcode ?? place.name;
  const prev = facts.get(key);
  if (!prev) { facts.set(key, { place, included: true, excluded_village_tracts: null, ...f } as ElectionOut); return; }
  prev.excluded_village_tracts = prev.excluded_village_tracts ?? f.excluded_village_tracts ?? null;
  prev.excluded_wards = prev.excluded_wards ?? f.excluded_wards ?? null;
  prev.phase = prev.phase ?? f.phase;
  prev.polling_date = prev.polling_date ?? f.polling_date;
}

function electionName(text: string): string {
  const y = /\b(20\d\d)(?:[-–](20)?\d\d)?\s+(?:general\s+)?election/i.exec(text);
  return y ? `${y[0].replace(/\s+/g, ' ')}`.toLowerCase() : 'general election';
}
