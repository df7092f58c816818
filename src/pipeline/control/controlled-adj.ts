// "KIA-controlled Laiza", "the AA-held town of Kyauktaw": a holder named as an adjective of the
// place, and a fast scan for it (split from stated.ts). "KIA-administered Hpakant" and "AA-occupied Paletwa" say the same.
export const CONTROLLED_ADJ = /\b([\p{L}'’ ]{2,40}?)-(?:controlled|held|administered|occupied)\s+(?:(?:town|village|township|city)\s+of\s+)?/gu;
const CONTROLLED_ADJ_AT = new RegExp(CONTROLLED_ADJ.source, 'uy');

/**
 * The matches of CONTROLLED_ADJ in `s`, as matchAll gives them, trying the pattern only where a
 * match can start: its name holds no "-", so it ends at the first "-" after its start, and that
 * "-" begins "-controlled" or "-held"; the start is 2 to 40 name characters (code points) before it. The lazy
 * name part made the global pattern read 40 characters at every offset of the sentence.
 */
export function controlledAdjMatches(s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let p = 0; // the next start to try: at or after the end of the last match
  for (const h of hyphens(s)) {
    let lo = h;
    // 40 characters are up to 80 code units (a letter may be two).
    while (lo > h - 80 && lo > 0 && inAdjName(s.charCodeAt(lo - 1))) lo--;
    if (lo > p) p = lo;
    for (; p <= h - 2; p++) {
      const c = s.charCodeAt(p);
      if (c >= 0xdc00 && c <= 0xdfff && p > 0 && s.charCodeAt(p - 1) >= 0xd800 && s.charCodeAt(p - 1) <= 0xdbff) continue; // inside a code point
      CONTROLLED_ADJ_AT.lastIndex = p;
      const m = CONTROLLED_ADJ_AT.exec(s);
      if (m) { out.push(m); p += m[0].length; break; }
    }
  }
  return out;
}

/** Offsets of "-controlled", "-held", "-administered" and "-occupied" in `s`, ascending. */
function hyphens(s: string): number[] {
  const out: number[] = [];
  for (let i = s.indexOf('-controlled'); i >= 0; i = s.indexOf('-controlled', i + 1)) out.push(i);
  for (let i = s.indexOf('-held'); i >= 0; i = s.indexOf('-held', i + 1)) out.push(i);
  for (let i = s.indexOf('-administered'); i >= 0; i = s.indexOf('-administered', i + 1)) out.push(i);
  for (let i = s.indexOf('-occupied'); i >= 0; i = s.indexOf('-occupied', i + 1)) out.push(i);
  return out.sort((a, b) => a - b);
}

/** A superset of CONTROLLED_ADJ's name characters [\p{L}'’ ]: any non-ASCII one counts. */
const inAdjName = (c: number): boolean => c >= 128 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 32;
