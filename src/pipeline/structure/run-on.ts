// A body whose line breaks were lost: APIs, scrapers and copies from a PDF viewer give the whole
// story as one long line, its paragraphs joined by spaces. The lines that are not story sentences
// (a byline, a photo caption, a "Read more:" link, a Q&A label) then run into the sentences around
// them: a caption's person becomes the "he" of the quote below it, the byline hides the dateline.
// Where the text itself shows such a line's bounds, the run is cut into pseudo-lines there, and
// the block splitter reads each as it reads a line. Only strong cues cut: a wrong cut would move
// a story sentence out of the story; a missed one leaves the run as it was.
//
// Offsets are the text's own: a pseudo-line is a span of the long line, nothing is rewritten.

import { datelineLength } from './dateline.js';

/** A line this long with this many sentence ends is a run of joined paragraphs (a real paragraph
 * is a few sentences; one of 1,200 characters and eight sentences is rare). */
const RUN_MIN = 1200;
const RUN_SENTENCES = 8;
const SENTENCE_END = /[.!?]["”’']?\s+["“‘']?\p{Lu}/gu;

/** "By Times Correspondent", "By Report Staff": a byline's last word, when no dateline follows. */
const BYLINE_END = /^By\s+(?:[\p{Lu}\p{Ll}'’.-]+\s+){0,5}?(?:Staff|staff|Correspondents?|correspondents?|Reporters?|reporters?|Desk|Newsroom|Editor|Writers?)\b\s*/u;
const BYLINE_OPEN = /^By\s+\p{Lu}/u;
/** A photo's credit closing its caption: "(File photo)", "(File)", "(Photo: AA Info Desk)", "(Photo – Supplied)". */
const CREDIT = /\((?:File(?:\s+photo)?|(?:Photo|Image|Picture)s?(?:\s*[:/–—-]\s*[^()]{1,40}|\s+by\s+[^()]{1,40})?|[^()]{1,40}\/File|Supplied)\)/giu;
/** A caption names someone: it ends on a name ("… chairman Nai Ngwe Thein"); a sentence that
 * brings in a quote without a comma ("Her husband stated today \"…\"") has a verb, a label ("Read More") opens on its word. */
const NAME_AT_END = /\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’.-]*$/u;
const NOT_CAPTION = /^(?:Read|See|Also|Related|More|Watch|Listen)\b|\b(?:said|says|stated|states|told|tells|added|adds|wrote|writes|declared|explained|announced|asked|replied|recalled|warned|insisted)\b/;
/** "Read more: …", "Related: …", "See also: …": a link to another story. */
const LINK_OPEN = /(?:^|[.!?]["”’']?\s+)((?:Read|See) (?:more|also)\s*:|Also read\s*:|Related(?: news| stories| articles)?\s*:|READ\s*:)\s/g;
/** A capitalised word that opens a sentence far more often than it stands inside a headline. */
const SENTENCE_OPENER = /\s(?=(?:The|A|An|On|In|At|Since|After|Before|During|Meanwhile|However|Last|Earlier|Later|According|Local|Residents|He|She|They|It|This|Some|Many|Several|Two|Three|Four|Five|About|More|At least|Fighting|Troops|Soldiers|Junta|Villagers)\s)/g;
/** A heading over a list of links, its bullets after it: "Recommended Stories - Thai jets strike … - Explainer: …". */
const LINK_LIST = /(?<=[.!?]["”’']?\s+)(?:Recommended(?: [Ss]tories| for you| reading)?|Related(?: [Nn]ews| [Ss]tories| [Aa]rticles| [Cc]overage)?|More on this story|Read more|Also read|See also|Further reading)\s+(?=[-•–*]\s)/g;
const NEXT_BULLET = /\s[-•–*]\s/;
/** A section heading between paragraphs: a few words after a sentence's end, then a word that
 * opens sentences ("… since 2023. MARKET HIT In Dilling, …", "… to Cúcuta. Fragile history The two
 * neighbours …"). In capitals, or in sentence case before an opener no sentence has mid-way
 * capitalised ("Since", "On"; "The" before a lower-case word: "The Irrawaddy" is a name). */
const CAPS_HEADING = /(?<=[.!?)]["”’']?\s+)(?:\p{Lu}{2,}[\p{Lu}'’&-]*\s+){1,5}(?=\p{Lu}\p{Ll}|•\s)/gu;
/** A round bullet inside a run opens a list item: nothing else writes "•" between words. */
const BULLET = /\s(?=•\s)/g;
const CASE_HEADING = /(?<=[.!?]["”’']?\s+)\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,4}\s+(?=(?:The|An?|According|Residents|Villagers|Local|He|She|They|It|This|These|Some|Many|Fighting|Troops|Soldiers)\s+[\p{Ll}\d]|(?:Since|On|In|At|After|Before|During|Meanwhile|However|When|While|Last|Earlier|Later)\s)/gu;
/** A wire photo's caption: its sentence "… in this picture obtained by X.", and the credit and
 * "Purchase Licensing Rights" after it. */
const WIRE = /\bin this (?:handout |undated |file )?(?:picture|photo(?:graph)?|image)\s+(?:obtained|taken|released|provided|made available|posted|shared|published|distributed)\b[^.!?]{0,80}[.!?](?:[^.!?]{0,120}?Purchase Licen[sc]ing Rights)?/g;
/** An interview's labels: "Q: …?" and "A: …" after a sentence's end. */
const QA_LABEL = /(?<=[.!?]["”’']?\s+)(?:Q|A|Question|Answer):\s/g;
/** A short caption with no credit, right before a quote that opens its own sentence (attributed
 * after its close, or of more than one sentence: a phrase quoted in a sentence is neither):
 * `… elsewhere. Cambodian Prime Minister Hun Manet "We never wanted this war," he said.` */
const CAPTION_BEFORE_QUOTE = /(?<=^|[.!?]["”’']?\s+)(\p{Lu}[^\s.!?,;:"“”]*(?:\s+[^\s.!?,;:"“”]+){1,11})\s+(?=["“]\p{Lu}[^"“”]{8,}?(?:[,.!?]["”]\s+(?:\p{Ll}|said\b)|[.!?]\s+\p{Lu}))/gu;

interface Span { start: number; end: number }

/** Whether the line [start, end) is a run of joined paragraphs. */
export function isRunOn(text: string, start: number, end: number): boolean {
  if (end - start < RUN_MIN) return false;
  const line = text.slice(start, end);
  let n = 0;
  SENTENCE_END.lastIndex = 0;
  while (SENTENCE_END.exec(line) && ++n < RUN_SENTENCES);
  return n >= RUN_SENTENCES;
}

/** The pseudo-lines of a run-on line [start, end): spans in order, covering it (spaces between left out). */
export function runOnLines(text: string, start: number, end: number): Span[] {
  const line = text.slice(start, end);
  const cuts = new Set<number>();
  const own: Span[] = []; // the spans that are their own line (caption, byline, link)
  const byline = bylineLength(line);
  if (byline) cuts.add(byline);
  for (const m of line.matchAll(CREDIT)) {
    const close = m.index + m[0].length;
    if (!/^\s+(?:•\s+)?["“‘']?\p{Lu}/u.test(line.slice(close, close + 5))) continue;
    // The caption opens after the last sentence end before the credit, or right before it when
    // the credit follows a sentence of its own ("… returned to the town. (Photo: Supplied)").
    const before = line.slice(0, m.index).replace(/\s+$/, '');
    const from = lastSentenceStart(before.replace(/[.!?]$/, ''));
    if (m.index - from > 200) continue;
    own.push({ start: from, end: close });
  }
  for (const m of line.matchAll(WIRE)) {
    const from = lastSentenceStart(line.slice(0, m.index));
    if (m.index - from < 300) own.push({ start: from, end: m.index + m[0].length });
  }
  for (const m of line.matchAll(CAPTION_BEFORE_QUOTE)) if (NAME_AT_END.test(m[1]!) && !NOT_CAPTION.test(m[1]!)) own.push({ start: m.index, end: m.index + m[1]!.length });
  for (const m of line.matchAll(LINK_OPEN)) {
    const from = m.index + m[0].length - m[1]!.length - 1;
    const to = headlineEnd(line, from + m[1]!.length + 1);
    if (to > 0) own.push({ start: from, end: to });
  }
  for (const m of line.matchAll(LINK_LIST)) {
    // Each bullet is a line up to the next; the last ends on a sentence's end or before an opener.
    let at = m.index + m[0].length;
    own.push({ start: m.index, end: at });
    for (let n = 0; n < 10 && /^[-•–*]\s/.test(line.slice(at, at + 2)); n++) {
      const next = NEXT_BULLET.exec(line.slice(at + 2, at + 200));
      const end = next ? at + 2 + next.index : lastBulletEnd(line, at);
      if (end < 0) break;
      own.push({ start: at, end });
      at = end + 1;
    }
  }
  for (const m of line.matchAll(CAPS_HEADING)) if (m[0].replace(/[^\p{Lu}]/gu, '').length >= 6 && (m[0].trim().includes(' ') || m[0].length > 7)) own.push({ start: m.index, end: m.index + m[0].length });
  for (const m of line.matchAll(CASE_HEADING)) own.push({ start: m.index, end: m.index + m[0].length });
  for (const m of line.matchAll(QA_LABEL)) cuts.add(m.index);
  for (const m of line.matchAll(BULLET)) cuts.add(m.index + 1);
  for (const s of own) { cuts.add(s.start); cuts.add(s.end); }
  const at = [...cuts].filter((c) => c > 0 && c < line.length).sort((a, b) => a - b);
  const out: Span[] = [];
  let from = 0;
  for (const c of [...at, line.length]) {
    const span = trim(line, from, c);
    if (span) out.push({ start: start + span.start, end: start + span.end });
    from = c;
  }
  return out;
}

/** A byline opening the run: up to the dateline after it, or its last word ("Staff"). 0: none. */
function bylineLength(line: string): number {
  if (!BYLINE_OPEN.test(line)) return 0;
  // "By Times Correspondent KANCHANABURI, Thailand — A mine …": the dateline opens the story.
  for (const m of line.slice(0, 80).matchAll(/\s(?=\p{Lu})/gu)) if (m.index > 3 && datelineLength(line.slice(m.index + 1, m.index + 200))) return m.index + 1;
  const end = BYLINE_END.exec(line.slice(0, 80));
  if (end) return end[0].length;
  return 0;
}

/** Where a headline after a link label ends: before the first word that opens a sentence, within
 * a headline's length; -1 when none does (the link stays in the run). */
function headlineEnd(line: string, from: number): number {
  const window = line.slice(from, from + 160);
  SENTENCE_OPENER.lastIndex = 0;
  const m = SENTENCE_OPENER.exec(window);
  return m && m.index > 10 ? from + m.index : -1;
}

/** The end of the last bullet of a list: its own closing mark ("… temples?") before a capital, else
 * before an opener; -1: not found. */
function lastBulletEnd(line: string, from: number): number {
  const end = /[.!?]["”’']?(?=\s+["“]?\p{Lu})/u.exec(line.slice(from, from + 200));
  const opener = headlineEnd(line, from + 2);
  const stop = end ? from + end.index + end[0].length : -1;
  return stop > 0 && (opener < 0 || stop < opener) ? stop : opener;
}

/** The start of the last sentence of `s` (0 when it has no sentence end). */
function lastSentenceStart(s: string): number {
  let at = 0;
  for (const m of s.matchAll(/[.!?]["”’']?\s+(?=["“‘']?[\p{Lu}\d(])/gu)) at = m.index + m[0].length;
  return at;
}

function trim(line: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(line[start]!)) start++;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
