// "An explosion tore through the bridge … No group has claimed responsibility, but the district
// administration blamed the PDF", "a shell landed in the camp … The regime blamed AA artillery; the
// AA blamed the army. Who fired it could not be confirmed": when the text itself says the doer is
// unknown, the strike told just before is ACLED's unidentified armed group's, whatever sides the
// accusations around it name.
import type { EventOut } from '../../core/schema.js';
import type { Layers } from '../layers.js';
import { gatedBy } from '../lexicon/gates.js';
import { genericActor } from './generic-actors.js';

const UNKNOWN_DOER = /\b(?:no (?:group|one|side|organi[sz]ation)|nobody)\s+(?:has\s+|had\s+)?(?:yet\s+)?(?:claimed|admitted|taken responsibility)\b|\bwho (?:fired|launched|planted|set off|detonated|carried out|was behind|is behind|was responsible|is responsible)\b[^.;]{0,30}?\b(?:could not|cannot|can't|has not|had not|was not|is not|remains? un)\b|\b(?:could not|cannot|can't|unable to) (?:be )?(?:independently )?(?:confirm|verify|establish|determine|say)(?:ed)? who\b|\bit (?:was|is|remains|remained) (?:not |un)clear who\b/i;
// Every match holds "who", or one of the verbs after "no group …": most sentences hold none.
const unknownDoer = gatedBy((t) => /who|claimed|admitted|taken responsibility/i.test(t), UNKNOWN_DOER);
const STRIKES = new Set(['Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade']);

export function unclaimedStrikes(text: string, events: EventOut[], layers: Layers, where: string): void {
  // A cue reaches only strikes told at or before it: sentences before the first strike (all of
  // them in a story with none) are not read.
  let first = Infinity;
  for (const e of events) if (e.span && STRIKES.has(e.sub_event_type) && e.span.start < first) first = e.span.start;
  if (first === Infinity) return;
  for (const [i, s] of layers.sentences.entries()) {
    if (s.start < first || !unknownDoer(text.slice(s.start, s.end))) continue;
    // The strikes told before the cue, within its paragraph and three sentences back (the
    // accusations between them tell the same strike again and merge with it later).
    const from = layers.sentences[Math.max(0, i - 3)]!;
    for (const e of events) {
      if (!e.span || !STRIKES.has(e.sub_event_type) || e.span.start > s.start || e.span.start < from.start) continue;
      // ("… blew up outside a militia office.\n\nNo group has claimed responsibility.": a cue that
      // opens its paragraph looks back across the break, still three sentences at most.)
      const opens = layers.sentences[i - 1]?.block !== s.block;
      if (!opens && layers.sentences.find((y) => y.start === e.span!.start)?.block !== s.block) continue;
      // Already unknown: its other sides (a police post it hit) stand.
      if (e.actors[0]?.name.startsWith('Unidentified Armed Group')) continue;
      const civilians = e.actors.filter((a) => a.kind === 'civilian');
      e.actors = [genericActor('Unidentified Armed Group', e.location?.country ?? where), ...targets(text, e, layers), ...civilians];
    }
  }
}

/** Right before a side's name: the strike hit it ("outside an office of the KNA", "near a junta checkpoint"). */
const TARGET_BEFORE = /\b(?:outside|near|at|on|against|targeting|hit|struck)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+(?:the\s+)?)?$/i;

/** The sides the strike's own sentence names as what it hit: a target stays its second side. */
function targets(text: string, e: EventOut, layers: Layers): EventOut['actors'] {
  const out: EventOut['actors'] = [];
  for (const m of layers.actors) {
    if (!e.span || m.start < e.span.start || m.end > e.span.end || m.actor.kind === 'civilian' || m.actor.kind === 'outlet') continue;
    const a = e.actors.find((x) => x.name === m.actor.name);
    if (a && !out.includes(a) && TARGET_BEFORE.test(text.slice(Math.max(e.span.start, m.start - 60), m.start))) out.push(a);
  }
  return out;
}
