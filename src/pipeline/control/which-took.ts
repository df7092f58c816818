// A capture told in a relative clause after the places: "Mansi and Momauk towns, which the KIA
// seized in 2024, are now run by KIO administrators". The events stage may code only the place
// next to the verb; every place of the list is held by the taker since the date told.
import type { ControlOut } from '../../core/schema.js';
import type { Layers, PlaceMention } from '../layers.js';
import { actorOut } from '../output.js';
import { BEFORE_WHICH, isTownLike, listBefore } from './same-place.js';
import { C, sentenceCues } from './cues.js';

type Mention = Layers['actors'][number];

const WHICH_TOOK = /\b(?:which|that)\s+(?:the\s+)?([\p{L}'’ -]{2,40}?)\s+(?:had\s+|has\s+)?(?:seized|captured|overran|took\s+(?:control\s+of|over)|took)\b/gu;

/** The words a sentence needs for WHICH_TOOK: a relative pronoun and a verb of taking. */
export const WHICH_OR_THAT = /\b(?:which|that)\b/;
export const TOOK_CUE = /seiz|captur|overran|took/;

export function whichTook(text: string, sentences: Layers['sentences'], holders: readonly Mention[], places: readonly PlaceMention[], dates: Layers['dates']): ControlOut[] {
  const out: ControlOut[] = [];
  const cues = sentenceCues(text, sentences);
  for (let i = 0; i < sentences.length; i++) {
    if (!cues[i]![C.WHICH_OR_THAT] || !cues[i]![C.TOOK]) continue;
    const s = sentences[i]!;
    const sent = text.slice(s.start, s.end);
    if (!WHICH_OR_THAT.test(sent) || !TOOK_CUE.test(sent)) continue;
    const inS = places.filter((p) => p.start >= s.start && p.end <= s.end);
    for (const m of sent.matchAll(WHICH_TOOK)) {
      const at = s.start + m.index!, end = at + m[0].length;
      const who = holders.find((a) => a.start >= at && a.end <= end)
        ?? (/^(?:it|they)$/i.test(m[1]!) ? holders.findLast((a) => a.end <= at && a.start >= s.start) : undefined);
      const last = inS.findLast((p) => p.end <= at);
      if (!who || !last || !BEFORE_WHICH.test(text.slice(last.end, at))) continue;
      // "… seized in 2024," / "… captured on 3 March": the date right after the verb.
      const when = dates.find((d) => d.start >= end && d.start - end < 12 && d.end <= s.end)?.date ?? null;
      for (const p of listBefore(text, inS, last)) {
        if (p.location && isTownLike(p.location)) out.push({ place: p.location, controller: actorOut(who.actor), status: 'controlled', since: when, how: 'captured', evidence: sent, span: { start: s.start, end: s.end } });
      }
    }
  }
  return out;
}
