// A local truce told with common nouns ("Community leaders reached an agreement with a bandit
// faction"): no registry actor names either party, so the deal had none (or borrowed the
// previous sentence's). The leaders are named as the text names them; the armed side is the
// country's unidentified armed group unless a named group is there.
import type { ActorOut } from '../../core/schema.js';
import { genericActor } from './generic-actors.js';
import { NON_STATE_SIDE_KINDS } from '../../core/actor-kinds.js';

const LEADERS = /\b(?:(?:community|local|traditional|village|religious|tribal|clan) (?:leaders|elders|chiefs|heads)|elders)\b/i;
const ARMED = /\b(?:bandits?|gunmen|militants|armed (?:groups?|men)|gangs?|(?:bandit|armed|militia|rebel) factions?)\b/i;

/** The parties a clause names only with common nouns; empty when it names none. */
export function commonParties(clause: string): { leaders: string | null; armed: boolean } | null {
  const leaders = LEADERS.exec(clause)?.[0] ?? null;
  const armed = ARMED.test(clause);
  return leaders || armed ? { leaders: leaders && leaders[0]!.toUpperCase() + leaders.slice(1).toLowerCase(), armed } : null;
}

/** `named` with the common-noun parties added (at most one armed side: a named group is it). */
export function withCommonParties(named: ActorOut[], parties: { leaders: string | null; armed: boolean }, iso: string): ActorOut[] {
  const out = parties.leaders ? [{ name: parties.leaders, kind: 'civilian' }, ...named] : [...named];
  if (parties.armed && !named.some((a) => a.kind && NON_STATE_SIDE_KINDS.has(a.kind))) out.push(genericActor('Unidentified Armed Group', iso));
  return out;
}
