// A results story's list, one township a line: "- Waingmaw (28 December): USDP.", "• Zalun — USDP,
// by about 900 votes", "- Pale, 25 January: the USDP candidate ran unopposed". The line names no
// polling word, but a township whose winner is listed voted: it is in. The sentences after it on
// the same line tell what of it did not vote ("Eight village tracts did not vote": parts-next.ts).
import type { ElectionOut } from '../../core/schema.js';
import type { PlaceMention } from '../layers.js';

/** The line's head before the township: a bullet. */
const BULLET_HEAD = /^\s*[-•*–]\s*$/;
/** After the township: an optional label of its polling day ("(28 December)", "(voted 11 January)", ", 25 January"), then
 * the colon or dash that opens the result. */
const LABEL = /^(?:\s+[Tt]ownship)?\s*(?:\([^()\n]{1,40}\)|,\s*(?:\d{1,2}\s+\p{L}{3,9}|\p{L}{3,9}\s+\d{1,2}))?\s*(?::|\s[-–—])\s+/u;
/** The result: a party ("USDP", "NLD", "… Party", "… League for Democracy") or a winner's words. */
const RESULT = /\b(?:[A-Z]{2,6}P|NLD|[Pp]arty|League|won|wins|unopposed|votes|turnout|elected)\b/;

/** The township a results line opens with, or null when `sent` (at `start` in `text`) is no such line. */
export function resultLineTown(text: string, start: number, sent: string, towns: readonly PlaceMention[]): PlaceMention | null {
  const first = towns[0];
  if (!first || !BULLET_HEAD.test(text.slice(start, first.start))) return null;
  // (The line starts where the sentence does: a bullet inside a sentence is no list.)
  if (start > 0 && text[start - 1] !== '\n' && !/\n[ \t]*$/.test(text.slice(Math.max(0, start - 8), start))) return null;
  const label = LABEL.exec(text.slice(first.end, Math.min(start + sent.length, first.end + 60)));
  if (!label) return null;
  const rest = text.slice(first.end + label[0].length, Math.min(start + sent.length, first.end + label[0].length + 90));
  return RESULT.test(rest) ? first : null;
}

/** "over the three phases": how many phases the story says the vote had. */
const PHASE_COUNT = /\b(two|three|four|five)\s+(?:phases|rounds|stages)\b/i;
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

/** A results list gives each township's polling day but not its phase: when the story says how many phases there were
 * and the lines give exactly that many days, the days in order are the phases ("28 December" the first of three). */
export function phasesByDay(text: string, facts: Iterable<ElectionOut>): void {
  const m = PHASE_COUNT.exec(text);
  if (!m) return;
  const open = [...facts].filter((e) => e.included && e.phase == null && e.polling_date && /^\d{4}-\d\d-\d\d$/.test(e.polling_date));
  const days = [...new Set(open.map((e) => e.polling_date!))].sort();
  if (days.length !== COUNT[m[1]!.toLowerCase()]) return;
  for (const e of open) e.phase = days.indexOf(e.polling_date!) + 1;
}
