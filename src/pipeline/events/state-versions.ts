// Reports that only restate or colour an event the article has already told: dropped from the
// events (the statement itself stays a claim in the attribution layer).
import type { DomainPack } from '../../core/pack.js';
import { orWords, perPack } from '../../core/pack-lexicon.js';
import type { EventOut } from '../../core/schema.js';

/** "The regime's information team, in a statement carried by state-run MRTV, said the air force had
 * struck 'a training camp of PDF terrorists'": the state's own version of a strike. With the pack's
 * names of the state's forces ("Tatmadaw-controlled") and of its outlets ("MRTV"). */
const stateVoice = perPack((lex) => new RegExp(String.raw`\b(?:state-run|state media|state-controlled|junta-controlled${orWords(lex.stateForceNames, '-controlled')}|information team|spokesman${orWords(lex.stateMedia)})\b`, 'i'));
// The target is the state's quoted label ("struck 'a meeting place of AA terrorists'"), not a
// denial of someone else's report ("dismissed reports that a strike hit a monastery").
const TERRORIST = /\b(?:struck|hit|bombed|targeted|attacked)\s+(?:only\s+)?["“][^"”]{0,50}?\bterrorists?\b/i;
const dayOf = (d: string | null): number => Date.parse((d ?? '').padEnd(10, '-01').slice(0, 10));
const stateVersion = (e: EventOut, voice: RegExp): boolean => e.sub_event_type === 'Air/drone strike' && !!e.evidence?.includes('errorist') && TERRORIST.test(e.evidence) && voice.test(e.evidence);

/** A strike told in the state's words, calling its target "terrorists", is the state's account of a
 * strike the article reports first from the ground (same state or region, dated no later): not another
 * strike. With no such strike in the article it stays (the statement is then the only report). */
function restatedStrike(e: EventOut, all: readonly EventOut[], voice: RegExp): boolean {
  if (!stateVersion(e, voice) || !e.location?.admin1_pcode) return false;
  return all.some((p) => p !== e && p.sub_event_type === 'Air/drone strike' && !stateVersion(p, voice)
    && p.location?.admin1_pcode === e.location!.admin1_pcode && !(dayOf(p.date) > dayOf(e.date)));
}

/** "Heavy weapons could be heard until late on Tuesday", "residents heard artillery through the night":
 * the sound of a fight, with nothing said to be hit. */
const HEARD = /\b(?:heard|could be heard|sounds? of)\b/i;
const IMPACT = /\b(?:hit|hits|landed|landing|struck|strikes?|killed|killing|wounded|wounding|injured|injuring|destroyed|damaged|fell|exploded)\b/i;
const BATTLE_OR_BLAST = new Set(['Battles', 'Explosions/Remote violence']);

/** A shelling known only by its sound, at the place and time of a fight the article reports, is that
 * fight's colour, not a second event. */
function soundOfFight(e: EventOut, all: readonly EventOut[]): boolean {
  if (e.sub_event_type !== 'Shelling/artillery/missile attack' || !e.evidence?.includes('heard') && !e.evidence?.includes('sound')) return false;
  if (!HEARD.test(e.evidence) || IMPACT.test(e.evidence)) return false;
  const key = e.location?.admin3_pcode;
  return !!key && all.some((p) => p !== e && BATTLE_OR_BLAST.has(p.event_type) && p.location?.admin3_pcode === key
    && Math.abs(dayOf(p.date) - dayOf(e.date)) <= 3 * 86400000);
}

/** The events minus state restatements of strikes and fights known only by their sound. */
export function withoutRestatements(events: EventOut[], pack: DomainPack): EventOut[] {
  const voice = stateVoice(pack);
  return events.filter((e) => !restatedStrike(e, events, voice) && !soundOfFight(e, events));
}
