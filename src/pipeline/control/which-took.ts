// A capture told in a relative clause after the places: "Mansi and Momauk towns, which the KIA
// seized in 2024, are now run by KIO administrators". The events stage may code only the place
// next to the verb; every place of the list is held by the taker since the date told.
import type { ControlOut } from '../../core/schema.js';
import type { Layers, PlaceMention } from '../layers.js';
import { actorOut } from '../output.js';
import { BEFORE_WHICH, isTownLike, listBefore } from './same-place.js';
import { C, sentenceCues } from './cues.js';

type Mention = Layers['actors'][number];

// ("Bawlake, the town that KNDF and Karenni Army (KA) fighters captured together in June 2024": an apposition's
// relative clause, the takers' names with a bracketed alias.)
const WHICH_TOOK = /\b(?:which|that|the\s+(?:[\p{L}-]+\s+){0,2}?(?:town|city|village|base|camp)(?:\s+(?:which|that))?)\s+(?:the\s+)?([\p{L}'’ ()-]{2,50}?)\s+(?:had\s+|has\s+)?(?:(?:jointly|together)\s+)?(?:seized|captured|overran|took\s+(?:control\s+of|over)|took)\b/gu;
/** Between the place and the apposition's head: ", " (BEFORE_WHICH's gap without the head noun). */
const BEFORE_APPOSITION = /^\s*,\s*$/;

/** The words a sentence needs for WHICH_TOOK: a relative pronoun and a verb of taking. */
export const WHICH_OR_THAT = /\b(?:which|that|town|city|village|base|camp)\b/;
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
      if (!who || !last || !(/^(?:which|that)\b/i.test(m[0]) ? BEFORE_WHICH : BEFORE_APPOSITION).test(text.slice(last.end, at))) continue;
      // "… seized in 2024," / "… captured on 3 March" / "captured together in June 2024": the date right after the verb.
      const when = dates.find((d) => d.start >= end && (d.start - end < 12 || /^\s*(?:together|jointly)\s+(?:in|on)?\s*$/i.test(text.slice(end, d.start))) && d.end <= s.end)?.date ?? null;
      for (const p of listBefore(text, inS, last)) {
        if (p.location && isTownLike(p.location)) out.push({ place: p.location, controller: actorOut(who.actor), status: 'controlled', since: when, how: 'captured', evidence: sent, span: { start: s.start, end: s.end } });
      }
    }
  }
  return out;
}
