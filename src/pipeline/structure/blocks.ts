// Splits the article into blocks: header lines, bylines, datelines, captions and story
// paragraphs. Captions ("KIA leader General N'Ban La") are not story sentences: a quote below one
// must not take the captioned person as its speaker.
import type { Block } from '../layers.js';
import { datelineLength } from './dateline.js';
import { ENDS_SENTENCE } from '../../core/chars.js';
import { isRunOn, runOnLines } from './run-on.js';

const BYLINE = /^By\s+\p{Lu}/u;
const CAPTION_MAX = 160;
const WIRE_PIECE_MAX = 500;
// Links to other stories are not this story: "Read more: Airstrike kills …" on one line, or a
// heading ("Recommended Stories", "Related") over a bulleted list of headlines. A linked headline
// reports another day's events and must not yield events, claims or quotes here.
const LINK_LINE = /^(?:Read|See) (?:more|also)\s*:|^(?:Also read|Related(?: news| stories| articles| coverage| posts| reports)?|More on this story)\s*:/i;
const LINK_HEADING = /^(?:Recommended(?: stories| for you| reading)?|Related(?: news| stories| articles| content| coverage| posts| reports| reading)?|(?:More|Latest|Other|Top) (?:news|stories|headlines)|More on this (?:story|topic)|Read more|Read also|Also read|See also|You (?:may|might) also like|Further reading)\s*:?$/i;
const BULLET = /^[-•*–]\s+\S/u;
// A page's furniture is not the story either: "Tags: …", "Filed under: …", "Share this:". (An
// editor's note is: "Editor's note: the township was left out of the vote" states a fact.)
const PAGE_NOTE = /^(?:Tags?|Tagged(?:\s+with)?|Topics?|Keywords?|Filed\s+under|Categor(?:y|ies)|Share(?:\s+this)?(?:\s+(?:article|story|post))?|Follow\s+us(?:\s+on)?)\s*:/i;
// An embedded post's credit line: "— Arakan Army (@ArakanArmy) March 5, 2026".
const EMBED_CREDIT = /^[—–-]\s*[^\n]{1,80}\(@\w{1,30}\)\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}$/u;
/** A headline in a list of links: no sentence's closing punctuation. */
const headlineLike = (line: string): boolean => line.length <= CAPTION_MAX && !ENDS_SENTENCE.test(line);

export function splitBlocks(text: string, bodyStart: number): Block[] {
  const blocks: Block[] = [];
  if (bodyStart > 0) blocks.push({ start: 0, end: bodyStart, kind: 'header' });
  let pos = bodyStart;
  let inLinks = false; // inside the list under a related-stories heading
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    const trimmed = line.trim();
    if (trimmed) {
      const start = pos + line.indexOf(trimmed);
      const stop = start + trimmed.length;
      // A run of paragraphs joined on one line: each pseudo-line the text's cues show is read as a line.
      const lines = isRunOn(text, start, stop) ? runOnLines(text, start, stop) : [{ start, end: stop }];
      lines.forEach((l, i) => {
        const one = text.slice(l.start, l.end);
        const next = i + 1 < lines.length ? () => text.slice(lines[i + 1]!.start, lines[i + 1]!.end) : () => nextLine(text, end);
        // Under a related-stories heading every headline is a link, bulleted or not, up to a sentence.
        if (LINK_HEADING.test(one) || LINK_LINE.test(one) || PAGE_NOTE.test(one) || EMBED_CREDIT.test(one) || (inLinks && (BULLET.test(one) || headlineLike(one)))) {
          blocks.push({ start: l.start, end: l.end, kind: 'aside' });
          inLinks ||= LINK_HEADING.test(one);
        } else {
          blocks.push(...classify(one, l.start, l.end, next, lines.length === 1));
          inLinks = false;
        }
      });
    }
    pos = end + 1;
  }
  return blocks;
}

function nextLine(text: string, from: number): string {
  const rest = text.slice(from + 1, from + 400).replace(/^\s+/, '');
  const nl = rest.indexOf('\n');
  return nl < 0 ? rest : rest.slice(0, nl);
}

/** `next` gives the following line: read only for a caption candidate (a short line). */
function classify(line: string, start: number, end: number, next: () => string, whole: boolean): Block[] {
  if (BYLINE.test(line) && line.length < 100 && !/[.!?]$/.test(line)) return [{ start, end, kind: 'byline' }];
  const dl = datelineLength(line);
  if (dl) return [{ start, end: start + dl, kind: 'dateline' }, { start: start + dl, end, kind: 'paragraph' }];
  // (A run-on line's piece is a caption by the wire's words only when short: the words may stand
  // in a piece that runs on into the story.)
  if (isCaption(line, next) || ((whole || line.length <= WIRE_PIECE_MAX) && WIRE_CAPTION.test(line))) return [{ start, end, kind: 'caption' }];
  return [{ start, end, kind: 'paragraph' }];
}

/** A wire photo's caption, however long: "…, in this picture obtained by X", "… in this handout
 * photo released by …", a credit "REUTERS/Name", "Handout via X", "Purchase Licensing Rights". */
const WIRE_CAPTION = /\bin this (?:handout |undated |file |social media |screen ?grab |still )?(?:picture|photo(?:graph)?|image|video|screen ?grab|still)\s+(?:obtained|taken|released|provided|made available|posted|shared|published|distributed)\b|\b(?:Handout|Photo|Picture)\s+via\s+\p{Lu}|\bPurchase Licen[sc]|\b[A-Z]{3,}\/(?:\p{Lu}[\p{L}'-]+\s?){1,3}(?:\/File(?: Photo)?)?\s*$/u;

/** A short line without closing punctuation, followed by more text: a photo caption or label. */
function isCaption(line: string, next: () => string): boolean {
  if (line.length > CAPTION_MAX || !next()) return false;
  // (A label may end on a quoted phrase, "A bombing 'that never happened'": a closing quote after a
  // letter closes no sentence.)
  if (/[.!?:;,"”’'…]$/.test(line) && !/\((?:File|Photo)[^)]*\)$/i.test(line) && !/\p{L}["”’']$/u.test(line)) return false;
  return /^\p{Lu}/u.test(line) || /^\(/.test(line);
}
