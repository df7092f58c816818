// Captures counted, then named: "The AA has seized 14 of Rakhine's 17 townships since November 2023, including Ann",
// "the KIA has captured several towns this year, including Bhamo and Mansi", "… has taken 14 townships, most
// recently the town of Ann, in December 2024". The count names no place; the places after "including" are the
// taker's. (The events stage reads "among them"; a story's background count is seldom an event of its own.)
import type { ControlOut } from '../../core/schema.js';
import type { Layers, PlaceMention } from '../layers.js';
import { actorOut } from '../output.js';
import { LIST_GAP } from '../places/list-gap.js';
import { isTownLike } from './same-place.js';

type Mention = Layers['actors'][number];

/** The marker that starts the named members of the count. */
const MARKER = /,\s+(?:including|most\s+recently|among\s+them)\s+(?:the\s+(?:[\p{L}-]+\s+){0,2}?(?:town|city|township)s?\s+of\s+)?/gu;
/** A capture of a counted or plural set of places, before the marker: "has seized 14 of Rakhine's 17 townships",
 * "captured several towns", "overran a dozen bases". */
const TOOK_MANY = /\b(?:seized|captured|taken|took|overran|overrun)\s+(?:control\s+of\s+)?(?:(?:\d+|all|most|several|many|dozens|a\s+dozen|a\s+string|a\s+series|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:of\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:towns|townships|cities|district\s+capitals|bases|camps|outposts)\b/gu;
/** Between the taker and the verb: "has", "has now", an apposition ("the AA, one of the strongest groups, has") — no
 * denial, no wish. */
const SUBJECT_GAP = /^\)?['’]?s?(?:\s*,\s+[^,;()]{1,60},)?\s*(?:(?:has|have|had|now|since|also|already|so\s+far)\s+)*$/i;

export function capturesIncluding(text: string, sentences: Layers['sentences'], holders: readonly Mention[], places: readonly PlaceMention[]): ControlOut[] {
  const out: ControlOut[] = [];
  for (const s of sentences) {
    const sent = text.slice(s.start, s.end);
    // (A cheap gate: most sentences have neither word.)
    if (!sent.includes('including') && !sent.includes('most recently') && !sent.includes('among them')) continue;
    for (const m of sent.matchAll(MARKER)) {
      const head = sent.slice(0, m.index!);
      const took = [...head.matchAll(TOOK_MANY)].at(-1);
      // (The count and its members in one clause: no ";" or other capture between.)
      if (!took || /;/.test(head.slice(took.index!))) continue;
      const verbAt = s.start + took.index!;
      const who = holders.findLast((a) => a.start >= s.start && a.end <= verbAt && SUBJECT_GAP.test(text.slice(a.end, verbAt)));
      if (!who) continue;
      const from = s.start + m.index! + m[0].length;
      const first = places.find((p) => p.start === from);
      if (!first) continue;
      const list = [first];
      for (const p of places) {
        if (p.start <= list.at(-1)!.start || p.end > s.end) continue;
        if (!LIST_GAP.test(text.slice(list.at(-1)!.end, p.start))) break;
        list.push(p);
      }
      for (const p of list) if (p.location && isTownLike(p.location)) out.push({ place: p.location, controller: actorOut(who.actor), status: 'controlled', since: null, how: 'captured', evidence: sent, span: { start: s.start, end: s.end } });
    }
  }
  return out;
}
