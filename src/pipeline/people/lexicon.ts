// Titles and role nouns that mark a person in news text, in generic English; a pack adds its
// country's honorifics, titles and roles (core/pack.ts PackLexicon, joined in words.ts). Data, not logic.
import { oneWordNames, perPack } from '../../core/pack-lexicon.js';

/** Ranks and titles that stand before a name and are reported as the person's title. */
export const TITLES = [
  'Lieutenant General', 'Lt-Gen', 'Lt. Gen.', 'Lt Gen',
  'Major General', 'Maj-Gen', 'Maj. Gen.', 'Brigadier General', 'Brig-Gen', 'Brig. Gen.', 'General', 'Gen.',
  'Colonel', 'Col.', 'Lieutenant Colonel', 'Lt-Col', 'Lt. Col.', 'Major', 'Maj.', 'Captain', 'Capt.', 'Lieutenant', 'Lt.',
  'Sergeant', 'Corporal', 'Dr.', 'Dr', 'Professor', 'Prof.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.',
  'President', 'Acting President', 'Vice President', 'Prime Minister', 'Minister', 'Deputy Minister',
  'Chairman', 'Chairwoman', 'Chairperson', 'Secretary', 'Governor', 'Ambassador', 'Commander', 'Spokesman', 'Spokesperson',
  'Bishop', 'Father', 'Sister', 'Sheikh', 'Imam', 'Judge',
  // Hausa and West African Muslim honorifics, written before the name ("Alhaji Bala Mohammed").
  'Alhaji', 'Alhaja', 'Hajiya', 'Mallam', 'Malam',
  // Titles of general and foreign news ("Outgoing PM Miro Cerar", "Prosecutor Anthony Orchard").
  'PM', 'Premier', 'Chancellor', 'Prosecutor', 'Senator', 'Sen.', 'Congressman', 'Congresswoman', 'Mayor', 'Councillor', 'Cllr',
  'Admiral', 'Vice Admiral', 'Rear Admiral', 'Brigadier', 'Inspector', 'Superintendent', 'Pastor', 'Reverend', 'Rev.',
  'Attorney General', 'Speaker', 'Secretary-General', 'Secretary General', 'Director-General', 'Director General',
  'Vice-Chairman', 'Vice Chairman', 'Deputy Commander', 'Chief Justice', 'Spokeswoman',
  // Police and civil-service titles of South Asian news, several words long ("Inspector General of
  // Police K. Kabib", "Chief Minister N. Rao"): the whole title, not its first word, stands before the name.
  'Inspector General', 'Inspector-General', 'Inspector General of Police', 'Deputy Inspector General',
  'Deputy Inspector General of Police', 'Additional Director General', 'Director General of Police',
  'Superintendent of Police', 'Senior Superintendent of Police', 'Deputy Superintendent of Police',
  'Additional Superintendent of Police', 'Deputy Director General', 'Chief Minister', 'Deputy Chief Minister',
  'Police Commissioner', 'Deputy Commissioner',
  // Ranks without their full stop, as Myanmar outlets write them ("Col Naw Bu", "Lt Col Aung Naing").
  'Col', 'Lt Col', 'Maj', 'Capt', 'Gen', 'Brig', 'Sgt', 'Cpl',
];


/** Role nouns in appositives: "X, a spokesman for the AA", "KNU chairman X". */
export const ROLES = [
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'leader', 'commander', 'commander-in-chief',
  'officer', 'official', 'analyst', 'observer', 'researcher', 'farmer', 'resident', 'candidate', 'chief', 'director',
  'minister', 'president', 'secretary', 'member', 'founder', 'head', 'coordinator', 'volunteer', 'worker', 'owner',
  'teacher', 'doctor', 'nurse', 'monk', 'student', 'lawyer', 'activist', 'adjutant-general', 'general', 'colonel',
  'major', 'captain', 'lieutenant', 'deputy', 'representative', 'administrator', 'journalist', 'editor', 'mother',
  'father', 'villager', 'driver', 'trader', 'vendor', 'expert', 'professor', 'lecturer', 'mp', 'lawmaker', 'envoy',
  'prosecutor', 'mayor', 'senator', 'councillor', 'governor', 'ambassador', 'pastor', 'priest', 'abbot',
  'commissioner', 'chairperson', 'councilor', 'legislator', 'adviser', 'advisor',
];

/** Capitalised words that begin sentences or names of things, never a person's name. */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'from', 'and', 'but', 'with', 'meanwhile', 'however', 'additionally',
  'it', 'he', 'she', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'there', 'when', 'while', 'after', 'before',
  'since', 'during', 'as', 'if', 'asked', 'speaking', 'according', 'both', 'some', 'local', 'junta', 'regime', 'military',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'state', 'region', 'township',
  'photo', 'file', 'police', 'soldiers', 'residents', 'villagers', 'relatives', 'our', 'their', 'his', 'her', 'its',
  'every', 'each', 'no', 'not', 'all', 'one', 'two', 'three', 'what', 'who', 'why', 'how', 'where', 'so', 'then',
  'once', 'now', 'still', 'also', 'only', 'even', 'under', 'over', 'near', 'across', 'between', 'through', 'into',
  'families', 'people', 'analysts', 'organisers', 'organizers', 'thailand', 'china', 'india', 'army', 'air', 'force',
]);
/** NOT_NAMES and the pack's one-word names of the state's forces ("Tatmadaw" opens no person's name). */
export const notNamesOf = perPack((lex): ReadonlySet<string> => new Set([...NOT_NAMES, ...oneWordNames(lex.stateForceNames)]));

/** Titles that tell the person's gender, in lower case as the people stage keeps a title or a name's first word. */
export const MALE_TITLES = ['mr', 'mr.'];
export const FEMALE_TITLES = ['mrs', 'mrs.', 'ms', 'ms.', 'sister'];
