// The body a claim's source names, as the text names it around the registry's match: "the
// Ayeyarwady Region Police Force said" matches "Police" (the national police), "the Nigerian Air
// Force" matches "Air Force" (a country's military), "the Kyaukse PDF" the PDF. The registry keeps
// the actor; the text's fuller name is what a reader calls the claimant, so it joins the aliases.

/** A capitalised word of a name (a place, a demonym, "Region"), or an initialism. */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{Lu}-]*|\p{Lu}{2,}[\p{L}-]*)$/u;
/** Capitalised words that open a sentence or a clause and name nothing. */
const NOT_NAME = new Set(['The', 'A', 'An', 'On', 'In', 'At', 'By', 'For', 'From', 'Of', 'To', 'And', 'But', 'Or', 'Also', 'Meanwhile', 'Separately', 'Later', 'However', 'According', 'Then', 'When', 'While', 'After', 'Before', 'Yesterday', 'Today', 'Earlier', 'Local', 'Junta', 'Regime', 'Military', 'State', 'Both', 'Its', 'Their', 'His', 'Her', 'This', 'That', 'These', 'Those', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
/** An owner's or a base's label, no part of the name ("State-run MRTV", "Tamu-based PDF"). */
const OWNER_LABEL = /-(?:run|controlled|backed|owned|aligned|affiliated|based|led|linked)$/i;
/** Head nouns that close a body's name after the match ("Police" + "Force", "Air Force" + "Command"). */
const HEAD_AFTER = /^\s+(Force|Forces|Command|Office|Council|Department|Division|Brigade|Battalion|Ministry|Team|Corps|Committee|Commission|Wing|Headquarters)\b/;
const MAX_LEFT = 3;

/** The text's fuller name for the body matched at `start..end` ("Ayeyarwady Region Police Force"), or null when the text adds nothing. */
export function bodyName(text: string, start: number, end: number): string | null {
  const surface = text.slice(start, end);
  if (!/^\p{Lu}/u.test(surface)) return null; // "it", "the group": a name back, not the body's name
  let from = start;
  for (let k = 0; k < MAX_LEFT; k++) {
    const m = /(?:^|[\s(])([\p{L}-]+)\s$/u.exec(text.slice(Math.max(0, from - 30), from));
    if (!m || !NAME_WORD.test(m[1]!) || NOT_NAME.has(m[1]!) || OWNER_LABEL.test(m[1]!)) break;
    from -= m[1]!.length + 1;
  }
  let to = end;
  const head = HEAD_AFTER.exec(text.slice(end, end + 20));
  if (head) to = end + head[0].length;
  if (from === start && to === end) return null;
  return text.slice(from, to);
}

/** "people's" opens a body's name ("People's Administration Team", "People's Defence Force"), not a possessive. */
const PEOPLES_BODY = /^['’]s\s+((?:[\p{L}-]+\s+){0,3}(?:[Tt]eam|[Cc]ommittee|[Cc]ouncil|[Ff]orces?|[Aa]dministration|[Aa]ssociation|[Nn]etwork|[Gg]roup|[Oo]ffice|[Pp]arty|[Aa]rmy|[Gg]overnment|[Ff]ront|[Mm]ovement))\b/u;
/** An unnamed source cut at "people" ("the Minhla Township People" of "…People's Administration Team"): the whole body's name, or null. */
export function peoplesBody(text: string, name: string, end: number): string | null {
  if (!/\b[Pp]eople$/.test(name)) return null;
  const m = PEOPLES_BODY.exec(text.slice(end, end + 60));
  return m ? `${name}'s ${m[1]}` : null;
}
