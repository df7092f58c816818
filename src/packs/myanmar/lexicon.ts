// Myanmar's own words where generic English would stand (core/pack.ts PackLexicon): the names of
// the military and its ruling council, and the state outlets that speak for it.
import type { PackLexicon } from '../../core/pack.js';

export const MYANMAR_LEXICON: PackLexicon = {
  // The armed forces' own name, and the State Administration Council that ruled after the 2021 coup.
  stateForceNames: ['Tatmadaw', 'SAC'],
  // State television and the state daily (its "Global" edition contains the name).
  stateMedia: ['MRTV', 'New Light of Myanmar'],
  // The People's Defence Forces, the resistance's local units, named as a kind of fighter.
  armedGroupWords: ['PDF', 'PDFs'],
};
