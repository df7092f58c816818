// More wordings of a sentence's toll (fatalities.ts): the victims' count read apart from the
// doers' count, the age of a child read apart from a count, two sides' dead told one after the
// other, one victim described by a relative clause, and "no casualties" as a toll of none.

/** "shot dead Pau Khan Mung, the administrator": a victim named by two to four capitalised words,
 * the name ending at a comma, a full stop or a preposition ("killed Islamic State fighters" names
 * no one). */
export const NAMED = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}(?=,|\.|\s+(?:near|in|at|on|outside|as|while|and|when)\b)`;

/** "Two men on a motorbike shot dead the administrator", "Three gunmen killed a teacher": a count
 * before an active killing verb with its object after it counts the killers, not the dead. */
export const DOERS_AFTER = new RegExp(String.raw`^\s*(?:(?!(?:were|was|had|have|been)\s)[\p{L}-]+\s+){0,4}?(?:killed|shot dead|gunned down|murdered|executed|beheaded)\s+(?:(?:the|a|an|his|her|their)\s|${NAMED})`, 'u');

/** "Two displaced women and a boy of about ten were killed", "Four soldiers and a militia member
 * were killed": one more victim joined on after the count, with words of its own before the verb
 * (toll-words.ts's joinedAfterCount counts that one). */
export const KILL_AFTER_ONE_MORE = /^\s+(?:[\p{L}-]+\s+){0,2}?and\s+(?:a|an)\s+[^,.;:"“”]{0,50}?\s(?:(?:were|had been|have been)\s+(?:killed|shot dead|slain|found dead)|died|lost their lives)\b/u;

/** "a boy of about ten", "a girl of six": an age, not a count. */
export const CHILD_OF_BEFORE = /\b(?:boy|girl|child|son|daughter|baby|toddler)\s+of\s+(?:about\s+|around\s+|only\s+|just\s+|barely\s+)?$/i;

/** "Seven soldiers were killed …, while one PDF member was also killed", "14 soldiers had been
 * killed and two fighters had died", "31 assailants had been neutralised and six soldiers killed":
 * a second count of dead with its own verb, joined on after the first one's verb, is more dead
 * (the other side's), not the same dead told again (the text between the two counts). */
const SECOND_SIDE = /\b(?:killed|died|dead|slain|neutrali[sz]ed)\b[^.;]{0,60}?\b(?:and|while|whereas)\s+(?:that\s+)?(?:at least |about |some |more than |only |another |a further )?$/;
/** (A second source's count of the same dead: "…, while the army said eight had died".) */
const SOURCE_BETWEEN = /\b(?:said|says|say|told|claimed|reported|according|put)\b/;
export const secondSide = (between: string): boolean => SECOND_SIDE.test(between) && !SOURCE_BETWEEN.test(between.slice(between.search(/\b(?:and|while|whereas)\s[^]*$/)));

/** "An elderly man who could not run away was burned to death", "a farmer who had gone to his
 * field was shot dead", "a man who could not escape died in the flames": one victim described by a relative clause before the passive verb (no
 * speaker's clause: "a man who said his son was killed" tells another's death). */
export const ONE_WHO_PASSIVE = /\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*\s+(?:who|whose)\s+(?![^,.;:]*\b(?:said|says|told|saw|heard|reported)\b)[^,.;:"“”]{3,70}?\s(?:(?:was|had been|has been)\s+(?:later\s+)?(?:killed|(?:found\s+)?shot dead|found dead|executed|murdered|beheaded|burned to death|burnt to death|beaten to death)|died)\b/i;

/** "Nang Hsu, a 52-year-old farmer from Wan Hpwee village, was killed when …", "U Pyinnya Zawta,
 * a 41-year-old monk, died after …": one victim named, then described between commas. */
export const ONE_APPOSED = /(?:^|[.;:]\s+|,\s+)(?:\p{Lu}[\p{L}'’-]*\s+){1,3}?\p{Lu}[\p{L}'’-]*,\s+(?:a|an)\s+[^,;]{3,90},\s+(?:was\s+(?:killed|shot dead|found dead|beaten to death)|died)\b/u;
