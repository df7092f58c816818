// Named groups of actor kinds that the stages ask about ("is this an armed side?"), kept in one
// place so that a new kind (or a domain pack's view of one) changes every stage alike.
import type { ActorKind } from './pack.js';

const kinds = (...k: ActorKind[]): ReadonlySet<string> => new Set<string>(k);

/** Armed groups that are not the state: rebels, militias and their alliances. */
export const ARMED_GROUP_KINDS = kinds('rebel', 'militia', 'alliance');
/** …with the unidentified armed group ("gunmen"). */
export const NON_STATE_ARMED_KINDS = kinds('rebel', 'militia', 'alliance', 'unknown');
/** …with political organisations, which speak and sign for a side. */
export const NON_STATE_SIDE_KINDS = kinds('rebel', 'militia', 'alliance', 'unknown', 'political');
/** Armed groups and political organisations, named ones only. */
export const GROUP_OR_PARTY_KINDS = kinds('rebel', 'militia', 'alliance', 'political');
/** Every side that fights: the state's forces and the non-state armed kinds. */
export const ARMED_KINDS = kinds('state_force', 'rebel', 'militia', 'alliance', 'unknown');
