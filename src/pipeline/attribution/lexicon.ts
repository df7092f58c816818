// Cue words for attribution: speech verbs, distancing (hedge) cues, unnamed sources. Data only.

export const SPEECH_VERBS = 'said|says|told|tells|added|adds|acknowledged|denied|denies|claimed|claims|alleged|alleges|insisted|warned|explained|stated|reported|reports|announced|announces|confirmed|rejected|accused|estimated|believed|vowed';

/** Distancing cues: the text does not vouch for the statement. "said"/"reported" are neutral. */
export const HEDGE_CUES = /\b(?:claim(?:ed|s|ing)?|alleg(?:ed|edly|es|ing|ation)|reportedly|purportedly|supposedly|unconfirmed|unverified|could not (?:be )?(?:independently )?(?:verif|confirm)|cannot (?:be )?(?:independently )?(?:verif|confirm)|has not been (?:independently )?verified|not (?:be )?independently verified)/i;

/** A sentence that casts doubt on what came before it ("The Courier could not verify the toll"). */
export const DOUBT_SENTENCE = /\b(?:could not|cannot|was unable to|were unable to|has not been able to) (?:be )?(?:independently )?(?:verify|verified|confirm|confirmed)\b|\bcould not be (?:independently )?(?:verified|confirmed)\b/i;

/** Unnamed sources that make claims: "residents said", "according to relatives". */
export const UNNAMED_SOURCES = [
  'residents', 'local residents', 'villagers', 'relatives', 'families', 'witnesses', 'eyewitnesses', 'sources',
  'local sources', 'aid workers', 'local aid workers', 'aid groups', 'local aid groups', 'volunteers', 'camp volunteers',
  'relief volunteer', 'relief workers', 'rescue workers', 'medics', 'doctors', 'officials', 'local officials',
  'junta-controlled media', 'junta-controlled newspapers', 'junta-controlled dailies', 'state media', 'state-run media',
  'state-run newspapers', 'state television', 'state TV', 'junta media', 'military sources', 'resistance sources',
  'activists', 'monitors', 'analysts', 'organisers', 'organizers', 'organiser', 'organizer', 'resident', 'volunteer',
  'a relief volunteer', 'camp residents', 'displaced people', 'the organiser', 'one resident', 'a resident',
];

/** Nouns that refer back to the last organisation named ("the group said"). */
export const ANAPHORIC_ORGS = /^(?:the|its)\s+(group|alliance|organi[sz]ation|brigade|council|commission|army|movement|front|party|force|battalion|coalition|government|ministry|junta|regime|military)\b/i;

/** Sources whose claims speak for the state's armed forces. */
export const STATE_MEDIA = /^(?:junta-controlled|state-run|state|junta|military-run|regime)\b/i;

/** Adverbs that carry an earlier claim into a new sentence ("The deal also reportedly includes"). */
export const CONTINUE_CUES = /\b(?:reportedly|allegedly|purportedly|supposedly)\b/i;
