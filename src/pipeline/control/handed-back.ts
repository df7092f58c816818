// Control told by a handover or a relative clause after the places, without a capture event:
// "Mongmit, which the TNLA handed back to the regime in November", "the TNLA handed Momeik town
// back to the military", "Momauk and Mansi townships in Kachin State, both of which have been
// largely held by the KIA", "Sittwe, which along with Kyaukphyu is one of only two townships the regime still
// controls". The receiver (or the holder) controls each place of the list.
import type { ControlOut } from '../../core/schema.js';
import type { Layers, PlaceMention } from '../layers.js';
import { actorOut } from '../output.js';
import { backTo } from './back-to.js';
import { BEFORE_WHICH, isTownLike, listBefore } from './same-place.js';
import { C, sentenceCues } from './cues.js';

type Mention = Layers['actors'][number];

/** "which the TNLA handed back to": the receiver's name follows. */
// ("Mogoke, the ruby-mining town it handed to the military": an apposition's relative clause, "that" left out.)
const WHICH_HANDED = /\b(?:which|that|the\s+(?:[\p{L}-]+\s+){0,2}(?:town|city|village)(?:\s+(?:which|that))?)\s+(?:the\s+)?[\p{L}'’ -]{2,40}?\s+(?:had\s+|has\s+)?(?:handed|gave|returned)\s+(?:(?:back|over)\s+)?to\s+(?:the\s+)?/gu;
/** "both of which have been largely held by": the holder's name follows. */
const WHICH_HELD_BY = /\b(?:which|(?:both|all)\s+of\s+which)\s+(?:has|have|had)\s+(?:long\s+|largely\s+|mostly\s+)?been\s+(?:largely\s+|mostly\s+|firmly\s+)?(?:held|controlled|administered|run)\s+by\s+(?:the\s+)?/gu;
/** "handed Momeik town back to the", "handed over Kunlong to the": the place right after the verb. */
const HANDED = /\b(?:handed|gave|returned)\s+(?:back\s+|over\s+)?/g;
const HANDED_TAIL = /^(?:\s+(?:town|city|township))?(?:\s+in\s+(?:northern\s+|southern\s+|eastern\s+|western\s+)?[\p{L} ()-]{2,30}?)?\s+(?:back\s+|over\s+)?to\s+(?:the\s+)?/u;
/** "X, which along with Y and Z is one of only three Rakhine townships the regime still controls": the holder's name follows. */
const ONE_OF_HELD = /,\s+which\s+(?:(?:along|together)\s+with\s+[^,.;]{2,60}?\s+)?(?:is|was|remains)\s+one\s+of\s+(?:only\s+|the\s+)?(?:\w+\s+)?(?:[\p{Lu}][\p{L}]+\s+)?(?:townships|towns|cities)\s+(?:that\s+|which\s+)?(?:the\s+)?/gu;
/** "handed Momeik back", not "handed Momeik back to the military" (HANDED_TAIL's). */
const BACK_AFTER = /^(?:\s+(?:town|city|township))?\s+back\b(?!\s+(?:on\s+[^.;,]{1,30}?\s+)?to\b)/;
/** "… back on 18 November and Mogoke": the next place given back, a date between. */
const BACK_LIST = /^(?:\s+(?:town|city|township))?\s+back(?:\s+(?:on|in|by)\s+[^,.;]{1,30}?)?,?\s+and\s+$/;
/** The words every pattern here needs one of. */
export const HANDED_CUE = /handed|gave|returned|held by|controlled by|administered by|run by|one of/;
const HOLDS_AFTER = /^\s+(?:still\s+|now\s+)?(?:controls|holds)\b/;

export function handedBack(text: string, sentences: Layers['sentences'], holders: readonly Mention[], places: readonly PlaceMention[]): ControlOut[] {
  const out: ControlOut[] = [];
  const cues = sentenceCues(text, sentences);
  for (let i = 0; i < sentences.length; i++) {
    if (!cues[i]![C.HANDED]) continue;
    const s = sentences[i]!;
    const sent = text.slice(s.start, s.end);
    if (!HANDED_CUE.test(sent)) continue;
    const inS = places.filter((p) => p.start >= s.start && p.end <= s.end && p.location);
    const push = (p: PlaceMention, who: Pick<Mention, 'actor'>, how: ControlOut['how']): void => {
      if (isTownLike(p.location!)) out.push({ place: p.location!, controller: actorOut(who.actor), status: 'controlled', since: null, how, evidence: sent, span: { start: s.start, end: s.end } });
    };
    for (const [re, how] of [[WHICH_HANDED, 'negotiated'], [WHICH_HELD_BY, 'unknown']] as const) {
      for (const m of sent.matchAll(re)) {
        const at = s.start + m.index!, end = at + m[0].length;
        const who = holders.find((a) => a.start === end);
        let last = inS.findLast((p) => p.end <= at);
        // "Momauk and Mansi townships in Kachin State, both of which …": the towns before the state.
        if (last && last.location!.precision === 'state') {
          const before = inS.findLast((p) => p.end <= last!.start);
          if (before && /^\s*(?:(?:towns?|townships?)\s+)?in\s+(?:the\s+)?$/i.test(text.slice(before.end, last.start))) last = before;
          else last = undefined;
        }
        if (!who || !last) continue;
        const gap = text.slice(last.end, at).replace(/^\s*(?:(?:towns?|townships?)\s+)?in\s+(?:the\s+)?[\p{L} ()-]{2,30}?(?=,)/u, '');
        if (!BEFORE_WHICH.test(gap)) continue;
        for (const p of listBefore(text, inS, last)) push(p, who, how);
      }
    }
    for (const m of /one of/.test(sent) ? sent.matchAll(ONE_OF_HELD) : []) {
      const at = s.start + m.index!, end = at + m[0].length;
      const who = holders.find((a) => a.start === end && HOLDS_AFTER.test(text.slice(a.end, a.end + 20)));
      const head = inS.findLast((p) => p.end <= at);
      if (!who || !head || !/^\s*$/.test(text.slice(head.end, at))) continue;
      // The head and the places named "along with" it.
      for (const p of [head, ...inS.filter((q) => q.start > at && q.end < end)]) push(p, who, 'unknown');
    }
    for (const m of /handed|gave|returned/.test(sent) ? sent.matchAll(HANDED) : []) {
      const after = s.start + m.index! + m[0].length;
      const place = inS.find((p) => p.start === after);
      if (!place) continue;
      const tail = HANDED_TAIL.exec(text.slice(place.end, place.end + 60));
      const who = tail ? holders.find((a) => a.start === place.end + tail[0].length) : undefined;
      if (who) push(place, who, 'negotiated');
      // "(it) handed Momeik back on 18 November and Mogoke before the end of that month": back to the side
      // it was taken from (back-to.ts), and so is each place listed after it.
      if (who || !BACK_AFTER.test(text.slice(place.end, place.end + 60))) continue;
      const giver = holders.findLast((a) => a.end <= s.start + m.index! && a.start >= s.start);
      const to = giver ? backTo(giver.actor.kind, holders) : null;
      if (!to) continue;
      let last = place;
      for (const q of inS.filter((x) => x.start >= place.end)) {
        if (q !== place && !BACK_LIST.test(text.slice(last.end, q.start))) break;
        push(q, { actor: to }, 'negotiated');
        last = q;
      }
    }
  }
  return out;
}
