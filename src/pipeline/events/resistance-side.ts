// "Joint resistance forces attacked a junta base", "Tilin fell to resistance forces", "clashes between
// the military and local resistance fighters": fighters told only as "the resistance", in a story at
// home that names no armed group of its own, are coded as the resistance's umbrella force (ACLED and
// our gold code Myanmar's unnamed anti-junta fighters as the People's Defence Force).
import type { ActorEntry, DomainPack } from '../../core/pack.js';

// ("Chin resistance forces", "Karenni resistance fighters": an ethnic resistance is its own groups', not the PDF.)
const RESISTANCE = /(?<!\b(?:Chin|Karenni|Kachin|Karen|Shan|Mon|Rakhine|Arakanese|Ta'ang|Palaung|Kayah|Kayin|Naga|Pa-O|Kokang|Wa|Rohingya|ethnic) )\b(?:resistance (?:forces|fighters|groups|troops|columns?|units|members)|anti-(?:junta|regime|coup) (?:forces|fighters|groups|militias?)|revolutionary forces)\b/i;
/** The registry's id of the umbrella force, where the pack has one. */
const UMBRELLA_ID = 'pdf';

export function resistanceSide(clause: string, pack: DomainPack): ActorEntry | undefined {
  return RESISTANCE.test(clause) ? pack.actors.find((a) => a.id === UMBRELLA_ID && (a.country ?? pack.country) === pack.country) : undefined;
}
