// A place mention as the geocoder reads it, and the units its anchors (mentions placed without
// doubt) name per sentence and paragraph, which place the villages no list has.
import type { PlaceCandidateSet } from '../../core/pack.js';
import { isVillageHint, type Sense } from './location.js';

export interface Mention {
  readonly set: PlaceCandidateSet;
  readonly key: string;
  readonly sent: number;
  readonly para: number;
  senses: Sense[];
  rejected: boolean;
  weak: boolean;
  level: number;
  container: number | null;
  /** "the neighbouring village of X": the mention it neighbours. */
  neighbour: number | null;
}

/** A mention that places the article: resolved without doubt, and not itself a village. */
export const isAnchor = (a: Mention): boolean => !a.rejected && a.senses.length === 1 && !isVillageHint(a.set.typeHint);

/**
 * The one township the anchors of a sentence (or paragraph) name, and the one Myanmar state all
 * anchors name: undefined when none, null when several. Tallied in one pass when the villages
 * are about to be placed (no anchor changes then), where each village used to scan all mentions.
 * (A sense has an admin3 only in Myanmar.)
 */
export class AnchorUnits {
  private readonly bySentence = new Map<number, string | null>();
  private readonly byParagraph = new Map<number, string | null>();
  readonly state: string | null | undefined;

  constructor(ms: readonly Mention[], text = '') {
    let state: string | null | undefined;
    for (const a of ms) {
      if (!isAnchor(a)) continue;
      const s = a.senses[0]!;
      // "militiamen brought from Pyay set fire to Thit Poke": where the doers came from is not
      // where the villages are (the word is checked first: few mentions follow "from").
      const origin = text.startsWith('from', a.set.start - 5) && ORIGIN.test(text.slice(Math.max(0, a.set.start - 40), a.set.start));
      if (s.admin3 && !origin) { tally(this.bySentence, a.sent, s.admin3); tally(this.byParagraph, a.para, s.admin3); }
      if (s.country === 'MM' && s.admin1) state = state === undefined || state === s.admin1 ? s.admin1 : null;
    }
    this.state = state;
  }

  township(sentence: number): string | null | undefined { return this.bySentence.get(sentence); }
  paragraphTownship(paragraph: number): string | null | undefined { return this.byParagraph.get(paragraph); }
  /** The township the story's last paragraphs before `paragraph` name (up to `back` of them; the
   * nearest that names any decides): "… villages in the west of Ngape Township. ¶ In Kyauk Hpyu
   * village, soldiers …" carries the township on, as a reader does. */
  earlierTownship(paragraph: number, back: number): string | null | undefined {
    for (let p = paragraph - 1; p >= Math.max(0, paragraph - back); p--) {
      const unit = this.byParagraph.get(p);
      if (unit !== undefined) return unit;
    }
    return undefined;
  }
}

/** A mover's origin: "brought from", "sent in from", "deployed from". */
const ORIGIN = /\b(?:brought|sent|deployed|dispatched|transferred|drafted|recruited|bussed|trucked|ferried|redeployed|moved)\s+(?:(?:in|up|down|over)\s+)?from\s+$/i;

function tally(units: Map<number, string | null>, at: number, unit: string): void {
  const had = units.get(at);
  if (had === undefined) units.set(at, unit);
  else if (had !== null && had !== unit) units.set(at, null);
}
