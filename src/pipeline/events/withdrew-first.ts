// "Hsipaw was reoccupied in November once TNLA units pulled back to Namhsan", "troops re-entered
// the town after the rebels withdrew": a place taken only once its holders had left, with no
// fighting told in the sentence, changed hands without a battle (ACLED's non-violent transfer).
import type { Candidate } from './clauses.js';

/** After the trigger: "once/after/when <the holders> pulled back/withdrew/left". */
const LEFT_FIRST = /^[^.;]{0,60}?\b(?:once|after|when|as soon as)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:had\s+)?(?:pulled\s+(?:back|out)|withdr[eo]w|retreated|abandoned\s+(?:it|the\s+town|the\s+city|their\s+positions)|left\b)/iu;
/** Fighting told anywhere in the sentence makes it a battle ("fighters" are no fighting). */
const FIGHT = /\b(?:fight(?!ers?\b)\w*|fought|clash\w*|battl\w*|shell\w*|assault\w*|attack\w*|strikes?|bomb\w*|siege|storm\w*|overr[au]n|killed|casualties|weeks of)\b/i;
/** Retaking verbs (a capture that ends an absence: "reoccupied", "re-entered", "retaken"). */
const RETAKING = /^(?:re-?occupied|re-?entered|retaken|retook|recaptured)$/i;

/** Where the withdrawal clause ends (its side, "the AA", stands before it), or -1 when the taking was no such transfer. */
export function tookAfterWithdrawal(text: string, c: Candidate): number {
  if (!RETAKING.test(text.slice(c.trigger.start, c.trigger.end))) return -1;
  const m = LEFT_FIRST.exec(text.slice(c.trigger.end, c.sentence.end));
  return m && !FIGHT.test(text.slice(c.sentence.start, c.sentence.end)) ? c.trigger.end + m[0].length : -1;
}
