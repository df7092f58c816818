// Fatalities by ACLED's conservative rules: the number attached to a killing verb in the clause
// ("killing at least 11" → 11, "12 soldiers were killed" → 12); "killed or wounded" → unknown.
import type { NumberMention } from '../layers.js';

const KILL_AFTER = /^\s*(?:[\p{L}-]+\s+){0,4}?(?:were|was|had been|have been)?\s*(?:killed|dead|died|slain|shot dead|lost their lives)\b/u;
const KILL_BEFORE = /(?:killing|killed|kills|left|leaving|death toll (?:rose |climbed )?(?:to|of)|bodies of)\s+(?:at least |more than |over |about |around |some |nearly |up to )?$/;
const WOUNDED_OR = /killed or (?:wounded|injured)|dead or (?:wounded|injured)|casualties/;

export function fatalitiesIn(text: string, clause: { start: number; end: number }, numbers: readonly NumberMention[]): number | null {
  const c = text.slice(clause.start, clause.end);
  if (WOUNDED_OR.test(c)) return null;
  let total: number | null = null;
  for (const n of numbers) {
    if (n.start < clause.start || n.end > clause.end) continue;
    const after = text.slice(n.end, Math.min(clause.end, n.end + 60));
    const before = text.slice(Math.max(clause.start, n.start - 40), n.start);
    if (/^\s*(?:km|kilomet|miles|percent|%|houses|homes|villages|weapons|rounds|days|weeks|months|years|hours|minutes|am|pm|bombs?)\b/i.test(after)) continue;
    if (KILL_AFTER.test(after) || KILL_BEFORE.test(before)) {
      if (/wounded|injured/.test(after.slice(0, 20))) continue;
      total = Math.max(total ?? 0, n.value);
    }
  }
  return total;
}
