// "No polling would be held in X Township": an election body leaving a place out. Read by the
// elections stage (the township is excluded) and by attribution (it is also the body's claim).

/** "no polling would be held", "voting will not take place". */
export const NO_POLLING = /\b(?:no (?:polling|voting) (?:would|will) (?:be held|take place)|(?:polling|voting) (?:would|will) not (?:be held|take place))\b/i;
/** Counted parts of a township: with them the sentence leaves out those parts, not the township. */
export const PARTS = /\b(?:village tracts?|wards?)\b/i;
