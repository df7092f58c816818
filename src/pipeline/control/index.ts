// The control stage: who holds a place per this article. Captures, recaptures and handovers
// give "controlled since the event date"; "remains under junta control", "now holds only X, Y",
// "keep its administration in X" give control without a date; ongoing fighting in a town that
// nobody is said to have taken makes it "contested".
import type { ActorEntry } from '../../core/pack.js';
import { need, type Stage } from '../../core/pipeline.js';
import type { ControlOut, EventOut, LocationOut } from '../../core/schema.js';
import type { Layers, PlaceMention } from '../layers.js';
import { actorOut } from '../output.js';

const HOLDS = /\b(?:remains?|remained|is|are|was|were|still)\s+(?:firmly\s+)?(?:under|in)\s+(?:the\s+)?(?:control\s+of\s+(?:the\s+)?)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s*(?:control|hands)?\b|\b(?:now\s+)?(?:holds?|held|controls?|controlled|keeps?|keep)\s+(?:only\s+|its\s+administration\s+in\s+|administration\s+in\s+)?/giu;
const CONTROLLED_ADJ = /\b([\p{L}]+)-(?:controlled|held)\s+(?:towns?|villages?|areas?|territory|township)/giu;
const ONGOING = /\b(?:currently|ongoing|continu(?:es|ing)|still|escalated|intense)\b/i;

export const controlStage: Stage<Layers> = {
  name: 'control',
  requires: ['sentences', 'actors', 'places', 'events'],
  assigns: ['control'],
  run(ctx) {
    const { text } = ctx.doc;
    const facts: ControlOut[] = [];
    const events = need(ctx, 'events');
    for (const e of events) {
      if (!e.location || e.location.precision === 'country' || e.location.precision === 'state') continue;
      const controller = e.actors[0] ?? null;
      if (e.event_type === 'Battles' && e.sub_event_type !== 'Armed clash') facts.push({ place: e.location, controller, status: 'controlled', since: e.date, how: 'captured', evidence: e.evidence, span: e.span });
      if (e.sub_event_type === 'Non-violent transfer of territory') facts.push({ place: e.location, controller: receiver(text, e, ctx.layers.actors ?? []) ?? controller, status: 'controlled', since: e.date, how: 'negotiated', evidence: e.evidence, span: e.span });
    }
    for (const e of events) {
      if (e.sub_event_type !== 'Armed clash' || !e.location || !e.span || !ONGOING.test(text.slice(e.span.start, e.span.end))) continue;
      if (facts.some((f) => samePlace(f.place, e.location!))) continue;
      facts.push({ place: e.location, controller: null, status: 'contested', since: e.date, how: 'unknown', evidence: e.evidence, span: e.span });
    }
    facts.push(...statedControl(text, need(ctx, 'sentences'), need(ctx, 'actors'), need(ctx, 'places')).filter((f) => !facts.some((g) => samePlace(g.place, f.place))));
    ctx.layers.control = latestPerPlace(facts);
  },
};

/** "handed X back to the junta" / "returned to the control of the Tatmadaw": the side receiving. */
function receiver(text: string, e: EventOut, actors: readonly { start: number; end: number; actor: ActorEntry }[]): ControlOut['controller'] {
  if (!e.span) return null;
  const s = text.slice(e.span.start, e.span.end);
  const m = /\b(?:to|back to|control of)\s+(?:the\s+)?$/i;
  const hit = actors.find((a) => a.start >= e.span!.start && a.end <= e.span!.end && m.test(s.slice(0, a.start - e.span!.start)));
  return hit ? actorOut(hit.actor) : null;
}

function statedControl(text: string, sentences: Layers['sentences'], actors: Layers['actors'], places: readonly PlaceMention[]): ControlOut[] {
  const out: ControlOut[] = [];
  for (const s of sentences) {
    const sent = text.slice(s.start, s.end);
    for (const re of [HOLDS, CONTROLLED_ADJ]) {
      re.lastIndex = 0;
      for (let m = re.exec(sent); m; m = re.exec(sent)) {
        const at = s.start + m.index;
        const holder = actors.filter((a) => a.start >= s.start && a.end <= s.end && a.actor.kind !== 'outlet' && a.actor.kind !== 'person')
          .sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
        if (!holder) continue;
        const targets = re === HOLDS
          ? places.filter((p) => p.location && p.start >= s.start && p.end <= s.end && isTownLike(p.location) && (p.start > at ? p.start - at < 160 : at - p.end < 80))
          : [];
        for (const p of targets) out.push({ place: p.location!, controller: actorOut(holder.actor), status: 'controlled', since: null, how: 'unknown', evidence: sent, span: { start: s.start, end: s.end } });
      }
    }
  }
  return out;
}

const isTownLike = (l: LocationOut): boolean => l.precision === 'town' || l.precision === 'township' || l.precision === 'village';
const samePlace = (a: LocationOut, b: LocationOut): boolean => (a.admin3_pcode && a.admin3_pcode === b.admin3_pcode && a.precision === b.precision) || (!a.admin3_pcode && a.name === b.name);

/** One fact per place: the latest "since" wins; an undated fact only fills a gap. */
function latestPerPlace(facts: ControlOut[]): ControlOut[] {
  const out: ControlOut[] = [];
  for (const f of facts) {
    const i = out.findIndex((g) => samePlace(g.place, f.place));
    if (i < 0) out.push(f);
    else if ((f.since ?? '') > (out[i]!.since ?? '')) out[i] = f;
  }
  return out;
}
