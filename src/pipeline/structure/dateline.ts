// The one dateline recogniser: "SITTWE, 1 January 2025 — ", "KANO, Nigeria, Feb 10 (Agency) - ",
// "Lashio, 3 March 2026 — ", "Yangon (AFP) - ". The block splitter cuts a paragraph's dateline when
// the line alone shows it (datelineLength); the places stage, which knows where a place name ends,
// also reads the looser title-case shapes after it (datelineAfterName); the dates stage takes the
// dateline block's date as the story's reference (datelineDate). A dateline names where the
// reporter is, never where an event was.
import { parseHeaderDate } from '../../core/dates.js';

// "SITTWE, 1 January 2025 — " or "MAWLAMYINE — " at the start of a paragraph.
// Wire style ends on the agency and a hyphen: "KANO, Nigeria, Feb 10 (Agency) - ".
const CAPS = /^(\p{Lu}[\p{Lu}\s.'-]{1,40}\p{Lu})((?:,\s|\s(?=\())[^—–\n]{1,40}?)?\s+(?:[—–]|(?<=\)\s)-)\s+/u;
// The same in title case when a date follows the place: "Pemba, Mozambique, 27 Feb 2026 (INA) - ",
// "Lashio, 3 March 2026 — ". (Title case needs the date: "Lashio - Hsipaw road" is story text; a
// page's stamp "Published Thu, 11/12/2025 - 16:05" names no place.)
const TITLE = /^(?!(?:Published|Posted|Updated|Modified|Last|First|Date)\b)\p{Lu}[\p{L}'’.]+(?:[ -]\p{Lu}[\p{L}'’.]+){0,2}(?:,\s\p{Lu}[\p{L}'’.]+(?:[ -]\p{Lu}[\p{L}'’.]+){0,2})?,\s([^—–\n]{3,40}?)\s+[-—–]\s+/u;

/** The dateline opening a paragraph: its length and the date it gives (null: none), or null when
 * the line opens on none. In capitals the date is optional; in title case it is what shows a dateline. */
export function readDateline(line: string): { length: number; date: string | null } | null {
  const dl = CAPS.exec(line);
  if (dl && dl[1]!.replace(/[^\p{Lu}]/gu, '').length >= 3) return { length: dl[0].length, date: dl[2] ? parseHeaderDate(dl[2].replace(/^,/, '')) : null };
  const dt = TITLE.exec(line);
  const date = dt && parseHeaderDate(dt[1]!);
  return date ? { length: dt![0].length, date } : null;
}

/** The length of the dateline opening a paragraph (0: none). */
export const datelineLength = (line: string): number => readDateline(line)?.length ?? 0;

/** The date a dateline block gives ("SITTWE, 1 January 2025 —" → 2025-01-01), or null. */
export const datelineDate = (dateline: string): string | null => readDateline(dateline)?.date ?? null;

// After a place name known to open its paragraph: "SITTWE —", "LASHIO, 3 March —"; wire style
// "BANGKOK, Nov 12 (Reuters) - " (a hyphen only after the comma's date or credit: a bare
// "Lashio - Hsipaw" is a road); "QUETTA: " (capitals only). ("BANGKOK (AP) — ", "Yangon (AFP) - ":
// an agency's credit in brackets.) Looser than the splitter's shapes: the name is known a place.
const AFTER_NAME = /^\s*(?:,[^.\n—–]{0,40})?(?:\s*\([^()\n]{1,30}\))?\s+[—–]\s|^\s*(?:,[^.\n—–-]{0,40}|\s*\([^()\n]{1,30}\))\s+--?\s/;
const CAPS_COLON = /^:\s/;

/** Whether `after` (the text right after a place name opening its paragraph) goes on as a
 * dateline; `name`: the name as written (a colon follows only one in capitals). */
export function datelineAfterName(name: string, after: string): boolean {
  return AFTER_NAME.test(after) || (CAPS_COLON.test(after) && !/\p{Ll}/u.test(name));
}
