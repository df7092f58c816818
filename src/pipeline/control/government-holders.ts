// "Garbahaarey remained in government hands", "Kismayo remains under government control", "government forces
// still hold the centre of Moqokori", "the last government-held town": for statements of control only, the
// government named as the side holding a place is the state's military (the story's country's, or the pack's at
// home), the force that holds ground for it. No actor list has "government" for a holder.
import type { ActorEntry } from '../../core/pack.js';
import type { Layers } from '../layers.js';

type Mention = Layers['actors'][number];

/** "government" as a holding side: with its forces' noun, before "hands"/"control", or in "government-held". */
const GOVERNMENT = /\b[Gg]overnment(?:\s+(?:forces|troops|soldiers)\b|(?=\s+(?:hands|control)\b|-(?:held|controlled)\b))/g;

/** The mentions "government" as a holder makes in `text`, each the state force `force` (none where an actor
 * already covers the word: "the National Unity Government", "the Government of Sudan"). */
export function governmentHolders(text: string, actors: readonly Mention[], force: ActorEntry | undefined): Mention[] {
  if (!force || !/overnment/.test(text)) return [];
  const out: Mention[] = [];
  for (const g of text.matchAll(GOVERNMENT)) {
    const start = g.index!, end = start + g[0].length;
    if (actors.some((a) => a.start < end && start < a.end)) continue;
    out.push({ start, end, actor: force });
  }
  return out;
}
