// "A bomb went off in Myingyan, killing two soldiers", "suicide bombers rammed the cantonment
// wall, killing 18 people, among them five soldiers": ACLED codes the forces a hidden attacker's
// blast hits as its second actor. Off-duty, retired and former men are civilians again; "a
// soldier's wife" is someone else.
import type { ActorEntry, DomainPack } from '../../core/pack.js';
import type { SubEventType } from '../../core/schema.js';
import { actorLexicon } from '../actors/registry-matcher.js';
import { nameKey } from '../lexicon/tokens.js';

/** Blasts whose doer is hidden: the forces named among the dead are their target, never the doer. */
export const HIDDEN_BLASTS = new Set<SubEventType>(['Remote explosive/landmine/IED', 'Grenade', 'Suicide bomb']);

const FORCES_HIT = /\b(?:kill(?:ing|ed)|wound(?:ing|ed)|injur(?:ing|ed)|among them|including)\b[^.;]{0,80}?\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)\s+(?:(?!(?:off-duty|retired|former|ex-|unarmed)\b)[\w-]+\s+){0,2}?(soldiers?|troops|servicem[ae]n|police\s+officers?|police(?:m[ae]n)|police)\b(?!['’])/i;

/** The state force the blast's victims (in `after`, the sentence after the trigger) belong to. */
export function forcesHit(after: string, stateForce: ActorEntry, pack: DomainPack): ActorEntry | null {
  const m = FORCES_HIT.exec(after);
  if (!m) return null;
  if (!/^police/i.test(m[1]!)) return stateForce;
  return actorLexicon(pack).matcher.lookup(nameKey('police')).find((a) => a.kind === 'state_force') ?? stateForce;
}
