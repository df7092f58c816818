// Which words every match of a regex must contain, read from the pattern's source
// (regex-source.ts): the basis of the prefilters in prefilter.ts. Sound by construction: when
// unsure (a class, an optional part, a non-ASCII letter) it asks for less, down to nothing (null:
// always run the pattern).
import { parseRegexSource, type RegexNode } from './regex-source.js';

/** What a pattern piece needs: `req`, one of these strings occurs in any match (null: no
 * constraint); `exact`, the few strings it can match (null: many, or unknown). */
interface Need { req: string[] | null; exact: string[] | null }

const ANY: Need = { req: null, exact: null };
const EMPTY: Need = { req: null, exact: [''] };
/** Beyond this many strings a set of exact strings is not worth keeping. */
const MAX_EXACT = 256;

// Every exact list here is free of repeats, so appending one string (the usual piece: a literal
// character) keeps it so, and needs no Set: at module load this analysis ran on every pattern.
function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  if (b.length === 1) { const y = b[0]!; return a.map((x) => x + y); }
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

/** Lower-case ASCII strings, one of which is in every match of `re` (null: no usable condition). */
export function requiredWords(re: RegExp): string[] | null {
  let need: Need;
  try {
    need = needOf(parseRegexSource(re));
  } catch {
    return null;
  }
  return need.req && need.req.every((w) => w.length > 0) ? need.req : null;
}

/** The better of two conditions: the one whose shortest word is longest (fewer chance hits). */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const min = (xs: string[]): number => Math.min(...xs.map((x) => x.length));
  return min(b) > min(a) || (min(b) === min(a) && b.length < a.length) ? b : a;
}

function needOf(node: RegexNode): Need {
  switch (node.kind) {
    case 'alt': return alternation(node.branches.map(needOf));
    case 'seq': return sequence(node.items.map(needOf));
    case 'repeat': return repeated(needOf(node.node), node.min, node.max);
    case 'char': return literal(node.c);
    case 'class': return charClass(node.body);
    case 'any': return ANY;
    case 'assert': return EMPTY;
  }
}

function alternation(branches: Need[]): Need {
  const exacts = branches.every((b) => b.exact) ? [...new Set(branches.flatMap((b) => b.exact!))] : null;
  const exact = exacts && exacts.length <= MAX_EXACT ? exacts : null;
  if (branches.some((b) => !b.req)) return { req: null, exact };
  return { req: [...new Set(branches.flatMap((b) => b.req!))], exact };
}

function sequence(pieces: Need[]): Need {
  let best: string[] | null = null;
  let run: string[] = [''];
  let exact: string[] | null = run;
  // A run of exact pieces is one candidate: every match holds one of its strings.
  const flush = (): void => { if (run.every((x) => x.length > 0)) best = better(best, run); run = ['']; };
  for (const piece of pieces) {
    best = better(best, piece.req);
    if (piece.exact === null) { flush(); exact = null; continue; }
    const joined = cross(run, piece.exact);
    // Until the first flush the run is the whole exact list: one cross serves both.
    if (exact !== null) exact = exact === run ? joined : cross(exact, piece.exact);
    if (joined) run = joined; else { flush(); run = piece.exact; }
  }
  flush();
  return { req: best, exact };
}

function repeated(a: Need, min: number, max: number): Need {
  if (min === 0) return ANY;
  let exact: string[] | null = null;
  if (min === max && a.exact) { exact = ['']; for (let k = 0; k < min && exact; k++) exact = cross(exact, a.exact); }
  return { req: a.req, exact };
}

/** "[Ss]": the lower-cased letters or digits listed; anything richer (ranges, escapes, negation) is ANY. */
function charClass(body: string): Need {
  if (!/^[A-Za-z0-9]+$/.test(body)) return ANY;
  const chars = [...new Set(body.toLowerCase())];
  return { req: chars, exact: chars };
}

/** A literal character: usable when ASCII (lower-casing the text keeps it in place). */
function literal(c: string): Need {
  if (c.charCodeAt(0) >= 0x80) return ANY;
  const l = c.toLowerCase();
  return { req: [l], exact: [l] };
}
