// How a claim or a doubt speaks of the dead: a death toll in a claim's words ("14 bodies had been
// recovered", "put the death toll at 17", ", killing nine people"), a count of people or things, and a
// doubt naming a toll or a death. The attribution stage weighs which claims a doubt covers by these.

// "14 bodies had been recovered", "a man was killed" and "put the death toll at 17" give a death toll too.
// ("put the number of dead at 19": the figure after its noun.)
export const TOLL = /\b(?:number\s+of\s+(?:dead|deaths|those\s+killed|people\s+killed|fatalities)|death\s+toll|toll)\s+(?:at|to)\s+(?:about\s+|around\s+|at\s+least\s+|more\s+than\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens)|\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\s+(?:[\w-]+\s+){0,3}?(?:people|civilians|soldiers|fighters|villagers|troops|of them|members)?\b[^.]{0,40}\b(?:killed|dead|died|buried|wounded|injured|lost)\b|\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens)\s+(?:[\w-]+\s+)?bodies\b|\b(?:a|one)\s+(?:man|woman|child|boy|girl|civilian|soldier|resident|villager|person)\s+(?:was|had been)\s+killed\b|\bdeath\s+toll\s+at\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)|\b(?:killed|buried|lost)\s+["“]?(?:at least\s+|more than\s+|over\s+|about\s+|nearly\s+|some\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;

/** A count of people or things ("63 junta soldiers", "dozens of rifles"), not a unit's number ("Battalion 365 base"). */
export const COUNTED = /\b(?:\d[\d,]*|dozens|hundreds|scores|thousands)\s+(?:of\s+)?(?:[\p{L}-]+\s+){0,2}?(?:people|persons|civilians|soldiers|troops|fighters|villagers|residents|members|men|women|children|houses|homes|buildings|vehicles|trucks|rifles|guns|weapons|prisoners|captives|hostages|detainees|officers|policemen|personnel|combatants|militants|rebels|bodies|dead|deaths|casualties)\b/u;
/** A doubt naming a death toll ("could not verify the death toll", "the casualty figures"). */
export const TOLL_DOUBT = /\bthe\s+(?:figure|count|number)\s+of\s+\d[\d,]*\s+(?:dead|deaths|killed|casualties)\b|\b(?:the|its|their)\s+(?:death\s+)?toll\b|\bthe\s+(?:casualty\s+figures?|number of (?:dead|deaths|casualties))\b/i;
/** "…, killing nine people": a toll told with the participle (TOLL reads "killed"); a state outlet's figure often stands in quotes (", killing \"over 30 terrorists\""). */
export const KILLING_N = /\bkilling\s+["“]?(?:at least\s+|more than\s+|over\s+|about\s+|nearly\s+|some\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens)\b/i;
/** "put the toll among the defenders at \"around twenty\"", "gave the number of dead as 40": a toll set by its noun. */
const PUT_TOLL = /\b(?:put|puts|putting|gave|gives|giving|placed|places|set|sets)\s+(?:the|its|their)\s+(?:death\s+|casualty\s+)?(?:toll|number\s+of\s+(?:dead|deaths|killed|casualties)|casualty\s+figures?)\b/i;
/** Whether a claim gives a figure of the dead ("either side's figures" weighs only these). */
/** "…, killing four civilians": the participle of the claim's own deed (not "accused X of killing dozens", another's charge inside it). */
const COMMA_KILLING_N = /,\s+killing\s+["“]?(?:at least\s+|more than\s+|over\s+|about\s+|nearly\s+|some\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens)\b/i;
/** "…, killing the driver", "…, killing an elderly man": one death told with the participle, no figure. */
const COMMA_KILLING_ONE = /,\s+killing\s+(?:a|an|the|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:man|woman|child|boy|girl|civilian|soldier|resident|villager|person|driver|farmer|monk|teacher|student|passenger|worker|patient|policeman|officer)\b/iu;
/** Whether a person's reported words give a death with the participle of their own deed (", killing four people", ", killing the driver"). */
export const killingToll = (t: string): boolean => COMMA_KILLING_N.test(t) || COMMA_KILLING_ONE.test(t);
export const givesToll = (t: string): boolean => TOLL.test(t) || COMMA_KILLING_N.test(t) || PUT_TOLL.test(t);
// Every match of TOLL holds one of these words: a literal scan (cheap) decides whether the
// pattern (costly at each word) can match at all.
/** A person's count of the wounded only ("two fighters had been slightly wounded") is their quote, not a contested death toll. */
export const DEATHS = /killed|dead|died|buried|lost|deaths|death toll|\d\s+bodies|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens)\s+(?:[\w-]+\s+)?bodies/i;
export const TOLL_WORDS = /killed|dead|died|buried|wounded|injured|lost|bodies|toll/i;
/** A doubt about a death ("to confirm her death", "verify the killings"). */
export const DEATH_DOUBT = /\b(?:death|deaths|killings?|casualties)\b/i;
