// The wordings around a speech verb that the statements finder reads: who speaks next after a
// semicolon or "while", whom something was told, when and how it was said, what a denial denies,
// and the tails of a sentence that are the outlet's context rather than the source's words.
// (Constants: a regex literal is a new object at each evaluation, and these run for every speech verb.)

/** A semicolon, then another source's speech verb ("; a Chin Front spokesman said", "; the RSO acknowledged …", "; his family insisted …"). */
/** Or a contrast with another source's words: ", while the TNLA said …", ", whereas police said …", ", and the front claimed …". */
/** Or a bare plural source after the semicolon ("; government-affiliated media claimed …", "; rescue workers reported …", "; regime media blamed …"). */
export const NEXT_SPEAKER = /;\s+(?:an?|the|his|her|its|their)\s+[^;.,"“”]{2,60}?\s+(?:said|says|told|claimed|added|acknowledged|admitted|denied|denies|insisted|confirmed|reported|announced|alleged|countered|maintained|blamed|accused)\b|;\s+(?:[\p{Ll}-]+\s+){0,3}?(?:media|sources|residents|villagers|officials|workers|volunteers|groups|outlets|newspapers|monitors|activists|witnesses|authorities)\s+(?:said|say|says|told|claimed|claim|reported|added|blamed|accused|denied)\b|,\s+(?:while|whereas)\s+[^;.,"“”]{2,60}?\s+(?:said|says|told|claimed|added|insisted|reported)\b|,\s+(?:and|but)\s+(?:an?|the)\s+(?![^;.,"“”]*\b(?:who|that|which)\b)[^;.,"“”]{2,60}?\s+(?:said|says|claimed)\b/iu;
/** The subject of a contrasting clause before its verb (", while the TNLA said"): the clause is told with it, as "with the TNLA saying" is. */
export const WHILE_SUBJECT = /,\s+(?:while|whereas)\s+([^;.,"“”]{2,60}?)\s+$/i;
/** (First: a named country's or outlet's medium, "told Ukrainian television", "told the Thai broadcaster Thai PBS", "told Russian state media".) */
export const TOLD_OBJECT = /^\s+(?:(?:the\s+)?(?:[\p{Lu}][\p{L}-]+\s+){1,2}(?:[\p{Ll}-]+\s+)?(?:television|TV|radio|media|broadcaster|newspaper|daily|channel|news\s+agency|reporters|journalists|officials|outlets?)(?:\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|On|In|At|Last|This)\b)[\p{Lu}][\p{L}]+){0,2}|(?:the\s+)?[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+){0,3}(?:\s+(?:service|programme|program|channel|desk|bureau|newspaper|television|radio|reporters?|correspondents?))?|the\s+[\p{L}]+|(?:[\p{Ll}-]+\s+){0,2}(?:workers|officials|reporters|journalists|residents|villagers|investigators|researchers|monitors|relatives|television|radio|media|newspapers?|outlets?)|him|her|them|us)(?=\s)/u;
// "said on Monday that", "said in a statement released through its media arm that". Not "said
// at least 20 soldiers were killed and that …": "at least" opens a count, and a phrase with a
// finite verb is the statement itself, not when or how it was made.
export const WHEN_THAT = /^\s+(?:(?:on|late on|early on|in|at(?!\s+(?:least|most)\b)|last|this|earlier|later|through|via|after|during)\s+(?!(?:(?!\bthat\b)[^.;"“”]){0,90}?\b(?:was|were|is|are|had|has|have)\s)[^.;"“”]{1,90}?\s+(?=that\b))?(?:that\s+)?/u;

export const AS_BEFORE = /\bas\s$/;
export const GROUP_NOUN = /^(?:the\s+)?(?:group|alliance|organi[sz]ation|brigade|movement|front)$/i;
export const PARTICIPLES = new Set(['reporting', 'saying', 'claiming', 'alleging', 'adding', 'telling']);
export const WHO_BEFORE = /\bwho\s+(?:also\s+)?$/i;
export const NOTHING_AFTER = /^\s*[.,]?\s*$/;
export const PARTICIPLE_AFTER = /^\s*,\s*[a-z]+ing\b/;
export const THAT = /\bthat\b/;
/** "…, X told Reuters." / "… told reporters.": only whom the verb was told follows it. */
/** "… told this newspaper." / "… told our correspondent by phone.": the outlet itself, named by a common noun. */
/** "… told INA today." / "… told reporters at the scene." / "… told Reuters in Mogadishu.": when, where or how it was told may
 * follow, but not a clause ("told the Daily on Tuesday that …" reports what follows "that"). */
export const TOLD_WHOM_ONLY = /^\s+(?:the\s+)?[\p{Lu}][\p{L}'’]*(?:\s+[\p{Lu}][\p{L}'’]*){0,3}(?:\s+(?:on|by|at|in|outside|after)\s+(?![^.]*\bthat\b)[\w' -]+|\s+(?:today|yesterday|on\s+\w+))?\.?$|^\s+(?:reporters|journalists|us)(?:\s+(?:on|by|at|in|outside|after)\s+(?![^.]*\bthat\b)[\w' -]{1,40})?\.?$|^\s+(?:this|our|the|a)\s+(?:newspaper|paper|publication|website|news\s+agency|agency|outlet|magazine|reporter|correspondent|journalist)(?:\s+(?:on|by|in)\s+[\w ]+)?\.?$/u;
/** Whom something was told, a comma after it ("told the Wire, leaving …", "told reporters, and later …"). */
export const TOLD_WHOM_COMMA = /^\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}|reporters|journalists|us|him|her|them|(?:this|our|the|a)\s+(?:newspaper|paper|reporter|correspondent|journalist))(?=,)/u;
/** "… told our correspondent, adding that …": whom it was told, then a participle's clause; the statement is the clause before. */
export const TOLD_WHOM_THEN_PARTICIPLE = /^\s+[^,;.:"“”]{1,40},\s*(?:adding|saying)\b/;
export const QUOTE_AFTER = /^\s*[:"“‘]/;
/** A short quoted phrase the sentence's verb follows: the quote is the subject of reported speech. */
export const PARTIAL_QUOTE_AFTER = /^\s*["“‘][^"”’.,;:]{1,50}["”’]\s+(?:had|have|has|was|were|is|are|would|will|could|did)\b/;
export const COLON_QUOTE_AFTER = /^[^.;:"“”]{0,60}:\s*["“‘]/;
export const ONLY_COMMAS = /^[\s,]*$/;
export const THAT_AT_END = /\bthat\s*$/;
/** The words of the subject before the organisation's name a denial starts at: "the" and a place
 * or qualifier ("the Thayet People's Defence Force denied …"), opening the sentence or a clause. */
export const SUBJECT_LEAD = /(?:^\s*|,\s+|\band\s+)((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2})$/u;
/** What a denial denies when no clause follows: a deed ("denied targeting civilians"), "any role", "reports that …". */
/** A bare rebuttal: the other side's account named by a noun and nothing after it ("has denied the accusation.",
 * "rejected these accusations.", "denied this."). The story tells the party's own version next, if at all; the
 * denial alone asserts nothing an analyst codes. */
export const BARE_REBUTTAL = /^\s+(?:(?:the|these|those|this|that|such|its|their|all|any|all\s+the)\s+)?(?:[\w'’-]+\s+){0,2}?(?:allegations?|claims?|reports?|accusations?|charges?|accounts?|figures?|tolls?|videos?|photos?|images?|footage)\s*(?:[.;]\s*)?$|^\s+(?:this|it|them|that)\s*(?:[.;]\s*)?$/;
export const DENIED_DEED = /^\s+(?:[a-z]+ing\b|any\s+[a-z]+|reports?\s+(?:that|on|of)\b)/;
export const DENIED_THAT = /^\s+that\s/;
/** "denied the claim and said (that)": the rebutted noun, then the source's own words. */
export const DENIED_AND_SAID = /^\s*(?:the|these|those|this|that|such)\s+(?:allegations?|claims?|reports?|accusations?|charges?)\s+and\s+(?:said|says|insisted|added)\s+(?:that\s+)?/i;
/** '"' or '“' (a content span is never empty here: it is at least 12 long). */
export const opensQuote = (c: number): boolean => c === 34 || c === 0x201c;
export const CLAIMED_SAYING = /^\s+responsibility\b[^.;"“”]*,\s+saying\b/;
/** "…, residents said, weeks before the junta stages …": the outlet's context after the verb, not what was said. */
/** "…, three sources said, in the latest attack on …": the outlet's framing of the event in the series. */
export const CONTEXT_AFTER = /^\s*,\s+(?:(?:(?:weeks|days|hours|months|years|moments|shortly|just|only|a\s+(?:day|week|month))\s+)?(?:before|after|amid|despite)\s|(?:in\s+)?(?:the|what\s+(?:was|is))\s+(?:latest|newest|most\s+recent|(?:first|second|third|worst|deadliest|biggest|largest)\b))/;
export const RESPONSIBILITY = /^\s+responsibility\b/;
/** "no group claimed responsibility": nobody claimed anything. */
export const NO_ONE = /\b(?:no|nobody|none)\b/i;
/** A person's own first predicate, right after the name (or its apposition), that judges others' words or acts
 * ("dismissed the figure as", "called the vote", "rejected the report"): group 1 is the verb and what follows. */
export const PERSON_VERDICT = /^\s*(?:,[^,;"“”]{1,80},\s*)?((?:dismissed|rejected|called|denied|condemned|critici[sz]ed|described|defended|ridiculed|mocked|welcomed)\s[^;]*)$/;
export const AND_END = /\sand\s+(?:also\s+)?$/;
export const COMMA_END = /,\s*$/;
/** "X did not attack the town, the army said, and the road remained open": the clause before is the statement. */
export const AND_AFTER = /^\s*,\s+(?:and|but)\s+(?!(?:it|they|he|she|the\s+\w+)\s+(?:also\s+)?(?:said|added|claimed|says)\b)/;

/** "…, relatives said, while the army said …": a contrast with another source after the verb; the statement is the clause before. */
export const WHILE_AFTER = /^\s*,\s+(?:while|whereas)\s/;

/** "…, residents said, and took away nine men": the narration goes on with the same subject (a past verb, no subject of its
 * own), so the source reports the whole sentence. Not "and armed men …", "and unidentified gunmen …" (adjectives of a new subject); "and wounded three" is a verb. */
export const SAME_SUBJECT_GOES_ON = /^\s*,\s+and\s+(?:later\s+|then\s+|also\s+|again\s+)?(?!(?:armed|unidentified|masked|uniformed|unnamed|suspected|alleged|so-called|displaced|injured|wounded|detained)\s+(?!(?:a|an|the|his|her|its|their|at|about|more|some|several|dozens|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)\p{Ll})(?:\p{Ll}+ed|took|set|shot|left|went|stole|beat|drove|brought|led|fought|made|held|kept|threw|tore|broke|began|ran|blew|cut|put|sent|gave|hit|burnt|fled|seized|fired|forced)\b/u;

/** "…, he said by phone from Garbahaarey.": how the words were given, not what they say. */
export const BY_PHONE = /^\s*(?:by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone)(?:\s+from\s+[\p{L}' -]{1,30})?\s*\.?$/u;
/** ", but would …", ", and shops had until …": the source's reported speech goes on after it (a bare
 * modal, or a clause whose verb is backshifted as reported speech is), not the outlet's narrative. */
export const SPEECH_GOES_ON = /^\s*,\s+(?:and|but)\s+(?:(?:would|could|might|had)\s|[^,;.:"“”]{1,60}?\s(?:would|could|might|had)\s)/;

/** A source and its verb ending the sentence after a comma ("…, a labour activist said."). */
export const LATER_TAIL = /,\s+[^,;:"“”]{2,80}?\s+(?:said|says|told\s+[^,;:"“”]{1,40}?)\s*\.?\s*$/;
/** "…, the UEC announced earlier this month.", "…, residents said at the time.", "… reported on Dec. 16.": a time after the verb, not what it reports. */
export const TAIL_WHEN = /^\s*(?:(?:on|in|late on)\s+[\w ,]{1,25}|(?:on|in)\s+[A-Z][a-z]{2}\.\s+\d{1,2}|(?:earlier|later|last|this)\s+(?:this\s+)?(?:week|month|year|morning|evening)|yesterday|today|at the time)\.?$/;
/** "…,\" X said in a video message last month.": the medium (and time) the words were given in, not what they say. */
export const TAIL_MEDIUM = /^\s*,?\s*(?:in|on|at|during|via|through|over)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?(?:video|audio|message|statement|interview|post|speech|address|conference|briefing|broadcast|call|email|e-mail|letter|meeting|sermon|rally|livestream|podcast)s?(?:\s+(?:on|to|with)\s+[\w' ]{1,30}?)?(?:\s+(?:on\s+\w+|last\s+\w+|this\s+\w+|earlier\s+this\s+\w+|(?:earlier|later)(?:\s+on\s+\w+)?|yesterday|today))?\.?$/;
/** The tail verb before a participle ("… said, adding", "… told the Wire, saying"). */
export const SAID_THEN_COMMA = /^\s+(?:said|says|added|reported|announced|claimed|told\s+[^,.;"“”]{1,40}?)(?:\s+on\s+\w+)?\s*,\s*$/;
