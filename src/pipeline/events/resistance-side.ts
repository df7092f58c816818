// "Joint resistance forces attacked a junta base", "Tilin fell to resistance forces", "clashes between
// the military and local resistance fighters": fighters told only as "the resistance", in a story at
// home that names no armed group of its own, are coded as the force the pack names for them
// (PackLexicon.resistanceForce; ACLED and our gold code Myanmar's unnamed anti-junta fighters as the
// People's Defence Force).
import type { ActorEntry, DomainPack } from '../../core/pack.js';
import { orWords, perPack } from '../../core/pack-lexicon.js';

// ("Chin resistance forces", "Karenni resistance fighters": a people's resistance is its own groups',
// not the umbrella force; the pack lists its peoples.)
const resistancePattern = perPack((lex) => new RegExp(String.raw`(?<!\b(?:ethnic${orWords(lex.peoples)}) )\b(?:resistance (?:forces|fighters|groups|troops|columns?|units|members)|anti-(?:junta|regime|coup) (?:forces|fighters|groups|militias?)|revolutionary forces)\b`, 'i'));

export function resistanceSide(clause: string, pack: DomainPack): ActorEntry | undefined {
  const id = pack.lexicon?.resistanceForce;
  if (!id || !resistancePattern(pack).test(clause)) return undefined;
  return pack.actors.find((a) => a.id === id && (a.country ?? pack.country) === pack.country);
}
