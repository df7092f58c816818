// Which strings every match of a regex starts with, read from the pattern's source: with them a
// trigger pattern is tried (sticky) only where one of them starts, instead of at every position
// of the sentence (V8 cannot skip ahead for patterns opening on "\b(" and an alternation).
// Sound by construction: when unsure (a class, a non-ASCII letter, an optional part) a sequence
// stops there, and the strings read so far still begin every match; null when nothing is known.

/** `exact`: the strings a piece can match (null: many, or unknown); `first`: non-empty strings
 * one of which starts every match (null: unknown); `zero`: an assertion that matches no text. */
interface Info { exact: string[] | null; first: string[] | null; zero: boolean }

const ANY: Info = { exact: null, first: null, zero: false };
const ZERO: Info = { exact: null, first: null, zero: true };
/** Beyond this many strings a product is not worth forming (the scan table grows with it). */
const MAX = 64;
/** Longer starts are cut to this length: the scan table stays small, and a cut start still
 * begins every match (only the sticky tries at its places grow, by little). */
const CUT = 8;

/** The strings cut to CUT characters, without those another one begins (it finds their places too). */
export function minimal(xs: readonly string[]): string[] {
  const cut = [...new Set(xs.map((x) => x.slice(0, CUT)))];
  return cut.filter((x) => !cut.some((y) => y !== x && x.startsWith(y)));
}

function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX) return null;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

/**
 * Lower-case ASCII strings one of which every match of `re` starts with, or null. Sound for
 * patterns without the u or v flag (under /iu "ſ" and the Kelvin sign match ASCII letters); the
 * text must be lower-cased ASCII letter by ASCII letter for the strings to be found in it.
 */
export function leadingWords(re: RegExp): string[] | null {
  if (re.unicode || re.flags.includes('v')) return null;
  try {
    const p = new Parser(re.source);
    const info = p.alternation();
    return p.done() && info.first ? info.first : null;
  } catch {
    return null;
  }
}

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  done(): boolean { return this.i === this.s.length; }

  alternation(): Info {
    const branches = [this.sequence()];
    while (this.s[this.i] === '|') { this.i++; branches.push(this.sequence()); }
    if (branches.length === 1) return branches[0]!;
    // A branch that is only an assertion may match empty: no string starts every match then.
    if (branches.some((b) => b.zero)) return ANY;
    const exact = branches.every((b) => b.exact) ? [...new Set(branches.flatMap((b) => b.exact!))] : null;
    const first = branches.every((b) => b.first) ? minimal(branches.flatMap((b) => b.first!)) : null;
    return { exact: exact && exact.length <= MAX ? exact : null, first, zero: false };
  }

  private sequence(): Info {
    let acc: string[] = [''];
    let complete = true;
    let zero = true;
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const piece = this.quantified(this.atom());
      if (piece.zero) continue; // "\b", lookarounds: no text of their own
      zero = false;
      if (!complete) continue; // parsed only to move past it
      if (piece.exact) {
        const joined = cross(acc, piece.exact);
        if (joined) { acc = joined; continue; }
        complete = false;
        continue;
      }
      complete = false;
      const joined = piece.first && cross(acc, piece.first);
      if (joined) acc = joined;
    }
    if (zero) return ZERO;
    return { exact: complete ? acc : null, first: acc.every((x) => x.length > 0) ? minimal(acc) : null, zero: false };
  }

  private quantified(a: Info): Info {
    const c = this.s[this.i];
    let min: number, max: number;
    if (c === '*' || c === '+' || c === '?') { this.i++; min = c === '+' ? 1 : 0; max = c === '?' ? 1 : Infinity; }
    else if (c === '{' && /^\{\d+(,\d*)?\}/.test(this.s.slice(this.i))) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i))!;
      this.i += m[0].length;
      min = +m[1]!; max = m[2] ? (m[3] ? +m[3] : Infinity) : min;
    } else return a;
    if (this.s[this.i] === '?') this.i++; // lazy: the same matches, tried in another order
    if (a.zero) return ZERO;
    if (min === 0) return { exact: max === 1 && a.exact ? [...new Set([...a.exact, ''])] : null, first: null, zero: false };
    // "x+", "x{2,3}": every match starts with a match of x.
    return { exact: min === 1 && max === 1 ? a.exact : null, first: a.first, zero: false };
  }

  private atom(): Info {
    const c = this.s[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '^' || c === '$') return ZERO;
    if (c === '.') return ANY;
    return literal(c);
  }

  private group(): Info {
    this.i++;
    let look = false;
    if (this.s.startsWith('?:', this.i)) this.i += 2;
    else if (/^\?<?[=!]/.test(this.s.slice(this.i))) { look = true; this.i += this.s[this.i + 1] === '<' ? 3 : 2; }
    else if (this.s.startsWith('?<', this.i)) this.i = this.s.indexOf('>', this.i) + 1;
    else if (this.s[this.i] === '?') throw new Error('unknown group');
    const inner = this.alternation();
    if (this.s[this.i] !== ')') throw new Error('unbalanced');
    this.i++;
    return look ? ZERO : inner;
  }

  /** "[eo]", "['’]": the characters listed; anything richer (ranges, escapes, negation) is ANY. */
  private charClass(): Info {
    const from = ++this.i;
    while (this.i < this.s.length && this.s[this.i] !== ']') this.i += this.s[this.i] === '\\' ? 2 : 1;
    if (this.s[this.i] !== ']') throw new Error('unterminated class');
    const body = this.s.slice(from, this.i++);
    if (!/^[A-Za-z0-9 ,.;:'"’]+$/.test(body)) return ANY;
    const chars = [...new Set([...body].map((c) => literal(c).exact![0]!))];
    return { exact: chars, first: chars, zero: false };
  }

  private escape(): Info {
    const c = this.s[this.i + 1];
    if (c === undefined) throw new Error('trailing backslash');
    this.i += 2;
    if (c === 'b' || c === 'B') return ZERO;
    if (c === 'k' && this.s[this.i] === '<') { this.i = this.s.indexOf('>', this.i) + 1; return ANY; }
    if (c === 'u' || c === 'x' || c === 'c') { this.i += c === 'u' ? 4 : c === 'x' ? 2 : 1; return ANY; }
    if (/[A-Za-z0-9]/.test(c)) return ANY; // \s, \d, \w, \n, \1 …: a class, a control or a back-reference
    return literal(c); // an escaped punctuation mark stands for itself
  }
}

/** A literal character: usable when ASCII (the scan lower-cases ASCII letters in place) or the
 * right single quote, which the scan reads as an apostrophe ("Lashio’s", "Lashio's"). */
function literal(c: string): Info {
  if (c === '’') return { exact: ["'"], first: ["'"], zero: false };
  if (c.charCodeAt(0) >= 0x80) return ANY;
  const l = c.toLowerCase();
  return { exact: [l], first: [l], zero: false };
}
