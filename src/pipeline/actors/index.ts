// The actors stage: registry actors by any alias, military units ("Light Infantry Battalion
// 562", "LIB 562") as the state force, and unknown organisations kept as new actors for review.
import type { ActorEntry } from '../../core/pack.js';
import { need, type Context, type Stage } from '../../core/pipeline.js';
import type { ActorMention, Block, Layers } from '../layers.js';
import { nameKey } from '../lexicon/tokens.js';
import { actorLexicon } from './registry-matcher.js';
import { findDefinedAcronyms, findUnits, findUnknownOrganisations } from './patterns.js';
import { findAliasUses, registryAcronymUses } from './alias-uses.js';
import { resolveAnaphora } from './anaphora.js';
import { findArmedGroups, findOwnForces, findStateForces, notGroupsOf } from './foreign-forces.js';
import { nationalArmy } from './national-army.js';
import { describedGroups } from './described-groups.js';
import { findForcesAbroad, isGroupAbroad } from './forces-abroad.js';

export const actorsStage: Stage<Layers> = {
  name: 'actors',
  requires: ['blocks', 'tokens'],
  assigns: ['actors'],
  run(ctx) {
    const { text } = ctx.doc;
    const lex = actorLexicon(ctx.pack);
    const words = need(ctx, 'tokens');
    const out: ActorMention[] = [];
    for (const b of need(ctx, 'blocks')) if (b.kind !== 'header' && b.kind !== 'aside') blockActors(ctx, lex, text, b, words.in(b.start, b.end), out);
    ctx.layers.actors = documentActors(ctx, lex, text, out);
  },
};

// The stage's work in two functions, per block and per document: one run() inlining all of it
// took TurboFan hundreds of milliseconds to compile, and again after any deopt in it.
type Lexicon = ReturnType<typeof actorLexicon>;

/** The block's actors, appended to `out` (which holds the earlier blocks'). */
function blockActors(ctx: Context<Layers>, lex: Lexicon, text: string, b: Block, tokens: ReturnType<Layers['tokens']['in']>, out: ActorMention[]): void {
  const taken: [number, number][] = [];
  for (const u of lex.stateForce ? findUnits(text, b.start, b.end) : []) {
    out.push({ ...u, actor: lex.stateForce! });
    taken.push([u.start, u.end]);
  }
  // A new name that contains a foreign state ("Sylvania Times", "China Daily") is its own actor.
  const unknown = findUnknownOrganisations(text, b.start, b.end);
  const registry = lex.matcher.match(tokens, text);
  // States' forces abroad by their own names ("FARDC"), unless the registry names a longer phrase there.
  for (const g of findForcesAbroad(text, tokens)) {
    if (registry.some((m) => m.start < g.end && g.start < m.end && m.end - m.start >= g.end - g.start)) continue;
    out.push(g);
    taken.push([g.start, g.end]);
  }
  for (const u of unknown) {
    if (taken.some(([s, e]) => u.start < e && s < u.end)) continue;
    const inside = registry.filter((m) => m.start >= u.start && m.end <= u.end);
    // ... and so is one whose only registry word is its final noun ("White Army", not the
    // state's "army"): a generic alias never names a capitalised organisation.
    const nounOnly = (m: { start: number; end: number }): boolean => m.end === u.end && m.start > u.start && !/\s/.test(text.slice(m.start, m.end));
    if (inside.length && inside.every((m) => m.end - m.start < u.end - u.start && (nounOnly(m) || m.values.every((a) => a.kind === 'foreign_state')))) { out.push(u); taken.push([u.start, u.end]); }
  }
  for (const m of registry) {
    if (taken.some(([s, e]) => m.start < e && s < m.end)) continue;
    const surface = text.slice(m.start, m.end);
    if (!lex.lowerOk.has(m.key) && surface === surface.toLowerCase()) continue;
    if (surface.length <= 6 && STARTS_UPPER.test(surface) && !isAcronymOk(surface, m.values)) continue;
    // "anti-junta fighters", "anti-regime protesters": those against the state's forces, not they.
    if (text[m.start - 1] === '-' && /\banti-$/i.test(text.slice(Math.max(0, m.start - 5), m.start))) continue;
    // "the regional military administration", "the city military administration": a civil office, not the forces.
    if (CIVIL_OFFICE_AFTER.test(text.slice(m.end, m.end + 16)) && CIVIL_OFFICE_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start))) continue;
    out.push({ start: m.start, end: m.end, actor: pick(m.values) });
    taken.push([m.start, m.end]);
  }
  for (const u of unknown) {
    if (taken.some(([s, e]) => u.start < e && s < u.end)) continue;
    out.push(u);
    taken.push([u.start, u.end]);
  }
  const isPlace = (key: string): boolean => ctx.pack.gazetteer.lookup(key).length > 0;
  const isKnown = (key: string): boolean => lex.matcher.lookup(key).length > 0;
  // "its forces" is rare: the block's mentions are gathered only when it occurs.
  const own = findOwnForces(text, b.start, b.end, () => out.filter((a) => a.start >= b.start), ctx.pack.country, () => out);
  // The three lists in turn (no joined copy per block).
  const foreign = findStateForces(text, b.start, b.end, ctx.pack.country);
  // "the Rwandan army": the nationality says whose army; the registry's generic "army" inside
  // it (the home state's, or the story country's once localised) gives way.
  for (const f of foreign) {
    const inner = out.filter((a) => a.start < f.end && f.start < a.end);
    if (!inner.length || !inner.every((a) => a.start >= f.start && a.end <= f.end && a.actor.kind === 'state_force' && lex.lowerOk.has(nameKey(text.slice(a.start, a.end))))) continue;
    for (const a of inner) { out.splice(out.indexOf(a), 1); taken.splice(taken.findIndex(([s, e]) => s === a.start && e === a.end), 1); }
  }
  for (const list of [foreign, findArmedGroups(text, b.start, b.end, isPlace, isKnown, notGroupsOf(ctx.pack), tokens), own]) {
    for (const f of list) {
      if (taken.some(([s, e]) => f.start < e && s < f.end)) continue;
      out.push(f);
      taken.push([f.start, f.end]);
    }
  }
}

/** The document's actors: the blocks' (`out`), with the acronyms it defines, their later uses, and references back. */
function documentActors(ctx: Context<Layers>, lex: Lexicon, text: string, out: ActorMention[]): ActorMention[] {
  // New organisations defined with an acronym, then every later use of that acronym.
  const overlaps = (m: { start: number; end: number }): boolean => out.some((a) => a.start < m.end && m.start < a.end);
  const acronyms = findDefinedAcronyms(text, ctx.doc.body.start, ctx.doc.body.end);
  const registryUses = registryAcronymUses(text, ctx.doc.body.start, ctx.doc.body.end, acronyms, out, (k) => lex.matcher.lookup(k).length > 0);
  const defined = acronyms
    .filter((d) => !out.some((a) => a.start <= d.start && d.end <= a.end) && !lex.matcher.lookup(d.actor.aliases[0]!).length && !isGroupAbroad(d.actor.name) && !isGroupAbroad(d.actor.aliases[0]!));
  for (const d of defined) {
    const inside = out.filter((a) => a.start >= d.start && a.end <= d.end);
    for (const a of inside) out.splice(out.indexOf(a), 1);
    const same = out.find((a) => a.actor.kind === 'unknown' && a.actor.name === d.actor.name);
    if (!overlaps(d)) out.push(same ? { ...d, actor: same.actor } : d);
  }
  for (const u of registryUses) if (!overlaps(u)) out.push(u);
  const known = out.filter((a) => a.actor.id.startsWith('new:') && a.actor.aliases.length);
  for (const u of findAliasUses(text, ctx.doc.body.start, ctx.doc.body.end, dedupeActors(known))) if (!overlaps(u)) out.push(u);
  // Only new names are looked at (a few per article): "Kenya Defence Forces" is Kenya's military.
  for (const [i, a] of out.entries()) {
    const army = a.actor.id.startsWith('new:') ? nationalArmy(a.actor, ctx.pack.country) : null;
    if (army) out[i] = { ...a, actor: army };
  }
  describedGroups(text, out);
  out.sort((a, b) => a.start - b.start);
  const refs = resolveAnaphora(text, ctx.doc.body.start, ctx.doc.body.end, out);
  return [...out, ...refs].sort((a, b) => a.start - b.start);
}

const CIVIL_OFFICE_AFTER = /^\s+administrations?\b/i;
const CIVIL_OFFICE_BEFORE = /\b(?:local|regional|city|district|oblast|municipal|town|provincial|village)\s+$/i;

/** (A constant: a regex literal is a new object at each evaluation, here at every registry match.) */
const STARTS_UPPER = /^\p{Lu}/u;

/** "Aa" is not "AA": a short all-capitals alias matches only capitals, a word alias any case. */
function isAcronymOk(surface: string, values: readonly ActorEntry[]): boolean {
  // The same few acronyms recur in every article: decided once per alias list and spelling.
  let bySurface = acronymOk.get(values);
  if (!bySurface) acronymOk.set(values, (bySurface = new Map()));
  let ok = bySurface.get(surface);
  if (ok === undefined) bySurface.set(surface, (ok = acronymMatches(surface, values)));
  return ok;
}
const acronymOk = new WeakMap<readonly ActorEntry[], Map<string, boolean>>();

function acronymMatches(surface: string, values: readonly ActorEntry[]): boolean {
  const key = nameKey(surface);
  const same = values.flatMap((a) => [a.name, ...a.aliases]).filter((n) => nameKey(n) === key);
  if (surface === surface.toUpperCase()) return same.some((n) => n === n.toUpperCase());
  return same.some((n) => n !== n.toUpperCase());
}

/** Several actors share an alias: prefer organisations over people, then registry order. */
function pick(values: readonly ActorEntry[]): ActorEntry {
  return values.find((a) => a.kind !== 'person') ?? values[0]!;
}

const dedupeActors = (ms: ActorMention[]): ActorMention[] => ms.filter((m, i) => ms.findIndex((x) => x.actor.id === m.actor.id) === i);
