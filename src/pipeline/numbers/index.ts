// Numbers in the story with the qualifier that decides ACLED's conservative figure:
// "at least 12" → 12, "more than 160" → 160, "dozens" → 12, "tens" → 10, "hundreds" → 100,
// "two dozen" → 24, "half a dozen" → 6.
import { boundedMemo } from '../../core/memo.js';
import type { Stage } from '../../core/pipeline.js';
import type { Layers, NumberMention } from '../layers.js';
import { endsInWordAndSpace } from './qualifier.js';

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, a: 1, an: 1, 'a dozen': 12, dozen: 12, 'a couple of': 2,
  'a handful of': 3, 'several': 3, 'a few': 3,
};
const MULTIPLIER: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, dozen: 12 };
const VAGUE: Record<string, number> = { dozens: 12, tens: 10, hundreds: 100, thousands: 1000, scores: 20 };

export const MIN = /(?:at\s+least|more\s+than|over|upwards\s+of|in\s+excess\s+of|no\s+fewer\s+than|not\s+less\s+than)\s+$/i;
export const APPROX = /(?:about|around|approximately|nearly|almost|roughly|some|an\s+estimated|close\s+to|up\s+to)\s+$/i;
/** The words MIN's and APPROX's matches end in: tested first, since an end-anchored pattern is
 * tried at every offset of the text before the number. */
export const MIN_LAST = ['least', 'than', 'over', 'of'];
export const APPROX_LAST = ['about', 'around', 'approximately', 'nearly', 'almost', 'roughly', 'some', 'estimated', 'to'];

const NUM = /\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:hundred|thousand|million|dozen))?\b|\b(half\s+a\s+dozen|(?:two|three|four|five|six|seven|eight|nine|ten)\s+dozen|a\s+dozen|a\s+couple\s+of|a\s+handful\s+of|a\s+few|several|dozens|tens|hundreds|thousands|scores|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b/gi;

export function parseNumberWord(w: string): number | null {
  // Most numbers are a few plain digits ("12", "2025"): what the steps below give them anyway
  // (a run too long for a finite number is left to them).
  if (w.length <= 15 && isDigits(w)) return Number(w);
  // The rest are a few words ("two", "dozens", "1,200") met again and again: remembered.
  return parsedWords(w);
}
const parsedWords = boundedMemo(parseWords, 10_000);

function parseWords(w: string): number | null {
  const s = w.toLowerCase().replace(/\s+/g, ' ');
  if (s in VAGUE) return VAGUE[s]!;
  if (s in WORDS) return WORDS[s]!;
  const hy = /^(\w+)-(\w+)$/.exec(s);
  if (hy && WORDS[hy[1]!] && WORDS[hy[2]!]) return WORDS[hy[1]!]! + WORDS[hy[2]!]!;
  // "half a dozen" → 6, "two dozen" → 24.
  if (s === 'half a dozen') return 6;
  const dozens = /^(\w+) dozen$/.exec(s);
  if (dozens && WORDS[dozens[1]!]) return WORDS[dozens[1]!]! * 12;
  const mult = /^([\d,.]+)\s+(hundred|thousand|million|dozen)$/.exec(s);
  const base = Number((mult ? mult[1]! : s).replace(/,/g, ''));
  if (!Number.isFinite(base)) return null;
  return mult ? base * MULTIPLIER[mult[2]!]! : base;
}

function isDigits(w: string): boolean {
  if (!w.length) return false;
  for (let i = 0; i < w.length; i++) { const c = w.charCodeAt(i); if (c < 48 || c > 57) return false; }
  return true;
}

export function findNumbers(text: string, from: number, to: number): NumberMention[] {
  const out: NumberMention[] = [];
  const slice = text.slice(from, to);
  NUM.lastIndex = 0;
  for (let m = NUM.exec(slice); m; m = NUM.exec(slice)) {
    const value = parseNumberWord(m[0]);
    if (value === null) continue;
    const before = slice.slice(Math.max(0, m.index - 24), m.index);
    const vague = !!m[2] && /^(dozens|tens|hundreds|thousands|scores|several|a few|a handful of)$/i.test(m[2]);
    const qualifier = vague ? 'vague' : endsInWordAndSpace(before, MIN_LAST) && MIN.test(before) ? 'min' : endsInWordAndSpace(before, APPROX_LAST) && APPROX.test(before) ? 'approx' : 'exact';
    out.push({ start: from + m.index, end: from + m.index + m[0].length, value, qualifier });
  }
  return out;
}

export const numbersStage: Stage<Layers> = {
  name: 'numbers',
  requires: ['blocks'],
  assigns: ['numbers'],
  run: (ctx) => { ctx.layers.numbers = findNumbers(ctx.doc.text, ctx.doc.body.start, ctx.doc.body.end); },
};
