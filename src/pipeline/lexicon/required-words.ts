// Which words every match of a regex must contain, read from the pattern's source: the basis of
// the prefilters in prefilter.ts. Sound by construction: when unsure (a class, an optional part,
// a non-ASCII letter) it asks for less, down to nothing (null: always run the pattern).

/** What a pattern piece needs: `req`, one of these strings occurs in any match (null: no
 * constraint); `exact`, the few strings it can match (null: many, or unknown). */
interface Need { req: string[] | null; exact: string[] | null }

const ANY: Need = { req: null, exact: null };
const EMPTY: Need = { req: null, exact: [''] };
/** Beyond this many strings a set of exact strings is not worth keeping. */
const MAX_EXACT = 256;

function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

/** Lower-case ASCII strings, one of which is in every match of `re` (null: no usable condition). */
export function requiredWords(re: RegExp): string[] | null {
  try {
    const p = new Parser(re.source, re.flags.includes('u'));
    const need = p.alternation();
    return p.done() && need.req && need.req.every((w) => w.length > 0) ? need.req : null;
  } catch {
    return null;
  }
}

/** The better of two conditions: the one whose shortest word is longest (fewer chance hits). */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const min = (xs: string[]): number => Math.min(...xs.map((x) => x.length));
  return min(b) > min(a) || (min(b) === min(a) && b.length < a.length) ? b : a;
}

class Parser {
  private i = 0;
  constructor(private readonly s: string, private readonly unicode: boolean) {}

  done(): boolean { return this.i === this.s.length; }

  alternation(): Need {
    const branches = [this.sequence()];
    while (this.s[this.i] === '|') { this.i++; branches.push(this.sequence()); }
    if (branches.length === 1) return branches[0]!;
    const exacts = branches.every((b) => b.exact) ? [...new Set(branches.flatMap((b) => b.exact!))] : null;
    const exact = exacts && exacts.length <= MAX_EXACT ? exacts : null;
    if (branches.some((b) => !b.req)) return { req: null, exact };
    return { req: [...new Set(branches.flatMap((b) => b.req!))], exact };
  }

  private sequence(): Need {
    let best: string[] | null = null;
    let run: string[] = [''];
    let exact: string[] | null = [''];
    // A run of exact pieces is one candidate: every match holds one of its strings.
    const flush = (): void => { if (run.every((x) => x.length > 0)) best = better(best, run); run = ['']; };
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const piece = this.quantified(this.atom());
      best = better(best, piece.req);
      if (piece.exact === null) { flush(); exact = null; continue; }
      const joined = cross(run, piece.exact);
      if (joined) run = joined; else { flush(); run = piece.exact; }
      if (exact !== null) exact = cross(exact, piece.exact);
    }
    flush();
    return { req: best, exact };
  }

  private quantified(a: Need): Need {
    const c = this.s[this.i];
    let min: number, max: number;
    if (c === '*' || c === '+' || c === '?') { this.i++; min = c === '+' ? 1 : 0; max = c === '?' ? 1 : Infinity; }
    else if (c === '{' && /^\{\d+(,\d*)?\}/.test(this.s.slice(this.i))) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i))!;
      this.i += m[0].length;
      min = +m[1]!; max = m[2] ? (m[3] ? +m[3] : Infinity) : min;
    } else return a;
    if (this.s[this.i] === '?') this.i++; // lazy
    if (min === 0) return ANY;
    let exact: string[] | null = null;
    if (min === max && a.exact) { exact = ['']; for (let k = 0; k < min && exact; k++) exact = cross(exact, a.exact); }
    return { req: a.req, exact };
  }

  private atom(): Need {
    const c = this.s[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return ANY;
    return literal(c);
  }

  private group(): Need {
    this.i++;
    let look = false;
    if (this.s.startsWith('?:', this.i)) this.i += 2;
    else if (/^\?<?[=!]/.test(this.s.slice(this.i))) { look = true; this.i += this.s[this.i + 1] === '<' ? 3 : 2; }
    else if (this.s.startsWith('?<', this.i)) this.i = this.s.indexOf('>', this.i) + 1;
    const inner = this.alternation();
    if (this.s[this.i] !== ')') throw new Error('unbalanced');
    this.i++;
    return look ? EMPTY : inner; // a lookaround matches no text of its own
  }

  /** "[Ss]": the lower-cased letters or digits listed; anything richer (ranges, escapes, negation) is ANY. */
  private charClass(): Need {
    const from = ++this.i;
    while (this.i < this.s.length && this.s[this.i] !== ']') this.i += this.s[this.i] === '\\' ? 2 : 1;
    if (this.s[this.i] !== ']') throw new Error('unterminated class');
    const body = this.s.slice(from, this.i++);
    if (!/^[A-Za-z0-9]+$/.test(body)) return ANY;
    const chars = [...new Set(body.toLowerCase())];
    return { req: chars, exact: chars };
  }

  private escape(): Need {
    const c = this.s[this.i + 1];
    if (c === undefined) throw new Error('trailing backslash');
    this.i += 2;
    if (c === 'b' || c === 'B') return EMPTY;
    if ((c === 'p' || c === 'P') && this.unicode && this.s[this.i] === '{') { this.i = this.s.indexOf('}', this.i) + 1; return ANY; }
    if (c === 'k' && this.s[this.i] === '<') { this.i = this.s.indexOf('>', this.i) + 1; return ANY; }
    if (c === 'u' || c === 'x' || c === 'c') { this.i += c === 'u' && this.s[this.i] === '{' ? this.s.indexOf('}', this.i) + 1 - this.i : c === 'u' ? 4 : c === 'x' ? 2 : 1; return ANY; }
    if (/[A-Za-z0-9]/.test(c)) return ANY; // \s, \d, \w, \n, \1 …: a class, a control or a back-reference
    return literal(c); // an escaped punctuation mark stands for itself
  }
}

/** A literal character: usable when ASCII (lower-casing the text keeps it in place). */
function literal(c: string): Need {
  if (c.charCodeAt(0) >= 0x80) return ANY;
  const l = c.toLowerCase();
  return { req: [l], exact: [l] };
}
