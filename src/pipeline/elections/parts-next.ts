// A count of parts that did not vote, told in the sentence after the township's own and naming no
// township: "- Hpakant (25 January): USDP. Eight village tracts around the jade mines did not vote.",
// "Kalay voted on 28 December. Polling was not held in 12 village tracts there.", "The UEC had
// struck 11 village tracts from the voter rolls before the vote." The count is that township's.
import { num } from './counts.js';

const NUM = '(\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)';
const PARTS = '(wards and village tracts|village tracts and wards|village tracts?|wards?)';
/** "N village tracts (around the mines) did not vote / were excluded / had no polling". */
const COUNT_FIRST = new RegExp(`\\b${NUM}\\s+${PARTS}\\b[^.;]{0,50}?\\b(?:did\\s+not\\s+(?:vote|take\\s+part|go\\s+to\\s+the\\s+polls)|(?:could|were)\\s+not\\s+(?:able\\s+to\\s+)?vote|(?:were|was|had\\s+been)\\s+(?:excluded|left\\s+out|struck\\s+off|removed|dropped)|had\\s+no\\s+(?:polling|voting|polls))\\b`, 'i');
/** "Polling was not held in N village tracts", "Voting did not take place in N …", "Ballots were not cast in N …". */
const NOT_HELD_IN = new RegExp(`\\b(?:polls?|polling|voting|the\\s+vote|ballots|votes)\\s+(?:(?:was|were|had\\s+been|has\\s+been)\\s+)?(?:not\\s+(?:held|cast)|cancell?ed|called\\s+off|suspended|did\\s+not\\s+take\\s+place)\\s+in\\s+${NUM}\\s+${PARTS}\\b`, 'i');
/** "had struck 11 village tracts from the voter rolls", "excluded nine wards", "left 14 village tracts off the list". */
const VERB_FIRST = new RegExp(`\\b(?:struck|removed|excluded|dropped|left)\\s+${NUM}\\s+${PARTS}\\b(?:\\s+(?:from|off|out)\\b|(?=[^.;]{0,40}\\b(?:polls?|polling|voting|vote|rolls?|lists?)\\b))`, 'i');

/** The count of parts the sentence says did not vote: village tracts, or wards. */
export function partsNotVoting(sent: string): { vt: number | null; wards: number | null } | null {
  if (!/village tract|ward/i.test(sent)) return null;
  const m = COUNT_FIRST.exec(sent) ?? NOT_HELD_IN.exec(sent) ?? VERB_FIRST.exec(sent);
  if (!m) return null;
  const n = num(m[1]!), kind = m[2]!.toLowerCase();
  return kind.startsWith('ward') ? { vt: null, wards: n } : { vt: n, wards: null };
}
