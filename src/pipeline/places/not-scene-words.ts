// The words around a place that say it is no scene of the story's events: an origin ("Laiza-based",
// "from Vijaynagar", "fired from the junta camp in X"), a destination of flight ("fled into
// Thailand"), where a source or speaker works ("a volunteer in X told"), whose institution or
// people it names ("Katsina police", "the Myanmar embassy"). not-scene.ts applies them.
import { FOLDS_TO_ASCII, endsWithWord, endsWithWordHolding, gatedBy } from '../lexicon/gates.js';

export const ADJECTIVAL = /^-(?:based|born|backed|brokered|led|made|registered|headquartered|bound|owned|run|funded|controlled)\b/i;
// ("withdrew from Kyaukme": the place left is where the withdrawal happened, no origin.)
// ("nine men from Kin Taung village were taken away": where people taken or held live is where it happened to them.)
// ("a drone launched from the military's base at Kalay dropped bombs on …": the base it came from, not the target.)
const ORIGIN = /\b(?:(?<!\b(?:withdr[eo]wn?|pulled out|retreated)\s|\b(?:men|women|villagers|youths|boys|girls|farmers|residents)\s)from|(?:headquartered|based|stationed)\s+(?:in|at))\s+(?:the\s+)?(?:(?:town|city|village|township)\s+of\s+)?$/i;
const FROM_BASE = /\bfrom\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:air\s?base|base|airport|airfield|camp|garrison|headquarters|barracks|outpost)\s+(?:in|at)\s+(?:the\s+)?(?:(?:town|city|village|township)\s+of\s+)?$/i;
// ("as the column withdrew south towards Chauk": where a withdrawal heads is no scene either.)
// ("displaced people marched in Laiza": "displaced" describing people is no flight to the place; nor is
// "a strike on a monastery sheltering displaced families in Myaing", a site that shelters them.)
const FLIGHT = /\b(?:fled|flee|flees|fleeing|escaped|escaping|crossed|crossing|sheltered|(?<!\b(?:monaster(?:y|ies)|schools?|church(?:es)?|camps?|compounds?|halls?|buildings?|temples?|mosques?|clinics?|hospitals?)\s)sheltering|refuge|evacuated|relocated|displaced(?!\s+(?:people|persons|families|residents|villagers|civilians|communities|children|women|men)\b)|moved|(?:withdr[eo]w|withdrawing|retreated|retreating|headed|heading)(?=[^.;!?]{0,30}\btowards?\b))\b[^.;!?]{0,60}\b(?:to|into|in|across|toward|towards)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?$/iu;
/** FLIGHT's verbs alone (or their stems), without the u flag or \b (many times faster): every FLIGHT
 * match holds one. Under /iu only "ſ" and the Kelvin sign fold to ASCII letters, so without them both read the same. */
const FLIGHT_VERB = /fle[de]|escap|cross|shelter|refuge|evacuated|relocated|displaced|moved|withdr|retreat|head/i;
const flight = gatedBy((before) => FLIGHT_VERB.test(before) || FOLDS_TO_ASCII.test(before), FLIGHT);
/** "struck a column fleeing towards the border" on Saturday morning in the Abala area": the flight's
 * own goal is named, then a time phrase; the place after it is where the event was. */
const GOAL_THEN_TIME = /\b(?:to|into|towards?|across)\s+(?:the\s+)?[\p{L}'’-]+["”’]?\s+(?:on|early|late|last|this)\s+[^.;!?]{0,30}\b(?:in|at)\s+(?:the\s+)?$/iu;
export const isFlight = (before: string): boolean => flight(before) && !GOAL_THEN_TIME.test(before);
// "a relief volunteer in Ngathaingchaung told the Courier": where the source is, not the event.
const SOURCE_BEFORE = /\b(?:volunteers?|(?:aid|relief|health) workers?|officials?|sources?|analysts?|journalists?|reporters?|correspondents?|spokes(?:man|woman|person)|observers?|doctors?|teachers?|monks?|activists?)\s+(?:based\s+)?(?:in|at|from)\s+(?:the\s+)?$/i;
// "a rare-earth broker in Myitkyina said", "a trader in Muse told": someone whose trade is told
// with where they work, to say who speaks (residents and villagers of a place are often its
// witnesses, left out); the speech verb must follow at once ("a resident in Hpakant was killed, police said" is a scene).
const PERSON_BEFORE = /\b(?:brokers?|traders?|merchants?|businessm[ae]n|business(?:wom[ae]n| owners?)|dealers?|lawyers?|researchers?|academics?|economists?|experts?|diplomats?)\s+(?:based\s+)?(?:in|at|from)\s+(?:the\s+)?$/i;
export const SAID_NEXT = /^(?:\s+(?:town|township|city|village))?(?:,[^,.;]{1,50},)?\s+(?:said|says|told|added|explained)\b/i;
/** FLIGHT's plain flight verbs alone ("fled to", "fleeing toward"). */
const FLED = /\b(?:fled|flee|flees|fleeing|escaped|escaping|evacuated|(?:sought|took|taking|seeking) refuge)\b[^.;!?]{0,60}\b(?:to|into|toward|towards)\s+(?:the\s+)?(?:(?:towns?|city|cities|villages?)\s+of\s+)?$/i;
export const fledTo = gatedBy((before) => /fle[de]|escap|evacuated|refuge/i.test(before), FLED);
export const LIST_JOIN = /^(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)$/;
export const SOURCE_AFTER = /^[^.;!?]{0,60}\b(?:told|said|says|reported|added|explained)\b/i;
// "outside the Myanmar embassy in Bangkok", "Myanmar migrant workers": a country's name before its
// mission or its people abroad says whose they are, not where things happened.
// "Katsina police spokesman Ibrahim Shehu said", "the Kaduna state government said",  "Gaza health officials said": a place naming
// whose institution speaks or acts, not where things happened (unless a locative puts it there:
// "at the Katsina police station", "in Kaduna state government offices").
export const INSTITUTION_AFTER = /^\s+(?:(?:state|regional|provincial|local|city)\s+)?(?:police|governor|government|commissioner|authorities|health\s+(?:officials|ministry|authorities)|officials(?=\s+(?:said|say|says|told))|civil\s+defen[cs]e)\b(?!\s+(?:stations?|posts?|headquarters|offices?|compounds?|buildings?|house|premises)\b)/i;
export const NATIONALS_AFTER = /^\s+(?:embassy|consulate|mission|migrants?|migrant workers|workers|nationals|citizens|refugees|exiles|diaspora|communit(?:y|ies))\b/i;

// The patterns above that end the text before a place can only end in these words (and the
// space after them), and need one of the next words somewhere: read first, they spare running the
// patterns at every position (endsWithWordHolding, lexicon/gates.ts).
const THE_TOWN_OF = ['the', 'of'];
/** A route's first end, told with its far end named after it ("a bus travelling from Segou to San",
 * "the road from Kayes to Nioro"): no origin, the route is coded there (relative.ts). Not "a road
 * from Vijaynagar to the mines": the far end must be a name. */
const ROUTE_FROM = /\b(?:road|highway|route|railway|travell?ing|heading|driving|going|bound|plying)\s+from\s+(?:the\s+)?$/i;
const TO_NAME = /^\s+(?:to|and)\s+(?:the\s+(?:[a-z]+\s+)?(?:town|city|village)\s+of\s+)?\p{Lu}/u;
export const routeStart = (before: string, after: string): boolean => before.endsWith('from ') && ROUTE_FROM.test(before) && TO_NAME.test(after);
export const origin = endsWithWordHolding(['from', 'in', 'at', ...THE_TOWN_OF], /from|based|stationed|headquartered/i, ORIGIN);
export const sourceBefore = endsWithWord(['in', 'at', 'from', 'the'], SOURCE_BEFORE);
export const personBefore = endsWithWord(['in', 'at', 'from', 'the'], PERSON_BEFORE);
/** (The cheap word first: most text before a place holds no "from".) */
export const baseBefore = (before: string): boolean => before.includes('from') && FROM_BASE.test(before);

/** "according to the NUG's Myingyan District administration", "the Kyaikto district administration
 * blamed …": a district's or township's administration that reports is no scene (but "dissolved its
 * Kutkai district administration" is: it is acted on there). */
// (The mention may hold its unit word: "Pakokku District" + " administration". Not a town's own
// council, "according to the Shinkafi council chairman": the unit word is needed.)
const ADMIN_AFTER = /^\s+(?:district|township)\s+(?:administration|administrators?|council)\b/i;
const ADMIN_ALONE = /^\s+(?:administration|administrators?|council)\b/i;
const UNIT_END = /\b(?:district|township)$/i;
const ADMIN_SPEAKS = /^[^.;!?]{0,40}?\b(?:administration|administrators?|council)\s+(?:(?:also|later|then)\s+)?(?:said|says|told|reported|blamed|accused|announced|claimed|stated)\b/i;
const ACCORDING_TO = /\baccording\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}$/i;
export const adminSource = (surface: string, before: string, after: string): boolean => (ADMIN_AFTER.test(after) || (UNIT_END.test(surface) && ADMIN_ALONE.test(after))) && (ADMIN_SPEAKS.test(after) || ACCORDING_TO.test(before));
