// The Myanmar domain pack: MIMU gazetteer (read from the data directory at run time), our alias
// and foreign-place tables, and our actor registry. Registered like any third-party pack.
import { registerPack, type DomainPack } from '../../core/pack.js';
import { nameKey } from '../../pipeline/lexicon/tokens.js';
import { CIVILIANS_ID, loadActors } from './actors.js';
import { MyanmarGazetteer } from './gazetteer.js';
import { loadMyanmarIndex } from './mimu.js';
import { MYANMAR_LEXICON } from './lexicon.js';

export { buildMyanmarIndex } from './mimu.js';
export { MyanmarGazetteer } from './gazetteer.js';

/** The capital, where ACLED codes acts of the central state (MIMU spells it "Naypyitaw"). */
const CAPITAL = 'Naypyitaw';

export function createMyanmarPack(dataDir: string): DomainPack {
  const actors = loadActors();
  const gazetteer = new MyanmarGazetteer(loadMyanmarIndex(dataDir));
  const capital = gazetteer.resolve([{ start: 0, end: CAPITAL.length, surface: CAPITAL, candidates: gazetteer.lookup(nameKey(CAPITAL)), typeHint: 'town' }], CAPITAL)[0] ?? null;
  return {
    id: 'myanmar',
    label: 'Myanmar (MIMU pcodes, ACLED actors)',
    country: 'MM',
    civilians: actors.find((a) => a.id === CIVILIANS_ID)!,
    actors,
    gazetteer,
    capital,
    lexicon: MYANMAR_LEXICON,
  };
}

registerPack('myanmar', ({ dataDir }) => createMyanmarPack(dataDir));
