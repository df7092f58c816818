// The wordings the elections stage reads (data apart from the stage's logic in index.ts): a
// township put in a phase, left out, voting in full or in part, a vote cancelled or held.
export const CUE = /\b(elections?|polling|vote|voting|voted|ballots?|phases?|constituenc(?:y|ies)|village tracts?|wards?)\b/i;
// "plans to hold elections in parts of X", "X will take part in Sunday's third phase of voting": X is in.
// Not "asked not to be named" (a source's anonymity) nor "the names of 15 young men" / "hand over ten names" (a noun):
// "names" is the verb of a list, notification or commission ("The list names 31 village tracts").
export const INCLUDE = /\b(?:would include|will include|includes?|scheduled|(?<=\b(?:list|notification|announcement|commission|it|which|also)\s)names?(?!\s+of\b)|(?<!\bbe\s)named|due to vote|will vote|voted|will take place in|polling in|voting in|to be held in|will be held in|would be held in|(?:will|would) (?:take place|be held) on [\w ,]{3,25}? in|as [\w-]+ townships|(?:were|was|are|is|have been|has been|will be) included in|hold (?:the )?(?:elections?|polls|polling|voting|the vote) in|(?:will|would|is to|are to) take part in(?=[^.]{0,40}\b(?:phase|vote|voting|polls?|elections?)\b)|(?:went|go|goes|will go) to the polls|(?:staged|held|holds|stages)\s+(?:the\s+)?(?:voting|polls|polling|vote|elections?)|ballots\s+(?:were|was|will\s+be)\s+cast|(?<!\bnot\s)(?:was|were|is|are)\s+(?:also\s+)?on\s+the\s+(?:[\w-]+\s+){0,2}list|(?:is|are|was|were)\s+among\s+the\b[^.;]{0,60}?\bon\s+the\b[^.;]{0,50}?\blist|would vote|(?:will|would)\s+go\s+ahead\s+in|(?:went|goes)\s+ahead\s+in|(?<=\b(?:voting|polling|polls|vote)\s)(?:took|takes)\s+place\s+(?:only\s+)?in|(?:was|were|been|being)\s+added\s+to|(?<=\b(?:phase|round|stage|polls?|polling|voting|vote|elections?)(?:,?\s+(?:which|that))?\s)(?:was|were|had been|has been)\s+held\s+in|(?:has|have|had)\s+listed|(?:will|would)\s+cover\b[^.;]{0,40}?\bincluding|(?<=\b(?:round|phase|stage|vote|polling|voting)\s)(?:covered|covers|will cover|would cover)\s+(?:\w+\s+){0,2}townships)\b/i;
// ("X and Y were added to the third phase", "the commission has listed X and Y townships for the second phase", "the third phase
// … will cover 63 townships, including X and Y": in.)
// ("which staged voting there in the first phase", "ballots were cast in only a few wards", "which was also on the
// third-phase list", "X is among the townships on the commission's list for that round", "polling will go ahead in X", "voting took place only in X": the township votes.)
// ("X and Y are not on the commission's list for the first phase": left out of that phase.)
// ("No voting will take place in 24 village tracts of X" is NO_POLLING's, which leaves the township in when parts are counted.)
export const LEFT_OUT = /\b(?:(?:does|do|did) not appear on the list|(?:is|are|was|were) not (?:on|in) the\b[^.;]{0,50}?\blist|will not vote at all|not vote at all|no polling date has been set|cannot be held there|left out entirely|excluded entirely|no voting at all|will not take part|(?:did|does|will) not take place at all|(?:was|were) not held at all|(?:was|were|has been|have been) left off (?:the|its|their)\b[^.;]{0,40}?\b(?:lists?|map|calendar|schedule|timetable)|left out of (?:all|every|each|any)\b[^.;]{0,30}?\bphases?|(?:was|were) not held in(?!\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|some|several|parts?|many|a (?:few|number))\b))|no (?:polling|polls|voting) (?:has|have|had) been (?:scheduled|set|planned)|(?<!\b(?:tracts?|wards?)\s)(?:was|were|has been|have been|had been)\s+(?:(?:dropped|removed|excluded)\s+(?:entirely\s+|completely\s+|altogether\s+)?from|(?:struck|taken)\s+off)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:elections?|polls?|vote|voting|lists?|phases?|calendar|schedule|timetable)|(?:will|would) not be included in|\bexcluded\s+(?:[A-Z][\w-]*\s+){1,3}townships?\s+from\s+(?:the\s+)?(?:[\w-]+\s+)?(?:elections?|polls|vote|voting|phases?|lists?)|(?:was|were|is|are|has|have)\s+(?:not|never)\s+(?:been\s+)?scheduled\s+to\s+(?:vote|go\s+to\s+the\s+polls|take\s+part)|^\s*Neither\b[^.;:]{1,80}\bnor\b[^.;:]{1,80}\b(?:took part|voted|was included|were included))\b/i;
// ("X was left out of all three phases", "the election … was not held in X" (not "in 12 village tracts of X"), "where no polling
// has been scheduled in any phase", "X will not be included in the third phase either", "Neither X nor Y took part in the elections".)
// ("X was left off the list entirely", "left off the regime's election map": out; "X and Y were not scheduled to vote in any phase" too.)
// ("X, Y and Z were dropped entirely from the regime's election", "X has been removed from the polling list": out; not
// "9 of its village tracts had been struck off the list", parts struck off.)
// "All village tracts in X remain on the polling list": every tract of X votes (none excluded).
export const ALL_IN = /\bevery (?:ward and village tract|village tract and ward|village tract|ward)\b[^.]*\b(?:will (?:vote|have polling)|is on the list|are on the list|will have|(?:is|are|will be|was|were) included|took part|voted|had polling|(?:had|has|will have) a polling station|(?:is|are|was|were|will be) (?:still )?listed\s+(?:as\s+(?:taking part|voting|participating|eligible)|to vote|for (?:polling|voting|the vote))|(?:is|are|was|were) taking part|(?:will )?takes? part|participated|(?:is|are|was|were|remains?|remained) (?:still )?on the (?:[\w-]+\s+)?list)\b|\b(?:polling|voting)\s+(?:will|would)\s+(?:be held|take place)\s+in\s+(?:every|all)\s+(?:(?:the\s+)?\d+\s+)?(?:wards and village tracts|village tracts and wards|ward and village tract|village tract and ward|village tracts?|wards?)\s+(?:of|in)\b|\ball\s+(?:the\s+)?(?:\d+\s+)?(?:wards and village tracts|village tracts and wards|village tracts|wards)\s+(?:of|in)\b[^.]*?\b(?:(?:remain|are|stay)\s+on\s+the\s+(?:polling\s+|voters?\s+|electoral\s+)?list|will\s+(?:vote|take part|have polling)|(?:are|will be)\s+included)\b/i;
// "Voting went ahead across the whole of X Township": no part of it left out.
export const WHOLE_IN = /\b(?:voting|polling|the vote|elections?)\s+(?:went ahead|took place|(?:was|were) held|(?:will|would) (?:go ahead|take place|be held))\s+(?:across|throughout|in)\s+(?:the\s+)?(?:whole|entire(?:ty)?)\b/i;
/** "X, Y and Z voted in full", "The whole of X, on Bilu Island, is voting", "with every ward and village tract included": the
 * townships of that clause vote with no part left out. */
export const IN_FULL = /\b(?:voted|votes?|voting|polling|went to the polls)\s+in\s+full\b|\bthe\s+whole\s+of\b[^.;]{1,60}?\b(?:(?:is|was|are|were|will be)\s+voting|voted|votes|will vote)\b|\bwith\s+(?:every|all)\s+(?:(?:its|the)\s+)?(?:wards? and village tracts?|village tracts? and wards?|village tracts?|wards?)\s+included\b/i;
/** "polling there was cancelled altogether": the township just named is out. */
/** (Also active: "…, when the commission cancelled polling there altogether".) */
// ("Bhamo, Momauk and Mansi were on the list, but the UEC called off polling in all three", "… cancelled voting in both",
// "polling in all of them was scrapped": the townships just listed, named again by a count or pronoun.)
const THEM = String.raw`(?:there|in\s+(?:all\s+(?:of\s+them|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+of\s+them|\s+townships)?)|both(?:\s+of\s+them|\s+townships)?|them|each\s+of\s+them))`;
export const THERE_OUT = new RegExp(String.raw`\b(?:polling|voting|the vote|elections?)\s+${THEM}\s+(?:was|were|has been|had been|would be|will be)\s+(?:cancell?ed|called off|scrapped)\b|\b(?:cancell?ed|called off|scrapped)\s+(?:the\s+)?(?:polling|voting|vote|elections?)\s+${THEM}(?![\w-])`, 'i');
export const OTHERS = /\b(?:the other|the remaining|all other)\b/i;
/** "along the Sagaing-Monywa road": towns naming a road are no place of polling. */
export const ROAD_AFTER = /^(?:\s*[-–]\s*\p{Lu}\p{L}+)*\s+(?:road|highway|expressway|railway|railroad)\b/iu;
/** "polling in Gangaw and Tilin townships has been cancelled altogether", "voting in X has been postponed until further notice", "voting in X was called off": the townships named in it are left out (not "voting in X, which was cancelled in January, will be held"). */
export const CANCELLED_IN = /\b(?:polling|voting|the vote|elections?)\s+in\s+((?:(?!\b(?:which|that|where|who)\b)[^.;]){2,80}?)\s+(?:(?:has|have|had)\s+been|was|were)\s+(?:cancell?ed|called off|scrapped|postponed|suspended)\b/i;

/** "Naypyitaw's eight townships", "Mon State's 10 townships": a state's townships counted. */
export const STATE_TOWNSHIPS = /^(?:\s+(?:State|Region|Union Territory))?['’]s\s+(?:[\w-]+\s+)?townships\b/;
/** "voting was held in all of them", "polls took place": the vote went ahead. */
export const HELD = /\b(?:voting|polling|polls|the vote|elections?)\s+(?:was|were)\s+held\b|\b(?:voting|polling|polls|the vote)\s+took\s+place\b/i;
/** Words that make a sentence's count of townships one left out ("will not hold voting in … seven of Mon State's 10 townships"). */
export const NEGATED = /\b(?:not|no|none|excluded|cancell?ed|postponed|left out)\b/i;
export const ELECTION_WORD = /\b(?:elections?|electoral|polls?|polling|vote[sd]?|voting|voters?|ballots?|constituenc(?:y|ies)|phases?|village tracts?)\b/i;
/** "a house in Ward 4 of Myingyan": an address before the township, not a count of wards. */
export const ADDRESS_BEFORE = /\b[Ww]ard\s+(?:No\.?\s*)?\d+\s+(?:of|in)\s+$/;
/** A schedule's list line, "- Phase 1, December 28: Dawei, Myeik and Kawthoung townships", "Third phase (25 January) –
 * …": the townships after the label vote in that phase. */
export const PHASE_LINE = /^\s*(?:[-•*–]\s*)?(?:phase\s+(?:\d|one|two|three|four|five)|(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+phase)(?:\s*[,(]\s*[^:;]{3,30}?\)?)?\s*[:–—]\s/i;
/** A list line of townships left out, "- Not scheduled: Kyunsu Township", "No voting: …". */
export const OUT_LINE = /^\s*(?:[-•*–]\s*)?(?:not\s+scheduled|no\s+(?:voting|polling|polls|vote)(?:\s+(?:scheduled|planned))?|excluded|left\s+out|cancell?ed|postponed)\s*[:–—]\s/i;
/** "… completing voting in the region except in Kyunsu": the townships after it are left out. */
export const EXCEPT_BEFORE = /\bexcept(?:\s+(?:in|for))?\s+$/i;
