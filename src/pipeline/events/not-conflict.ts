// Words that read as conflict events in other news, found by running the extractor over general
// and health news (GeoWebNews, GeoVirus): deaths from disease or disaster ("cholera has killed
// 60 people", "flooding has struck four million people"), figurative battles ("a legal battle",
// "fighting two apartment fires", "the battle against fentanyl"), deals struck, arms sales, a
// company called Shell, a "three-run blast", a jet that disappeared. Each test sees a trigger
// the other rules have accepted, its clause, its sentence and its paragraph.
import type { DomainPack } from '../../core/pack.js';
import { orWords, perPack } from '../../core/pack-lexicon.js';
import type { SubEventType } from '../../core/schema.js';
import { wordGated, type Starts } from './sentence-words.js';

const NATURAL = /\b(?:virus(?:es)?|outbreaks?|epidemics?|pandemics?|cholera|influenza|flu|diseases?|plague|malaria|measles|dengue|covid(?:-19)?|coronavirus|hiv|aids|h5n1|h1n1|ebola|marburg|tuberculosis|infections?|earthquakes?|quakes?|tremors?|floods?|flooding|floodwaters?|landslides?|mudslides?|cyclones?|storms?|typhoons?|hurricanes?|tsunamis?|heat ?waves?|droughts?|avalanches?|lightning|wildfires?)\b/i;
const VIOLENT_SUBS = new Set<SubEventType>(['Attack', 'Armed clash', 'Air/drone strike', 'Shelling/artillery/missile attack',
  'Remote explosive/landmine/IED', 'Looting/property destruction', 'Abduction/forced disappearance', 'Mob violence']);
/** Figurative fights, one pattern per shape: "a legal battle", "fighting against cancer", "fighting fires", "fought in the courts". */
const FIGURATIVE_SHAPES = [
  /\b(?:legal|court|courtroom|judicial|political|electoral|election|uphill|relegation|title|custody|ratings|bidding|price|turf|trade|tariff|budget|verbal|diplomatic|bureaucratic|propaganda|public[- ]relations|months-long legal)\s+(?:battles?|fights?|wars?)\b/i,
  /\b(?:battles?|battled|battling|fight(?:s|ing)?|fought|clash(?:ed|es)?)\s+(?:against|with|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:courts?|cancer|illness|disease|addiction|drugs?|drug\s+\w+|fentanyl|opioids?|obesity|poverty|corruption|inflation|unemployment|climate|fires?|blazes?|flames|virus|aids|hiv|malaria|cholera|crime)\b/i,
  /\bfight(?:s|ing)?\s+(?:\w+\s+){0,2}(?:fires?|blazes?|flames|aids|hiv|cancer|poverty|corruption|disease|malaria|crime|drugs|inflation|climate change)\b/i,
  /\bfought\s+(?:out\s+)?in\s+(?:the\s+)?courts?\b/i,
];
const FIGURATIVE = new RegExp(FIGURATIVE_SHAPES.map((r) => r.source).join('|'), 'i');
/** "charged with assault", "three counts of assault", "aggravated assault": a crime, not an assault on a position. */
const CRIMINAL_ASSAULT = /\b(?:charged with|counts? of|accused of|convicted of|aggravated|indecent|sexual|common)\s+(?:[\w-]+\s+){0,3}?assault\b/i;
/** "a lull in the fighting", "an end to the fighting": fighting named to say it stopped. */
const NO_FIGHTING = /\b(?:lull|pause|halt|end|stop|break|respite)\s+(?:in|to|of)\s+(?:the\s+)?fighting\b/i;
/** "a flu shot", "a shot against tetanus". */
const VACCINE_SHOT = /\b(?:flu|booster|vaccine|vaccination|covid|measles|polio|tetanus)\s+shots?\b|\bshots?\s+(?:against|for)\s+(?:[\w-]+\s+)?(?:tetanus|polio|measles|flu|influenza|covid|diphth?eria|the virus)\b/i;
const DEAL_STRUCK = /^struck\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:deal|agreement|bargain|balance|chord|note|tone|pose|compromise|accord|partnership)\b/i;
const ARMS_TRADE = /\b(?:sell|sells|selling|sale|sales|sold|purchase[sd]?|buy(?:ing|s)?|bought|contracts?|deals?|package|exports?|imports?|procure\w*|supply|supplied|manufactur\w*|arms deal)\b/i;
const FIRED = /\b(?:fired|firing|hit|struck|landed|killed|wounded|injured|pounded|rained|exploded|shelled|shelling)\b/i;
// (A blast through a bridge or a pylon is sabotage: nothing else blows those up in a war story.)
const WEAPON_BLAST = /\b(?:bridges?|pylons?|bombs?|bombing|mines?|landmines?|ieds?|explosives?|devices?|booby|detonat\w*|grenades?|attack\w*|militants?|insurgents?|rebels?|troops|soldiers|police|checkpoint|convoy|suicide|terror\w*|gunmen|armed|shell(?:s|ing)?)\b/i;
/** With the pack's names of the state's forces ("Tatmadaw"): `armed`, who or what fights (armed
 * actors, weapons and attacks, and the pack's own words for its fighters, "PDFs"); `forced`, a disappearance someone forced; `group`, an organisation
 * whose activity changed. */
const stateWords = perPack((lex) => {
  const forces = orWords(lex.stateForceNames);
  const armed = new RegExp(String.raw`\b(?:soldiers?|troops|army|armies|military|junta${forces}|regime|police(?:men)?|gunmen|fighters|militants?|rebels?|insurgents?|guerrillas?|militias?|forces|armed|battalions?|brigades?|commanders?|resistance|jihadists?|paramilitar\w*|combatants?${orWords(lex.armedGroupWords)}|weapons|guns?|gunfire|gunshots?|artillery|shell(?:s|ing|ed)|bombs?|bombing|air ?strikes?|airstrikes?|drones?|attack(?:s|ed|ers)?|raid(?:s|ed)?|clash(?:es|ed)?|fighting|offensive|exchanges? of fire|fire ?fights?|gun ?fights?)\b`, 'i');
  return {
    armed,
    armedParagraph: lastAnswer((p) => armed.test(p.replace(FIGURATIVE, ''))),
    forced: new RegExp(String.raw`\b(?:forc\w+|abduct\w*|kidnap\w*|detain\w*|arrest\w*|taken|custody|soldiers?|troops|police|security forces|gunmen|junta${forces}|military|militias?|armed|whereabouts)\b`, 'i'),
    group: new RegExp(String.raw`\b(?:party|parties|council|alliance|coalition|front|government|junta${forces}|regime|commission|union|league|organi[sz]ation|movement|group|army|military|forces|militias?|rebels?|resistance|brotherhood|members|fighters)\b`, 'i'),
  };
});

/** The last answers, by string: every trigger of a sentence asks about the same sentence and paragraph. */
function lastAnswer(test: (s: string) => boolean): (s: string) => boolean {
  let last: string | null = null;
  let answer = false;
  return (s) => (s === last ? answer : (answer = test((last = s))));
}
// Word-gated on the sentence scan: disease and disaster words are rare in conflict news.
const NATURAL_IN = wordGated(NATURAL);
/** FIGURATIVE's shapes, each word-gated on the clause: a clash clause holds "fighting", not "legal". */
const FIGURATIVE_IN = FIGURATIVE_SHAPES.map((re) => wordGated(re));
const CRIMINAL_ASSAULT_IN = wordGated(CRIMINAL_ASSAULT);
const NO_FIGHTING_IN = wordGated(NO_FIGHTING);

export interface TriggerContext {
  /** The trigger as written. */
  trigger: string;
  /** Text from the trigger to the end of its clause. */
  after: string;
  clause: string;
  sentence: string;
  /** The sentence's paragraph and the story paragraph before it. */
  paragraph: string;
  /** The sentence's scan (sentence-words.ts) and the sentence's bounds in the text it read. */
  words: Starts; from: number; to: number;
  /** The clause's bounds in the text the scan read. */
  clauseFrom: number; clauseTo: number;
}

/** Whether a trigger the other rules accepted is not a conflict event after all. */
export function notConflict(sub: SubEventType, c: TriggerContext, pack: DomainPack): boolean {
  const { armed: ARMED, armedParagraph, forced: FORCED, group: GROUP } = stateWords(pack);
  // ("The quake killed 3,000 people, while junta jets struck …": the clause decides first. A clause
  // lies in its sentence: with no such word in the sentence, neither test can pass.)
  if (VIOLENT_SUBS.has(sub) && NATURAL_IN(c.words, c.from, c.to, c.sentence) && ((NATURAL.test(c.clause) && !ARMED.test(c.clause)) || !ARMED.test(c.sentence))) return true;
  switch (sub) {
    case 'Armed clash':
      return FIGURATIVE_IN.some((test) => test(c.words, c.clauseFrom, c.clauseTo, c.clause)) || CRIMINAL_ASSAULT_IN(c.words, c.clauseFrom, c.clauseTo, c.clause)
        || NO_FIGHTING_IN(c.words, c.clauseFrom, c.clauseTo, c.clause) || !armedParagraph(c.paragraph);
    case 'Attack': return VACCINE_SHOT.test(c.clause);
    case 'Air/drone strike': return DEAL_STRUCK.test(c.after);
    case 'Shelling/artillery/missile attack':
      // "BP and Shell", "Shell and Watson were charged"; artillery bought or sold, not fired.
      return c.trigger === 'Shell' || /^shelled (?:pistachios|peanuts|nuts|eggs|seeds)\b/i.test(c.after) || (ARMS_TRADE.test(c.clause) && !FIRED.test(c.clause));
    case 'Remote explosive/landmine/IED': return /^(?:explosion|blast)$/i.test(c.trigger) && !WEAPON_BLAST.test(c.sentence);
    case 'Abduction/forced disappearance': return /^disappeared$/i.test(c.trigger) && !FORCED.test(c.sentence);
    case 'Sexual violence': return !ARMED.test(c.paragraph);
    case 'Change to group/activity': return !GROUP.test(c.sentence);
    default: return false;
  }
}
