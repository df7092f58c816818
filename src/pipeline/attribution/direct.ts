// Direct quotes: text inside quotation marks in story paragraphs, with the speaker named next
// to it ("…," said X / X said: "…" / "…," he said). A caption line above a quote never speaks;
// a pronoun takes the last person named in the story. A paragraph-spanning quote takes the
// speaker of the paragraph that closes it.
import type { QuoteOut } from '../../core/schema.js';
import type { Block, Quotation } from '../layers.js';
import type { Person } from '../people/index.js';
import { namedOut, personOut } from '../output.js';
import { pronounPerson } from './pronoun.js';
import { TITLES } from '../people/lexicon.js';
import { alt } from '../people/patterns.js';
import { isSpace, singleSpaced } from '../../core/chars.js';

const MIN_WORDS = 5;
/** “We are ready,” he said: a shorter quote counts when a speech verb names its speaker next to it
 * and it opens its sentence (a phrase quoted inside a sentence, "described it as \"a massacre\"", does not). */
const MIN_WORDS_ATTRIBUTED = 2;
const OPENS_SENTENCE = /(?:^|[.!?]["”’]?\s+|(?:said|says|added|told [^:]{1,40}|stated)\s*[:,]\s*)$/;
/** Between a speech verb after a quote and its speaker's name: the speaker's role, rank and
 * group ("said AA spokesman", "said junta spokesperson Maj-Gen"), no clause of its own. */
const ROLE_GAP = /^\s*,?\s*(?:said|says|added|told)\s+(?:[\p{L}\p{M}'’.-]+\s+){1,6}$/u;
const ROLE_BEFORE = /^\s*,?\s*(?:[\p{L}\p{M}'’-]+\.?\s+){1,6}$/u;
const VERB_NEXT = /^\s*(?:said|says|added|told|wrote|writes)\b/;
/** A closing quote mark after a comma inside it, or a comma right after it. */
const HANDS_OVER = /,\s*["”’']|["”’'],/;
const NOT_ROLE_WORD = /\s(?:who|whom|that|which|to|of|from|with|in|at|on|by|for|after|before|when|had|has|have|was|were|is|are|and|or)\s/i;
const AFTER_PRON = /^\s*,?\s*(?:(he|she)\s+(?:said|added|says|told|explained|continued|asked|wrote)|(?:said|added)\s+(he|she))\b/i;
/** A speech verb and ":" or "," right before a quote. */
const SAID_BEFORE = /(?:said|says|told [^:]{1,40}|added|wrote|stated)\s*[:,]\s*$/i;
/**
 * Whether SAID_BEFORE or DESCRIBED_AS may match `before`: the last character that is not white
 * space is ":" or "," (SAID_BEFORE) or the "s" of "as" (DESCRIBED_AS). Both run over the whole
 * paragraph before the quote, trying their words at every position.
 */
function mayIntroduce(before: string): boolean {
  let i = before.length - 1;
  while (i >= 0 && isSpace(before.charCodeAt(i))) i--;
  const c = before.charCodeAt(i);
  return c === 58 || c === 44 || c === 115 || c === 83;
}
/** "described the raid as" right before a quote. */
const DESCRIBED_AS = /\bdescrib(?:ed|es)\s+[^."“”]{1,60}?\s+as\s*$/i;
const BETWEEN_NAME = new RegExp(`^\\s*,?\\s*(?:said|says|added|told)?\\s*(?:(?:${alt(TITLES)})\\s+)?$`, 'i');
const APPOS_VERB = /^\s*,\s*(?:a|an|the)\s[^"“”.;,]{1,80}(?:,\s*[^"“”.;,]{1,40})?,\s*(?:said|says|added|told)\b/;
const AFTER_VERB = /^\s*,?\s*(?:said|says|added|told|wrote|writes)\b/i;
/** Between two quotes of one paragraph, the first one's attribution closing its sentence:
 * `"…," he said. "…"` / `"…," Ko Tun told the Daily. "…"`: the second continues the same speaker. */
const SAID_THEN = /^[\s,]*[^.!?"“”]{0,60}?\b(?:said|says|added|told|explained|continued)\b[^.!?"“”]{0,50}\.\s*$/;
const AFTER_GENERIC = /^\s*,?\s*(?:(?:the|one|a|an)\s+([\p{L}-]+(?:\s+(?!who\b|whose\b|in\b|from\b|of\b|at\b|with\b)[\p{L}-]+)?)(?:\s+(?:of|in|from)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s+(?:said|added|told)|(?:said|added)\s+(?:the|one|a|an)\s+([\p{L}-]+(?:\s+(?!who\b|whose\b|in\b|from\b|of\b|at\b|with\b)[\p{L}-]+)?))\b/iu;

export function findDirectQuotes(text: string, blocks: readonly Block[], quotations: readonly Quotation[], people: readonly Person[], story: readonly Person[]): QuoteOut[] {
  const out: QuoteOut[] = [];
  const pending: Quotation[] = [];
  let prev: { q: Quotation; speaker: Speaker } | null = null;
  for (const q of quotations) {
    const words = wordCount(text, q.inner.start, q.inner.end);
    if (words < MIN_WORDS_ATTRIBUTED) continue;
    const block = blocks[q.block]!;
    const after = text.slice(q.end, block.end);
    const before = text.slice(block.start, q.start);
    let speaker = speakerAfter(text, q, after, people, story) ?? speakerBefore(text, block.start, q.start, before, people, story);
    if (!speaker && prev?.speaker && prev.q.block === q.block && SAID_THEN.test(text.slice(prev.q.end, q.start))) speaker = prev.speaker;
    if (words < MIN_WORDS && !(speaker && OPENS_SENTENCE.test(before))) continue;
    if (!speaker && q.end === block.end && !/[”"]$/.test(text.slice(q.start, q.end))) { pending.push(q); continue; }
    // A quoted fragment inside someone's sentence ("had been \"restored to the rule of law\"") is
    // not a quote of its own; only a quote that opens its paragraph continues the last speaker.
    if (!speaker && q.start > block.start + 1) { pending.length = 0; continue; }
    if (!speaker) speaker = lastSpeaker(out, q.start, text, blocks, q.block);
    for (const p of [...pending, q]) out.push({ text: clean(text.slice(p.inner.start, p.inner.end)), direct: true, speaker, evidence: text.slice(p.inner.start, p.inner.end), span: p.inner });
    pending.length = 0;
    prev = { q, speaker };
  }
  return out;
}

type Speaker = QuoteOut['speaker'];

function speakerAfter(text: string, q: Quotation, after: string, people: readonly Person[], story: readonly Person[]): Speaker | null {
  const pron = AFTER_PRON.exec(after);
  if (pron) {
    const p = pronounPerson(text, story, q.start, (pron[1] ?? pron[2])!);
    return p ? personOut(p) : null;
  }
  const window = q.end + Math.min(after.length, 60);
  // The title may stand outside the name's span ("said Lieutenant Colonel Zau Seng").
  const named = people.find((p) => p.start >= q.end && p.start <= window && BETWEEN_NAME.test(text.slice(q.end, p.start)));
  // '"…," Saw Eh Kaw, a KNLA officer in Bilin, told …': an appositive may stand before the verb.
  if (named && (AFTER_VERB.test(after) || VERB_NEXT.test(text.slice(named.end, named.end + 12)) || APPOS_VERB.test(text.slice(named.end, named.end + 120)))) return personOut(named);
  // "…," said AA spokesman Khaing Thukha.
  const first = people.find((p) => p.start >= q.end);
  if (first && first.start <= q.end + 80) {
    const gap = text.slice(q.end, first.start);
    if (ROLE_GAP.test(gap) && !NOT_ROLE_WORD.test(` ${gap.replace(/^\s*,?\s*\w+/, '')} `)) return personOut(first);
  }
  // '"…," junta spokesperson Maj-Gen Zaw Min Tun said', '"…," local resident Ko Aung told …': a
  // role before the name, the verb right after it.
  // Only after a quote that hands over with a comma: '…cover that." OPS Superintendent Nick Brake
  // said' starts a new sentence about someone else.
  if (first && first.start <= q.end + 80 && HANDS_OVER.test(text.slice(Math.max(0, q.end - 3), q.end + 2)) && VERB_NEXT.test(text.slice(first.end, first.end + 12))) {
    const gap = text.slice(q.end, first.start);
    if (ROLE_BEFORE.test(gap) && !NOT_ROLE_WORD.test(` ${gap} `)) return personOut(first);
  }
  const g = AFTER_GENERIC.exec(after);
  if (g) {
    // "…," the spokesperson said: the spokesperson the story named last, when it named one.
    const noun = (g[1] ?? g[2])!;
    const def = /^\s*,?\s*(?:the\s|said\s+the\s)/i.test(after);
    // Or whose title it is: "…," the chief minister said, after "Chief Minister Sarfraz Bugti".
    const named = def ? story.findLast((p) => p.start < q.start && [p.role, p.title].some((r) => !!r && r.toLowerCase() === noun.toLowerCase())) : undefined;
    return named ? personOut(named) : namedOut(noun);
  }
  return null;
}

/** A colon right before the quote. */
const COLON_END = /:\s*$/;
/** Where the last sentence of the text before the quote starts. */
const LAST_SENTENCE = /(?:^|[.!?]["”’]?\s+)(?=[^.!?]*$)/;

function speakerBefore(text: string, blockStart: number, qStart: number, before: string, people: readonly Person[], story: readonly Person[]): Speaker | null {
  // "U Aung Kyaw Moe, 58, who …, described the scene: \"…\"": any clause ending on a colon
  // introduces the quote as the words of the person who opens its sentence.
  if (COLON_END.test(before) && !SAID_BEFORE.test(before)) {
    // (No sentence start when a full stop inside the clause has no space after it: "U.S.:".)
    const m = LAST_SENTENCE.exec(before);
    if (!m) return null;
    const from = blockStart + m.index + m[0].length;
    const opener = people.find((x) => x.start >= from && x.start <= from + 3 && x.end <= qStart);
    return opener ? personOut(opener) : null;
  }
  // "X, a villager, described the raid as \"…\"": the quote is X's words.
  if (!mayIntroduce(before) || (!SAID_BEFORE.test(before) && !DESCRIBED_AS.test(before))) return null;
  const p = people.findLast((x) => x.start >= blockStart && x.end <= qStart);
  if (p) return personOut(p);
  const pron = /\b(he|she)\s+(?:said|added|told [^:]{1,40})\s*[:,]\s*$/i.exec(before);
  if (pron) {
    const last = pronounPerson(text, story, qStart, pron[1]!);
    return last ? personOut(last) : null;
  }
  return null;
}

/** A quote paragraph with no attribution continues the previous quote's speaker. */
function lastSpeaker(out: readonly QuoteOut[], pos: number, _text: string, _blocks: readonly Block[], _block: number): Speaker {
  const prev = out.findLast((q) => (q.span?.start ?? 0) < pos);
  return prev?.speaker ?? null;
}

// Most quotes are single-spaced: the white-space regex only for those that are not.
const clean = (s: string): string => (singleSpaced(s) ? s : s.replace(/\s+/g, ' ').trim()).replace(/[,]$/, '');

/** `text.slice(from, to).trim().split(/\s+/).length`, without the slice and split (read for every quotation). */
function wordCount(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return Math.max(words, 1);
}
