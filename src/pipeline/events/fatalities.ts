// Fatalities by ACLED's conservative rules: the number attached to a killing verb in the
// sentence ("killing at least 11" → 11, "12 soldiers were killed" → 12); "killed or wounded" →
// unknown; only wounded → 0. Numbers that are part of a date are not counts.
import type { DateMention, NumberMention } from '../layers.js';
import { parseNumberWord } from '../numbers/index.js';
import { scanSentence, wordGated, type Starts } from './sentence-words.js';
import { COUPLE_KILLED, HIMSELF_BEFORE, joinedAfterCount, joinedCount, ONE_TO_DEATH, putTollAt, THE_ONE_PASSIVE, TO_DEATH } from './toll-words.js';
import { CHILD_OF_BEFORE, DOERS_AFTER, KILL_AFTER_ONE_MORE, NAMED, ONE_APPOSED, ONE_WHO_PASSIVE, secondSide } from './toll-clauses.js';

// ("Four civilians, including two children, were killed", "four civilians, two of them children,
// were killed": an appositive may stand before the verb.)
// ("five of their own members had died": a bare "had" before "died"; 'six "terrorists" died': a word in quotes.)
const KILL_AFTER = /^\s*(?:["“”]?[\p{L}-]+["“”]?\s+){0,4}?(?:[\p{L}-]+,\s+(?:(?:including|among them)\b[^,.;]{0,40}|[\p{L}-]+\s+of\s+them\s+[^,.;]{0,30}),\s+)?(?:were|was|had been|have been|had|have)?\s*(?:killed|dead|died|slain|shot dead|lost their lives|neutrali[sz]ed)\b/u;
// ("neutralising dozens of terrorists": an army's word for killing.)
const KILL_BEFORE = new RegExp(String.raw`(?:killing|killed|kills|neutrali[sz](?:ed|ing)|shot dead|shooting dead|gunned down|executed|executing|massacred|massacring|murdered|murdering|slaughtered|beheaded|beheading|left|leaving|claim(?:ed|ing) the lives of|death toll (?:rose |climbed )?(?:to|of)|bodies of|buried|bury|${TO_DEATH})\s+["“]?(?:at least |more than |over |about |around |some |nearly |up to |between )?$`);
/** "four members of the Bangsamoro Islamic Freedom Fighters (BIFF) were killed": a group's full name between count and verb. */
const KILL_AFTER_ORG = /^\s*(?:[\p{L}-]+\s+){0,2}?of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,6}(?:\(\p{Lu}[\p{L}-]*\)\s+)?(?:were|had been|have been)\s+(?:killed|shot dead|slain)\b/u;
/** "Two men who had gone back to their farms were killed": a relative clause between count and verb. */
const KILL_AFTER_CLAUSE = /^\s*(?:[\p{L}-]+\s+){1,2}(?:who|that)\s+[^,.;:"“”]{3,80}?\s+(?:were|had been|have been)\s+(?:later\s+|also\s+)?(?:killed|shot dead|found (?:shot )?dead|slain)\b/u;
/** "claimed at least 12 lives", "caused 12 deaths", "12 fatalities were reported". */
const LIVES_AFTER = /^\s*(?:(?:civilian|more|other)\s+)?(?:lives|deaths|fatalities)\b/;
const LIVES_BEFORE = /\b(?:claim(?:ed|ing|s)?|took|taking|cost|costing|caus(?:ed|ing)|left|leaving|reported|recorded|confirmed)\s+(?:at least |more than |over |about |around |some |nearly |up to )?$/;
/** "The death toll from Tuesday's strike rose to 12": the count a toll named earlier reached. */
const TOLL_TO = /\b(?:rose|risen|climbed|reached|jumped|increased|stood|stands)\s+(?:to|at)\s+(?:at least |more than |over )?$/;
const hasToll = (sentence: string): boolean => sentence.includes('toll');
/** "had lost two of their own", "while losing five soldiers of their own": a side's own dead, told beside those it killed. */
const LOST_BEFORE = /\b(?:lost|losing)\s+(?:at least |about |some |more than |over )?$/;
const LOST_AFTER = /^\s+(?:of\s+(?:their|its|his|our)\s+own\b|(?:of\s+(?:their|its|his|our)\s+)?(?:men|fighters|soldiers|troops|members|comrades|personnel|officers|policemen)\b)/;
/** "… and that five of their own members had died": the speaking side's own dead. */
const OWN_AFTER = /^\s+of\s+(?:their|its|his|our)\s+own\b/;
/** "Three were killed, according to a relative, while the PDF said five had died": a second
 * source's figure for the same dead, in a clause of its own (the lower one is kept). */
const OTHER_SOURCE = /,\s+(?:while|whereas|but)\s+(?![^,.;]*\b(?:and|also)\b)[^,.;]*\b(?:said|says|put|claimed|reported|told)\s+(?:[^,.;]*\s)?$/;
/** "…, with the TNLA saying it had killed 17 soldiers and MRTV claiming that six 'terrorists' died":
 * a second source's claim joined on by "and" (a participle of saying, or "and X said that"; not "and said": the same source). */
const OTHER_SOURCE_AND = /\band\s+(?:the\s+)?\S[^,.;]{0,40}?\s(?:claiming|saying|said|claimed|reported)\s+that\s+(?:at least |about |some |more than |only )?$|\band\s+(?:the\s+)?\S[^,.;]{0,40}?\s(?:claiming|saying)\s+(?:at least |about |some |more than |only )?$/;
// The sentence tests are word-gated (sentence-words.ts): most event sentences hold none of their words.
const WOUNDED_OR = wordGated(/killed or (?:wounded|injured)|dead or (?:wounded|injured)|casualties/);
// ("lost his right leg", "both men lost legs": a mine's wounded.)
export const WOUNDED_RE = /\b(?:wound(?:ed|ing)|injur(?:ed|ing)|hurt)\b|\blost\s+(?:(?:his|her|their|a|an|one|both|two)\s+)?(?:\w+\s+)?(?:legs?|arms?|foot|feet|hands?|eyes?|limbs?)\b/i;
const WOUNDED = wordGated(WOUNDED_RE);
const DEATH_WORD = wordGated(/dead|kill|execut|murder|death|gunned/);
const KILLED = /\b(?:kill|dead|died|death|slain|bodies|lost their lives)/i;

// ("causing no casualties", "who reported no casualties", "without casualties": none, whatever
// "casualties" would otherwise leave unknown.)
export const NO_ONE = /\b(?:no one|nobody|no-one) (?:was|were) (?:hurt|injured|killed|wounded)\b|\bno (?:casualties|deaths|injuries|fatalities) (?:were|was|had been|have been) reported\b|\b(?:caus(?:ed|ing)|reported|with|there were|there was)\s+no\s+(?:casualties|deaths|injuries|fatalities)\b|\bwithout (?:causing )?(?:any )?(?:casualties|deaths|injuries)\b/i;
const NO_ONE_IN = wordGated(NO_ONE);
const VICTIM = '(?:man|woman|boy|girl|child|baby|infant|toddler|mother|father|son|daughter|wife|husband|grandmother|grandfather|novice|teenager|youth|villager|teacher|schoolteacher|farmer|monk|nun|pastor|priest|administrator|resident|civilian|student|official|doctor|nurse|driver|vendor|worker|volunteer|soldier|policeman|police officer|fighter|fisherman|herder|shepherd|porter|miner|trader|shopkeeper|catechist|deacon|rescuer|midwife|labou?rer|guard|journalist|reporter|elder|headman|passenger|patient|pedestrian|patrolman|corporal|sergeant|constable|bodyguard|abbot|chairman)';
// ("killing the driver and injuring two passengers", "killing his driver": one named by his role;
// "shot dead Pau Khan Mung, the administrator": one named by his name.)
const SINGLE_VICTIM = new RegExp(String.raw`\b(?:shot dead|shooting dead|gunned down|killed|killing|executed|murdered|${TO_DEATH})\s+(?:(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}${VICTIM}\b|(?:U|Daw|Ko|Ma|Saw|Naw|Sai|Nang)\s+\p{Lu}|${NAMED})`, 'u');
/** "A teenage girl was killed", "a woman collecting firewood was killed": one victim told in the passive. */
// (Any noun heads it, "a 62-year-old catechist": whoever is killed counts.)
// ("A ward administrator in Yangon's Thingangyun Township was shot dead": a place may follow the noun.)
const SINGLE_PASSIVE = /\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}[a-z][\w-]*\s+(?:(?:in|from|of|at)\s+(?:[\w'’-]+\s+){1,4}?)?(?:\w+ing(?:\s+[\w-]+){0,2}\s+)?(?:was|had been|has been)\s+(?:killed|shot dead|executed|murdered|beheaded|burned to death|beaten to death)\b/i;
/** "A woman and her ten-year-old son were killed", "a fisherman and his two daughters died": kin joined to one victim, all dead. */
const KIN_PASSIVE = /\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*((?:,\s*(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+|\s+and\s+(?:his|her|their|a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+)+)\s+(?:were|had been|have been)?\s*(?:killed|died|shot dead|lost their lives)\b/i;
/** "A soldier and four …": one victim named before the count, joined on by "and". */
const ONE_BEFORE = new RegExp(String.raw`(?:^|[^\w-])(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+)?${VICTIM}\s+and\s+(?:at least |more than |about |some )?$`);
/** "a 91-year-old woman", "aged 45": an age, not a count. */
const AGE_AFTER = /^-?\s*(?:years?|yrs?)[- ]old\b/i;
const AGE_BEFORE = /\b(?:aged|age)\s+$/i;

/** "5 km", "30 houses", "10 days": a count of no people (hoisted: a literal in the loop is a new object per number). */
const NOT_PEOPLE_AFTER = /^\s*(?:km|kilomet|miles|percent|%|houses|homes|villages|weapons|rounds|days|weeks|months|years|hours|minutes|am|pm|bombs?)\b/i;
const ACTIVE_IN_CLAUSE = /\b(?:who|which|that)\s+(?:had\s+|have\s+)?(?:killed|shot dead)\b/;
/** ", his co-workers said": a speaker after the victim, not another victim. */
const SPEAKER_NEXT = /^(?:[\w-]+\s+){0,2}(?:said|say|says|told|reported)\b/;

/** Whether KILL_AFTER may match `after`: every match holds one of these words (case as written). */
const mayKillAfter = (after: string): boolean => after.includes('killed') || after.includes('dead') || after.includes('died') || after.includes('slain') || after.includes('lost their lives') || after.includes('neutrali');

/** `words`: the scan of the span (sentence-words.ts), when the caller has it. */
export function fatalitiesIn(text: string, span: { start: number; end: number }, numbers: readonly NumberMention[], dates: readonly DateMention[], words?: Starts): number | null {
  const c = text.slice(span.start, span.end);
  const w = words ?? scanSentence(text, span.start, span.end);
  // The bounds read once: spans of several shapes (sentences, event spans) reach here, and a read
  // of one in the loop deoptimised this function when a new shape came after it was optimised.
  const { start: from, end: to } = span;
  const noOne = NO_ONE_IN(w, from, to, c);
  if (!noOne && WOUNDED_OR(w, from, to, c)) return null;
  let total: number | null = null, own = 0, lastEnd = from;
  const dying = DEATH_WORD(w, from, to, c);
  // "A woman and her ten-year-old son were killed", "a man and his two sons died": kin joined on
  // count (their own numbers are part of the list, not a toll).
  const kin = (dying || c.includes('died')) ? KIN_PASSIVE.exec(c) : null;
  const inKin = (x: number): boolean => !!kin && x >= from + kin.index && x < from + kin.index + kin[0].length;
  for (const n of numbers) {
    if (n.start < from || n.end > to || inKin(n.start)) continue;
    if (dates.some((d) => d.start <= n.start && n.end <= d.end)) continue;
    // (A relative clause may hold a place: "Two men who had returned to their houses in Kyaukme were killed".)
    const after = text.slice(n.end, Math.min(to, n.end + 110));
    const before = text.slice(Math.max(from, n.start - 40), n.start);
    if (NOT_PEOPLE_AFTER.test(after)) continue;
    if (AGE_AFTER.test(after) || AGE_BEFORE.test(before) || (before.includes(' of') && CHILD_OF_BEFORE.test(before))) continue;
    const killAfter = mayKillAfter(after) ? KILL_AFTER.exec(after) ?? KILL_AFTER_CLAUSE.exec(after) ?? joinedKilled(after) ?? KILL_AFTER_ORG.exec(after) ?? KILL_AFTER_ONE_MORE.exec(after) : null;
    // "Two men on a motorbike shot dead the administrator": the count is of the killers.
    if (killAfter && DOERS_AFTER.test(after)) continue;
    // ("A soldier and four militants were killed": one victim joined on before the count.)
    const oneBefore = killAfter && before.includes(' and') && ONE_BEFORE.test(before) ? 1 : 0;
    const himself = before.includes('self') && HIMSELF_BEFORE.test(before); // (A literal gate: most counts have no "himself" before them.)
    if (killAfter || himself || KILL_BEFORE.test(before) || (TOLL_TO.test(before) && hasToll(c)) || putTollAt(before, KILLED.test(c)) || (LIVES_AFTER.test(after) && LIVES_BEFORE.test(before))) {
      // "five civilians were injured" counts the wounded; "killed five civilians and injured 10" does not.
      if (/^\s*(?:(?!(?:and|or)\s)[\p{L}-]+\s+){0,2}(?:were\s+)?(?:wounded|injured)/u.test(after)) continue;
      // "put the number of abducted at 17 and said no one was killed": the count is of others, "no one" is none.
      if (killAfter && !KILL_BEFORE.test(before) && (/\b(?:no one|nobody|none|not|no)\b/i.test(killAfter[0]) || /\bno\s+$/i.test(before))) continue;
      // "Two soldiers who killed a villager": the count is of the killers.
      if (killAfter && !KILL_BEFORE.test(before) && ACTIVE_IN_CLAUSE.test(killAfter[0])) continue;
      const count = n.value + Number(himself) + oneBefore + joinedAfterCount(after);
      if (OWN_AFTER.test(after)) own += n.value;
      // ("…; a KNU statement put the toll at six": another source's figure, the lower one kept.)
      else if (total !== null && (OTHER_SOURCE.test(text.slice(span.start, n.start)) || OTHER_SOURCE_AND.test(before) || putTollAt(before, true))) total = Math.min(total, n.value);
      // ("Seven soldiers were killed, while one PDF member was also killed": the other side's dead too.)
      else if (total !== null && killAfter && secondSide(text.slice(lastEnd, n.start))) total += count;
      // ("killing himself and three soldiers": four; "killing three patients and a nurse": four.)
      else total = Math.max(total ?? 0, count);
      lastEnd = n.end;
    } else if (LOST_BEFORE.test(before) && LOST_AFTER.test(after)) own += n.value;
  }
  // "killed nine soldiers and lost two of their own": both sides' dead.
  if (own) total = (total ?? 0) + own;
  if (total === null && WOUNDED(w, from, to, c) && !KILLED.test(c)) return 0;
  // "No one was hurt": none; "shot dead U Than Htike", "killed a schoolteacher": one victim.
  if (total === null && noOne) return 0;
  if (total !== null) return total;
  // "killing a couple": two, before the one-victim readings below take "a couple" for one.
  if (dying && COUPLE_KILLED.test(c)) return 2;
  const active = dying ? SINGLE_VICTIM.exec(c) : null;
  if (kin && !active) return 1 + joinedVictims(kin[1]!);
  // ("A miner was killed when he stepped on a mine, his co-workers said": one; the joins below are an object's.)
  if (!active && (dying || c.includes(' died')) && (SINGLE_PASSIVE.test(c) || ONE_TO_DEATH.test(c) || THE_ONE_PASSIVE.test(c) || ONE_WHO_PASSIVE.test(c) || ONE_APPOSED.test(c))) return 1;
  // "a man, his wife and their infant son": each victim joined on counts (", a teacher," is
  // an apposition, no second victim).
  if (active) return 1 + joinedVictims(/^[^.;]*/.exec(c.slice(active.index + active[0].length))![0]);
  return null;
}

/** "Five soldiers and 14 of the attackers died": the verb after the second of two joined counts is the first's too. */
function joinedKilled(after: string): RegExpExecArray | null {
  const j = joinedCount(after);
  return j && mayKillAfter(j.rest) ? KILL_AFTER.exec(j.rest) : null;
}

const NUMBER_JOINED = /^\s+and\s+(\w+)\s+(?:[\w-]+\s+)?[a-z]+s\b/;

/** The victims joined on after the first ("…, his wife and their two children": three more). */
function joinedVictims(rest: string): number {
  // "killing a nurse and two patients": a counted group joined right after the first victim.
  const counted = NUMBER_JOINED.exec(rest);
  let n = counted ? parseNumberWord(counted[1]!) ?? 0 : 0;
  for (const j of rest.matchAll(/(?:,\s*(?:his|her|their)|\s+and\s+(?:his|her|their|a|an))\s(?:(?=(\w+)\s)|)/g)) {
    if (SPEAKER_NEXT.test(rest.slice(j.index! + j[0].length))) break;
    n += (j[1] && parseNumberWord(j[1])) || 1;
  }
  return n;
}
