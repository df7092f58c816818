// Text context the geocoder reads around a place name: which sentence and paragraph it is in,
// the words just before it ("in", "northern") and the words linking it to the next place
// ("X village, Y Township" / "X in Y State"). The geocoder only gets the text, so it finds these
// itself, cheaply, from punctuation.
import { singleSpaced } from '../../core/chars.js';
import { boundedMemo } from '../../core/memo.js';
import { firstIndex } from '../../core/search.js';

export class TextContext {
  private readonly sentenceStarts: number[] = [0];
  private readonly paragraphStarts: number[] = [0];

  constructor(readonly text: string) {
    const re = /[.!?]["'”’)\]]*\s+|\n+/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index + m[0].length;
      this.sentenceStarts.push(at);
      if (m[0].includes('\n')) this.paragraphStarts.push(at);
    }
  }

  sentenceOf(offset: number): number { return upperBound(this.sentenceStarts, offset); }
  paragraphOf(offset: number): number { return upperBound(this.paragraphStarts, offset); }
  /** Where paragraph `index` (as paragraphOf numbers them) starts. */
  paragraphStart(index: number): number { return this.paragraphStarts[index] ?? 0; }
}

/** The last index whose start is at or before `x` (0 when none is). */
function upperBound(starts: readonly number[], x: number): number {
  return Math.max(0, firstIndex(starts.length, (i) => starts[i]! > x) - 1);
}

const DIRECTION = /\b(north|south|east|west|central|upper|lower)(?:ern)?(?:[\s-]*(?:east|west)(?:ern)?)?\s+$/i;
// Words after which a name is used as a place, even a weak one ("in Ann", "captured Saw"; a
// route's end: "the road linking Catubig and Las Navas").
const LOCATIVE = /\b(?:in|at|near|on|from|to|into|of|around|outside|inside|toward|towards|across|throughout|within|between|via|through|linking|connecting|captured|seized|took|retook|recaptured|attacked|bombed|shelled|raided|overran|entered|reached|besieged|surrounded|control of)\s+(?:the\s+)?(?:(?:town|city|village|township)s?\s+of\s+)?$/i;

/** The direction word just before a name: "northern Shan" → 'north', "North-eastern" → 'north'. */
export function directionBefore(text: string, start: number): 'north' | 'south' | 'east' | 'west' | null {
  const m = DIRECTION.exec(text.slice(Math.max(0, start - 30), start));
  const d = m?.[1]!.toLowerCase();
  return d === 'north' || d === 'south' || d === 'east' || d === 'west' ? d : null;
}

/** A locative or a direction word directly before the name supports reading it as a place. */
export function supportedBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return LOCATIVE.test(before) || DIRECTION.test(before);
}

// "X Township, Y State" · "X village, also in Y" · "X camp in Y Township" · "X (Z) in northern Y"
const CONTAINER_GAP = new RegExp(
  '^\\s*(?:\\([^()]{1,40}\\)\\s*)?' +
  '(?:(?:village\\s+tract|village|camp|town(?:ship)?|ward|city|state|region|division|province|district)\\s*)?' +
  '(?:,\\s*|\\s+)(?:(?:also|both|which\\s+is|located|lying|lies|situated)\\s+)?' +
  '(?:(?:in|of|near|inside|within)\\s+)?(?:the\\s+)?(?:neighbouring\\s+|neighboring\\s+|nearby\\s+)?' +
  '(?:(?:north|south|east|west|central|upper|lower)(?:ern)?(?:[\\s-]*(?:east|west)(?:ern)?)?\\s+)?$', 'i');
// "Sagaing Region's Kale Township"
const CONTAINER_BEFORE = /^\s*(?:state|region|division|province|township)?['’]s\s+$/i;

export const containerAfter = (gap: string): boolean => gap.length <= 60 && !gap.includes('\n') && CONTAINER_GAP.test(gap);
export const containerBefore = (gap: string): boolean => CONTAINER_BEFORE.test(gap);

// The same surfaces recur in every article: the regex replaces below ran for each mention.
/** "SITTWE" → "Sittwe", "HPA-AN" → "Hpa-An"; other spellings are kept as written. */
export const displayName: (surface: string) => string = boundedMemo(spelledForDisplay, 8_000);

function spelledForDisplay(surface: string): string {
  const s = singleSpaced(surface) ? surface : surface.replace(/\s+/g, ' ').trim();
  if (s.length <= 3 || /[a-z]/.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s\-'’(])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}
