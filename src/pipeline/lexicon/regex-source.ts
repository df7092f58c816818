// A JavaScript regex's source read into a small tree, for analyses that must be sound about what
// a pattern can match (required-words.ts: strings every match contains; leading-words.ts:
// strings every match starts with). It keeps only what those analyses use: characters, simple
// classes, repetition, alternation; everything richer is `any`, which an analysis must treat as
// "could be anything". A source it cannot read throws.

export type RegexNode =
  | { readonly kind: 'alt'; readonly branches: readonly RegexNode[] }
  | { readonly kind: 'seq'; readonly items: readonly RegexNode[] }
  | { readonly kind: 'repeat'; readonly node: RegexNode; readonly min: number; readonly max: number }
  /** A literal character, or an escaped punctuation mark ("\." is "."). */
  | { readonly kind: 'char'; readonly c: string }
  /** "[…]": the source between the brackets (a negation or range is left for the analysis to refuse). */
  | { readonly kind: 'class'; readonly body: string }
  /** ".", "\d", "\w", "\p{…}", "\u0041", a back-reference: some text the analyses do not follow. */
  | { readonly kind: 'any' }
  /** "^", "$", "\b", "\B", a lookaround: matches no text of its own. */
  | { readonly kind: 'assert' };

const ANY: RegexNode = { kind: 'any' };
const ASSERT: RegexNode = { kind: 'assert' };

/** The tree of `re`'s source (throws when it cannot read it whole). */
export function parseRegexSource(re: RegExp): RegexNode {
  const p = new Parser(re.source, re.unicode || re.flags.includes('v'));
  const node = p.alternation();
  if (!p.done()) throw new Error('unbalanced');
  return node;
}

class Parser {
  private i = 0;
  constructor(private readonly s: string, private readonly unicode: boolean) {}

  done(): boolean { return this.i === this.s.length; }

  alternation(): RegexNode {
    const branches = [this.sequence()];
    while (this.s[this.i] === '|') { this.i++; branches.push(this.sequence()); }
    return branches.length === 1 ? branches[0]! : { kind: 'alt', branches };
  }

  private sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') items.push(this.quantified(this.atom()));
    return { kind: 'seq', items };
  }

  private quantified(node: RegexNode): RegexNode {
    const c = this.s[this.i];
    let min: number, max: number;
    if (c === '*' || c === '+' || c === '?') { this.i++; min = c === '+' ? 1 : 0; max = c === '?' ? 1 : Infinity; }
    else if (c === '{' && /^\{\d+(,\d*)?\}/.test(this.s.slice(this.i))) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i))!;
      this.i += m[0].length;
      min = +m[1]!; max = m[2] ? (m[3] ? +m[3] : Infinity) : min;
    } else return node;
    if (this.s[this.i] === '?') this.i++; // lazy: the same matches, tried in another order
    return { kind: 'repeat', node, min, max };
  }

  private atom(): RegexNode {
    const c = this.s[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '^' || c === '$') return ASSERT;
    if (c === '.') return ANY;
    return { kind: 'char', c };
  }

  private group(): RegexNode {
    this.i++;
    let look = false;
    if (this.s.startsWith('?:', this.i)) this.i += 2;
    else if (/^\?<?[=!]/.test(this.s.slice(this.i))) { look = true; this.i += this.s[this.i + 1] === '<' ? 3 : 2; }
    else if (this.s.startsWith('?<', this.i)) this.skipPast('>');
    else if (this.s[this.i] === '?') throw new Error('unknown group');
    const inner = this.alternation();
    if (this.s[this.i] !== ')') throw new Error('unbalanced');
    this.i++;
    return look ? ASSERT : inner;
  }

  /** Moves past the next `ch` ("\\k<name>", "\\p{L}"); without one the source is not ours to read. */
  private skipPast(ch: string): void {
    const at = this.s.indexOf(ch, this.i);
    if (at < 0) throw new Error(`no ${ch}`);
    this.i = at + 1;
  }

  private charClass(): RegexNode {
    const from = ++this.i;
    while (this.i < this.s.length && this.s[this.i] !== ']') this.i += this.s[this.i] === '\\' ? 2 : 1;
    if (this.s[this.i] !== ']') throw new Error('unterminated class');
    return { kind: 'class', body: this.s.slice(from, this.i++) };
  }

  private escape(): RegexNode {
    const c = this.s[this.i + 1];
    if (c === undefined) throw new Error('trailing backslash');
    this.i += 2;
    if (c === 'b' || c === 'B') return ASSERT;
    if ((c === 'p' || c === 'P') && this.unicode && this.s[this.i] === '{') { this.skipPast('}'); return ANY; }
    if (c === 'k' && this.s[this.i] === '<') { this.skipPast('>'); return ANY; }
    if (c === 'u' && this.s[this.i] === '{') { this.skipPast('}'); return ANY; }
    if (c === 'u' || c === 'x' || c === 'c') { this.i += c === 'u' ? 4 : c === 'x' ? 2 : 1; return ANY; }
    if (/[A-Za-z0-9]/.test(c)) return ANY; // \s, \d, \w, \n, \1 …: a class, a control or a back-reference
    return { kind: 'char', c }; // an escaped punctuation mark stands for itself
  }
}
