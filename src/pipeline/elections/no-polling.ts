// "No polling would be held in X Township": an election body leaving a place out. Read by the
// elections stage (the township is excluded) and by attribution (it is also the body's claim).

/** "no polling would be held", "no polls will be held", "voting will not take place", "polling, scheduled for 25 January, will not be held". */
/** "No polling was held anywhere in X". */
/** "elections will not be held", "voting has been cancelled in", "postponed voting in". */
export const NO_POLLING = /\b(?:(?:polling|voting|elections?|the vote|polls)\s+(?:will|would)\s+not\s+go\s+ahead\s+in|no (?:polling|polls|voting) (?:would|will) (?:be held|take place)|(?:polling|voting|elections?)(?:,[^,.;"“”]{1,60},)? (?:would|will|did) not (?:be held|take place)|(?:polls|polling|voting) (?:was|were) not held in|no (?:polls|polling|voting) (?:was|were) held (?:anywhere |at all )?in|(?:polling|voting|elections?|the vote) (?:has|have|had) been (?:cancell?ed|canceled|postponed|suspended|called off) in|(?:cancell?ed|canceled|postponed|suspended|called off) (?:the )?(?:polling|voting|elections?|vote) in)\b/i;
/** Counted parts of a township: with them the sentence leaves out those parts, not the township. */
export const PARTS = /\b(?:village tracts?|wards?)\b/i;
