// Victims named as civilians in an event's clause ("villagers", "a 52-year-old woman", "her
// grandson", "two polling officials": election staff are civilians), not counting people named as sources ("according to local residents", "villagers
// said").

/** "according to local residents", "villagers said": people as sources, not as victims. */
// ("a relief worker said", "aid workers told …": workers speaking.)
export const SOURCE_PHRASE = /\baccording to\b[^,.;]*|\b(?:local\s+)?(?:residents|villagers|witnesses|(?:[\w-]+\s+)?workers?)\s+(?:said|say|told|reported)\b/gi;
export const withoutSources = (clause: string): string => clause.replace(SOURCE_PHRASE, '');
// (People at work: "a rubber plantation worker", "four miners", "a fisherman", "a catechist", "a
// schoolteacher", "a taxi driver": one such person; not "traders", "teachers" or "workers" as a
// crowd: they strike and rally.) Monks, nuns and abbots are civilians;
// "a Rohingya woman", "a nine-year-old girl": any one word may describe the person (a word, not a
// hyphen: namesCivilians relies on no phrase holding two non-word characters in a row).
export const CIVILIAN_WORDS = /\b(civilians?|villagers?|residents|children|farmers?|herders?|shepherds?|fisherm[ae]n|miners?|porters|catechists?|(?:a|an) (?:\w[\w-]* ){0,2}(?:worker|trader|teacher|schoolteacher|shopkeeper|tailor|carpenter|vendor|driver|nurse|doctor|midwife|pastor|student|journalist)|labou?rers|vendors|women|displaced|family|families|students|pupils|monks|nuns|abbots?|novices?|worshippers|mourners|passengers|patients|(?:polling|poll|election|electoral) (?:officials?|officers?|staff|workers?|volunteers)|(?:a|an) (?:\w[\w-]* )?(?:man|woman|boy|girl|mother|father|monk|nun|couple)|(?:his|her|their) (?:wife|husband|sons?|daughters?|grandsons?|granddaughters?|children))\b/i;

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

/** "killing nine people", "three other people were wounded": people hurt by a strike are civilians,
 * unless fighters or a military target are named ("killing two soldiers", "struck the police
 * station"; troops named as the shooters, "fired by junta troops", are no target). */
const PEOPLE_HURT = /\b(?:killing|killed|kills|wounding|wounded|injuring|injured)\s+(?:at least |more than |about |some |nearly |over )?(?:\d+|[a-z]+)\s+(?:other\s+)?(?:people|persons)\b|\b(?:people|persons)\b[^.;]{0,30}?\b(?:were|was|had been|have been)\s+(?:killed|wounded|injured)\b|\b(?:people|persons)\s+died\b/i;
const MILITARY_TARGET = /\b(?:soldiers|troops|fighters|militants|personnel|police officers|policemen|cadets|servicemen|base|barracks|police station|checkpoint|outpost|positions|institute|gangs?)\b/i;
const SHOOTERS = /\bby\s+(?:[\w-]+\s+){0,2}(?:troops|soldiers|forces)\b/gi;
export function strikeHurtPeople(sentence: string): boolean {
  return PEOPLE_HURT.test(sentence) && !MILITARY_TARGET.test(sentence.replace(SHOOTERS, ''));
}
