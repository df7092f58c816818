// Cue words for attribution: speech verbs, distancing (hedge) cues, unnamed sources. Data only.
import { NO_POLLING, PARTS } from '../elections/no-polling.js';

// Plural-noun look-alikes ("media reports", "the claims") are left out on purpose.
// "Activists allege that …": the plural present of the hedging verb (not "claim", mostly a noun).
// "affirmed that", "residents report that": only before their clause ("maintained control", "the report").
// "replied that", "countered that", "admitted that": an answer at a briefing is reported speech too (not "admitted to hospital").
// "stressed that", "noted that", "reiterated that", "vowed that": so is any verb of saying before its clause.
// "The TNLA claims to have seized …", "the AA claims its troops …": the present of "claimed", but not the noun ("the army's claims that …", "went public with claims that …").
export const SPEECH_VERBS = 'said|says|say|told|added|acknowledged|denied|denies|claimed|alleged|alleges|allege|insisted|warned|explained|stated|reported|announced|announces|confirmed|(?:affirmed|affirms|asserted|asserts|maintained|maintains|insist|insists|contend|contends|contended|report|estimated|estimates|estimate|suggested|suggests|suggest|replied|responded|countered|argued|admitted|conceded|recalled|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|noted|reiterated|underlined|cautioned|revealed|disclosed|predicted|complained|vowed|pledged)(?=\\s+that\\b)|(?<!\\b(?:the|these|those|its|their|his|her|such|of|and|any|all|new|earlier|rival|with|about|over|to|by|for|on|against|despite|amid|deny|denied|reject|rejected)\\s|[\\x27\\u2019]s\\s)claims(?=\\s+(?:that|to\\s+have|to\\s+be|its|it|their|they|he|she)\\b)';

/** Verbs that charge or characterise rather than report ("State television blamed protesters for
 * the fires", "residents described Sake as split", "the police put the number of abducted at 17", "the election subcommission put turnout at 61 percent", "put the civilian toll at three", "put turnout in the six townships at 61 percent", "has documented dozens of strikes", "a local source reports four dead", "civil society counts at least 23 civilians killed"): the claim is the whole clause, subject and
 * verb included. "Police attributed the attack to the X front" charges too. A party's rebuttal is its claim the same way:
 * "The KIA dismissed the report as propaganda", "rejected the accusation", "refuted claims that …", "called reports … baseless". Read only where no speech verb reports the sentence. */
export const CHARGE_VERBS = /\b(?:blamed|blames|linked(?=\s+(?!to\b)[^.;,]{1,80}?\s+to\s)|(?:attributed|attributes)(?=\s+(?:the|this|these|those|its|their|an?)\s+[^.;,]{1,50}?\s+to\s)|described|describes|accused|accuses|puts?(?=\s+(?:the|its|their)\s+(?:(?:death|casualty|civilian|military|official|overall|final|latest|own)\s+){0,2}(?:toll|number|figure|count|total)\b|\s+(?:the\s+)?(?:voter\s+)?turnout\s+(?:(?:in|across|for|at)\s+[^.;,]{1,60}?\s+)?at\b)|(?:gave|gives|cited|cites|circulated|circulates|published|publishes|released|issued)(?=\s+(?:a|an|the)\s+(?:higher|lower|different|smaller|larger|separate|much\s+higher|much\s+lower)?\s*(?:death\s+|casualty\s+)?(?:toll|figure|count|number)\s+of\s+(?:at\s+least\s+|about\s+|more\s+than\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens))|(?:dismissed|dismisses|rejected|rejects|refuted|refutes)(?=\s+(?:(?:the|these|those|this|its|their|all|any|such)\s+)?(?:[\w'’-]+\s+){0,2}?(?:claims?|reports?|allegations?|accusations?|charges?|accounts?|figures?|tolls?|videos?|photos?|images?|footage)\b)|dismissed(?=\s+[^.;]{1,60}?\s+as\s)|called(?=\s+(?:[\w'’-]+\s+){1,8}?(?:baseless|false|groundless|untrue|fabricated|a\s+fabrication|propaganda|lies|a\s+lie|fake)\b)|(?:documented|recorded)(?=\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|some\s+)?(?:\d[\d,]*|dozens|hundreds|scores|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s)|(?:counts?|reports?|speaks\s+(?:instead\s+)?of)(?=\s+(?:at\s+least\s+|more\s+than\s+|some\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens)\s+(?:[\w-]+\s+){0,2}?(?:dead|killed|deaths|wounded|injured)\b))\b/g;

/** Distancing cues: the text does not vouch for the statement. (A deed "claimed by" a group or
 * "which no group has claimed": a claim of the deed, no distance from the words.) "said"/"reported" are neutral;
 * "X is said to hold …" is not; nor is "they suspect …" or "… but offered no evidence". */
export const HEDGE_CUES = /\b(?:(?<!\bno\s+(?:group|one|organi[sz]ation|faction|side)\s+(?:has|had|have)\s+(?:yet\s+)?)claim(?:ed|s|ing)?\b(?!\s+by\b)|alleg(?:e|ed|edly|es|ing|ation)|reportedly|(?:is|are|was|were) said to|purportedly|supposedly|unconfirmed|unverified|could not (?:be )?(?:independently |immediately )?(?:be )?(?:independently )?(?:verif|confirm)|(?:not |im)possible to (?:independently )?(?:verif|confirm)|no independent (?:confirmation|verification)|not able to (?:independently )?(?:verif|confirm)|cannot (?:be )?(?:independently )?(?:verif|confirm)|has not been (?:independently )?verified|not (?:be )?independently verified|(?:has|have) not been able to (?:independently )?(?:verif|confirm)|(?:was|were) unable to (?:independently )?(?:verif|confirm)|\b(?:they|we|I|he|she)\s+suspect(?:s|ed)?\b|suspected to (?:be|have)|(?:offered|provided|gave|presented) no evidence|without (?:offering|providing|giving|presenting) (?:any )?evidence)/i;
/** Every HEDGE_CUES match holds one of these words: a plain alternation, which V8 scans several
 * times faster than HEDGE_CUES (whose \b and alternation it tries at every position), rules most texts out. */
export const HEDGE_WORDS = /claim|alleg|reportedly|said to|purportedly|supposedly|verif|confirm|suspect|evidence/i;
export const hedges = (s: string): boolean => HEDGE_WORDS.test(s) && HEDGE_CUES.test(s);
/** Every DOUBT_SENTENCE match holds one of these words: a literal scan (cheap) decides whether the
 * pattern (costly at each word) can match at all. */
export const DOUBT_WORDS = /verif|confirm|check/i;

/** A sentence that casts doubt on what came before it ("The Courier could not verify the toll"). */
// Also the other ways a newsroom says it could not check: "could not immediately confirm", "was not able to verify",
// "It was not possible to independently verify the figure", "Independent confirmation was not possible",
// "There was no independent verification", "no way to confirm", "The toll remains unverified".
// "was not able to reach the clinic to confirm her death", "have not been able to reach anyone there to confirm the details", "were unable to contact officials to verify the report":
// the errand before the check does not lift the doubt. "…, a figure the regime has not confirmed", "The toll has not
// been verified": a figure a party or nobody has confirmed (not "the army has not commented").
export const DOUBT_SENTENCE = /\b(?:could not|cannot|was unable to|were unable to|(?:has|have|had) not (?:yet )?been able to) (?:be )?(?:independently )?(?:verify|verified|confirm|confirmed|check|checked)\b|\b(?:was|were|has been|have been|(?:has|have|had) not been) (?:not able|unable|able) to (?:[\w'’-]+ ){1,6}?to (?:independently )?(?:verify|confirm|check)\b|\b(?:a|the|which|that) (?:figures?|claims?|tolls?|numbers?|accounts?)(?: that| which)? (?:[\w'’-]+ ){1,4}?(?:has|have|had) not (?:yet )?(?:independently )?(?:verified|confirmed)\b|\b(?:has|have|had) not (?:yet )?been (?:independently )?(?:verified|confirmed)\b|\bcould not be (?:independently )?(?:verified|confirmed|checked)\b|^\s*(?:Neither|None)\b[^.]*\b(?:could|can) be (?:independently )?(?:verified|confirmed|checked)\b|\b(?:could not|cannot|could not yet|was unable to|were unable to) immediately (?:be )?(?:independently )?(?:verify|verified|confirm|confirmed)\b|\b(?:was|were|is|are|has been|have been) not able to (?:independently )?(?:verify|confirm)\b|\b(?:not |im)possible to (?:independently )?(?:verify|confirm)\b|\bno (?:way|means) to (?:independently )?(?:verify|confirm)\b|\bindependent (?:confirmation|verification) (?:was|is|were|has been) (?:not (?:possible|available)|impossible|unavailable)\b|\bno independent (?:confirmation|verification)\b|\b(?:remains?|remained|is|are|was|were) (?:still )?unverified\b/i;

/** Head nouns of unnamed sources: "residents", "a local aid worker", "a women's rights network
 * working in the area", "junta-controlled media", "a security source and a local official",
 * "the junta-run Myawady daily", "aid agencies". */
export const SOURCE_HEADS = 'leaders?|shopkeepers?|traders?|owners?|brokers?|businessm[ae]n|merchants?|vendors?|fisherm[ae]n|farmers?|drivers?|nurses?|health workers?|task force|chiefs?|administrators?|(?:village|ward|camp|tract|school|clinic|hospital)\\s+heads?|guards?|miners?|students?|parents?|mothers?|fathers?|neighbou?rs?|villagers?|residents?|locals|villagers?|relatives?|family members|famil(?:y|ies)|witness(?:es)?|eyewitness(?:es)?|sources?|friends?|administration|civil society|officials?|workers?|volunteers?|groups?|networks?|committee|monitors?|activists?|doctors?|medics?|organi[sz]ers?|people|media|newspapers?|dail(?:y|ies)|(?:television|TV|radio)(?: stations?| channels?)?|outlets?|authorities|observers|analysts|elders?|survivors?|passengers?|members?|channels?|teachers?|monks?|staff|lawyer|spokes(?:man|woman|person)|officers?|labou?rers?|porters?|pastors?|priests?|imams?|clerics?|nuns?|midwi(?:fe|ves)|schoolteachers?|refugees?|evacuees?|patients?|fighters?|combatants?|defectors?|deserters?|commanders?|co-workers|colleagues|(?:rescue|relief|medical|search|aid|health|volunteer|charity) teams?|sub-?commissions?|police|government|ministry|council|office|agenc(?:y|ies)|unions?|rescuers?';

/** Documents that stand before their author in "according to a tally kept by X", "the list published in junta-controlled newspapers". */
export const DOCUMENTS = /^(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}(?:tally|report|statement|list|figures|count|post|notification|announcement|data|estimate|communiqu[eé])\s+(?:[\w'’-]+\s+){0,2}?(?:by|from|of|in)\s+/i;

// (Nouns that refer back to the last organisation named: state-words.ts, with the pack's names of the state's forces.)

/** Head nouns that name back only an armed group ("The column denied any involvement"), or only an outlet ("The paper claimed …"). */
export const GROUP_BACK_HEADS = /^(?:column|faction|paramilitary)$/;
export const OUTLET_BACK_HEADS = /^(?:paper|newspaper)$/;

/** "The council said": a body's head noun that names back the last organisation so named
 * ("Chinland Council"); not "the government" or "the army", which mostly mean the state. */
export const NAMED_BACK_HEADS = /^the\s+(council|committee|commission|alliance|front|coalition|movement|union|federation|party)$/i;

// (Sources whose claims speak for the state's armed forces: state-words.ts.)

/** An election body announcing where and when voting happens (the elections layer's facts). */
export const ELECTION_SCHEDULE = /\b(?:will|would)\s+(?:not\s+)?(?:take place|be held|hold|include|have polling)\b|\bplans?\s+to\s+(?:announce|release|publish)\b|\b(?:will|would)\s+vote\b|\bscheduled\b|\bpolling stations?\b|\bphase\b[^.]*\b(?:townships?|village tracts?|wards?)\b|\b(?:village tracts?|wards?)\b[^.]*\b(?:no|not|left out|excluded)\b|\b(?:excluded|left-out)\s+(?:village tracts?|wards?)\b/i;

/** An election body's tally of seats won ("the USDP won every contested seat in …"): the official
 * record the story reports, not a contested claim (turnout, places left out are claims). */
export const ELECTION_RESULT = /\bwon\b[^.;]{0,120}\bseats?\b/i;

/** An election list or notice named before the source ("according to the list published in …"): its schedule is the election body's. */
export const ELECTION_LIST = /\b(?:list|notification|announcement|schedule)\b[^,;]{0,30}$/i;

/** A schedule that leaves a place out ("no polling would be held there"): the elections layer's
 * fact and also the election body's claim (elections/no-polling.ts); not when parts are counted after it. */
export const ELECTION_LEFT_OUT = new RegExp(`${NO_POLLING.source}(?![^.]*${PARTS.source})`, 'i');

/** A doubt that covers several claims: "Neither account …", "Neither side's figures …", "None of the
 * tolls …", "… could not verify either side's figures", "The claims could not be verified". */
export const BOTH_DOUBTED = /^\s*(?:Neither|None of|Both)\b|\beither (?:(?:death|casualty) )?(?:side|party|account|claim|figure|toll)s?\b|\bboth (?:sides|parties|accounts|claims|figures|tolls)\b|^\s*(?:The|These|Such|All) (?:claims|accounts|figures|tolls|reports)\b/i;

/** A doubt about numbers ("either side's figures", "the tolls"): it covers only claims that give one. */
export const FIGURE_DOUBT = /\b(?:figures?|tolls?|numbers?|counts?|casualty claims)\b/i;

/** Adverbs that carry an earlier claim into a new sentence ("The deal also reportedly includes"). */
export const CONTINUE_CUES = /\b(?:reportedly|allegedly|purportedly|supposedly)\b/i;

/** "X, citing residents of nearby villages, reported that …": the outlet speaks, not those it cites. */
export const CITING = /,\s*(?:citing|quoting)\b[^,;"“”]{1,80},\s*$/i;

/** A speech verb in the passive ("the names were announced over a loudspeaker") reports nothing. */
export const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be)\s+$/i;

/** A sentence-opening adverbial of time or transition before a claim told at the sentence's start
 * ("Two days later, on Tuesday, …", "Meanwhile in Taungoo, …"): not part of what the source asserts. */
export const LEADING_ADVERBIAL = /^(?:(?:on|early on|late on|in the early hours of|by|last|this|earlier|later|the (?:next|following|previous) (?:day|morning|night|week)|(?:a|one|two|three|four|five|six|several) (?:days?|weeks?|hours?|nights?) (?:later|earlier|before|after(?: that)?)|a day (?:later|earlier)|hours later|meanwhile|elsewhere|separately|further (?:north|south|east|west)|in neighbouring|published|released|issued|posted|broadcast)\b[^,;"“”]{0,45},\s+)+(?=[\p{L}\d"“])/iu;

/** The outlet's aside after a claimed figure ("…, killing 12 soldiers, a figure the military
 * rejected"): the source did not say it. A doubt in it still hedges the claim (index.ts). */
export const TRAILING_ASIDE = /,\s*(?:a|an)\s+(?:figure|number|toll|claim|count|total|tally|estimate|accusation|allegation|charge)\b[^,;"“”]{0,80}$|,\s*(?:but|and)\s+(?:asked|requested|declined|spoke)\b[^,;"“”]{0,40}\b(?:named|identified|anonymity)\b[^,;"“”]{0,40}$/i;

/** "denied the allegation, saying …": the statement is the participle's clause, not the noun. */
export const REFUTED_NOUN = /^\s+(?:the|these|those|this|that|such)\s+(?:allegations?|claims?|reports?|accusations?|charges?)\s*,\s*(?=(?:saying|adding|telling)\b)/i;
/** The same refusal told before the participle: its noun is no hedge on what the participle reports. */
export const REFUTED = /\b(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted)\s+(?:the|these|those|this|that|such)\s+(?:allegations?|claims?|reports?|accusations?|charges?)\s*,\s*$/i;

/** A second clause the same source asserts: "it said the vote was a sham and claimed that …",
 * "it said it had lost 17 fighters, and it claimed to have taken …"; "reported that the air force had struck a camp
 * and claimed around 30 fighters were killed", "said it had withdrawn, adding that it would keep its other towns". */
export const SECOND_CLAUSE = /,?\s+and\s+(?:(?:it|they|he|she)\s+)?(?:also\s+)?(?:(?:said|claimed|alleged|added|insisted|warned|stated)\s+that\s+|claimed\s+(?=to\s))|,\s+and\s+(?:(?:it|they|he|she)\s+)?(?:also\s+)?(?:said|claimed|alleged|added|insisted|stated)\s+(?=(?:the|a|an|its|their|his|her|it|they|he|she)\s)|\s+and\s+(?:(?:it|they|he|she)\s+)?(?:also\s+)?claimed\s+(?!(?:the\s+|their\s+|its\s+)?(?:lives?|responsibility|credit|victory|ownership)\b|(?:it|them)\s+as\b)(?=(?:around|about|some|nearly|over|up\s+to|at\s+least|more\s+than|\d[\d,]*|the|a|an|its|their|his|her|it|they|he|she)\s)|,\s+adding\s+(?:that\s+)?(?=(?:the|a|an|its|their|his|her|it|they|he|she|there|no|some|about|around|at|more|over|\d|\p{Lu})[\p{L}\d]*\s)/u;

/** The outlet's aside after "…, the PDF said": ", in a claim the Times could not verify". */
export const ASIDE_AFTER_VERB = /^\s*,\s*(?:in\s+)?(?:a|an)\s+(?:claim|statement|figure|account|assertion)\b[^"“”]*$/;

/** People still missing ("searching for four people believed to be buried"): no toll. */
export const MISSING = /\b(?:believed|feared|thought) to be (?:buried|trapped)\b|\bsearching for\b/i;

/** What asserts no fact about the conflict, though reported: the source's own ignorance ("they
 * had not been told where the men were taken", "she did not know who fired") and a clause cut off
 * before its verb ("its leaders say they have no plans to."). Not a claim. */
export const ASSERTS_NOTHING = /^(?:they|he|she|we|it|the families|relatives)\s+(?:(?:had|have|has)\s+not\s+been\s+(?:told|informed)|(?:did|do|does)\s+not\s+know|(?:had|have|has)\s+(?:no|not\s+received\s+any)\s+(?:information|news|word))\b|\bto$/i;
/** How every ASSERTS_NOTHING match that does not end on "to" opens. */
export const ASSERTS_OPENER = /^(?:they|he|she|we|it|the families|relatives)\s/i;
