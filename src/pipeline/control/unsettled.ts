// A place whose holder the story says is unsettled, in words other than "contested": "Neither side
// has said who controls the town", "it is unclear who holds Pekon", "nobody is fully in control of
// the village", and a siege still going on, "the KIA's siege of Bhamo has entered its second year",
// "the siege of Loikaw continues". (A siege that ended, "after a siege of five months", is no such
// statement: it only tells how a capture came.) Also a town one side holds most of while the other
// is still inside.

import type { PlaceMention } from '../layers.js';

/** "neither side has said who controls", "it is not clear who holds", "unclear which side controls",
 * "neither side is (fully) in control of", "no side controls", "with neither able to say it holds the whole town",
 * "neither controls the town". */
export const UNSETTLED = /\b(?:(?:neither|no)\s+side\s+(?:has\s+|had\s+)?(?:(?:said|confirmed|announced|claimed|disclosed)\s+)?(?:who|which\s+side)\s+(?:now\s+|still\s+)?(?:controls|holds)|(?:it\s+(?:is|was|remains)\s+)?(?:unclear|not\s+clear|not\s+known|unknown)\s+(?:who|which\s+side)\s+(?:now\s+|still\s+)?(?:controls|holds|is\s+in\s+control\s+of)|(?:neither|no)\s+side\s+(?:is|was|has\s+been)\s+(?:(?:fully|firmly|yet)\s+)?in\s+(?:full\s+|firm\s+)?control\s+of|(?:neither|no)\s+side\s+(?:now\s+)?(?:controls|holds)|neither\s+(?:side\s+)?(?:(?:is|was|being)\s+)?able\s+to\s+(?:say|claim|show)\s+(?:that\s+)?it\s+(?:now\s+|still\s+)?(?:controls|holds)|neither\s+(?:now\s+)?(?:controls|holds))\b/i;
/** A siege told as going on: "has entered its second year", "has lasted more than a month", "continues". */
export const SIEGE_ON = /\bsiege\s+of\s+$/i;
const SIEGE_GOES_ON = /^\s+(?:town\s+|city\s+)?(?:(?:has|had)\s+(?:now\s+)?(?:entered|lasted|dragged\s+on|gone\s+on|continued)|(?:continues|goes\s+on|drags\s+on|is\s+(?:now\s+)?in\s+its)|(?:is|remains)\s+(?:still\s+)?(?:ongoing|under\s?way))\b/i;
/** "Fighting for Manaung, …, entered its tenth day", "the battle for control of Bhamo has gone on since
 * December 2024", "the fight for the town of Hpakant continues": a fight for a place told as still going
 * on, as a siege is (unlike "the battle for Lashio, which lasted a month, ended in August"). */
const FIGHT_FOR = /\b(?:fighting|fight|battles?|clashes|struggle)\s+for\s+(?:(?:control|possession)\s+of\s+)?(?:the\s+(?:town|city)\s+of\s+)?$/i;
/** What the fight does next, after an optional aside set off by commas ("Fighting for Manaung, the last town …, entered"). */
const FIGHT_GOES_ON = /^(?:,[^.;,]{1,100},)?\s+(?:(?:has|have)\s+(?:now\s+)?(?:entered|lasted|dragged\s+on|gone\s+on|raged(?:\s+on)?|continued)|entered\s+its|(?:continues|goes\s+on|rages\s+on|drags\s+on|is\s+(?:now\s+)?in\s+its)|(?:is|are|remains?)\s+(?:still\s+)?(?:ongoing|under\s?way|raging))\b/i;

/** Whether a sentence (lower-cased) may hold one of these statements (a cheap gate). */
export const mayBeUnsettled = (lower: string): boolean => lower.includes('side') || lower.includes('neither') || lower.includes('clear') || lower.includes('known') || lower.includes('siege') || lower.includes(' for ');

/** Whether the siege of the place at [start, end) is told as still going on. */
export function siegeGoesOn(text: string, start: number, end: number, sentStart: number): boolean {
  return SIEGE_ON.test(text.slice(Math.max(sentStart, start - 12), start)) && SIEGE_GOES_ON.test(text.slice(end, end + 40));
}

/** Whether a fight for the place at [start, end) is told as still going on (FIGHT_FOR … FIGHT_GOES_ON). */
export function fightGoesOn(text: string, start: number, end: number, sentStart: number): boolean {
  return FIGHT_FOR.test(text.slice(Math.max(sentStart, start - 50), start)) && FIGHT_GOES_ON.test(text.slice(end, end + 140));
}

/** "holds most of Bhamo's wards", "controls most of the town, while junta troops remain in …": a town
 * one side holds most of, with the other still inside, is contested. */
const MOST_OF_BEFORE = /\b(?:most|much|half|some)\s+of\s+(?:the\s+)?$/i;
const TOWN_PARTS_AFTER = /^['’]s\s+(?:wards|quarters|neighbou?rhoods|streets|districts)\b/i;
const OTHER_REMAINS = /\b(?:while|but|whereas)\b[^.;]{0,60}?\b(?:remains?|remained|still\s+(?:hold|holds|held|control|controls))\b/i;
export function mostOfTown(text: string, p: PlaceMention, sentEnd: number): boolean {
  if (!MOST_OF_BEFORE.test(text.slice(Math.max(0, p.start - 20), p.start))) return false;
  return TOWN_PARTS_AFTER.test(text.slice(p.end, p.end + 30)) || OTHER_REMAINS.test(text.slice(p.end, sentEnd));
}
