// Victims named as civilians in an event's clause ("villagers", "a 52-year-old woman", "her
// grandson", "two polling officials": election staff are civilians), not counting people named as sources ("according to local residents", "villagers
// said").

/** "according to local residents", "villagers said": people as sources, not as victims. */
export const SOURCE_PHRASE = /\baccording to\b[^,.;]*|\b(?:local\s+)?(?:residents|villagers|witnesses)\s+(?:said|say|told|reported)\b/gi;
export const withoutSources = (clause: string): string => clause.replace(SOURCE_PHRASE, '');
export const CIVILIAN_WORDS = /\b(civilians?|villagers?|residents|children|farmers?|herders?|shepherds?|fishermen|labou?rers|vendors|women|displaced|family|families|students|pupils|monks|novices?|worshippers|mourners|passengers|patients|(?:polling|poll|election|electoral) (?:officials?|officers?|staff|workers?|volunteers)|(?:a|an) (?:(?:elderly|young|pregnant|\d+-year-old) )?(?:man|woman|boy|girl|mother|father)|(?:his|her|their) (?:wife|husband|sons?|daughters?|grandsons?|granddaughters?|children))\b/i;

/**
 * Whether the clause names civilians outside its source phrases. Taking out a source phrase joins
 * a non-word character to a non-word character (it starts after \b and ends before one of ",.;"
 * or after \b), and no civilian phrase holds two non-word characters in a row or starts or ends
 * with one: what matches after the cut matched before it. So a clause with no civilian words at
 * all (most) is answered without the cut (test/pipeline/events-gates.test.ts).
 */
export function namesCivilians(clause: string): boolean {
  return CIVILIAN_WORDS.test(clause) && CIVILIAN_WORDS.test(withoutSources(clause));
}
