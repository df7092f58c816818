// The Myanmar domain pack: MIMU gazetteer (read from the data directory at run time), our alias
// and foreign-place tables, and our actor registry. Registered like any third-party pack.
import { registerPack, type DomainPack } from '../../core/pack.js';
import { CIVILIANS_ID, loadActors } from './actors.js';
import { MyanmarGazetteer } from './gazetteer.js';
import { loadMyanmarIndex } from './mimu.js';

export { buildMyanmarIndex } from './mimu.js';
export { MyanmarGazetteer } from './gazetteer.js';

export function createMyanmarPack(dataDir: string): DomainPack {
  const actors = loadActors();
  return {
    id: 'myanmar',
    label: 'Myanmar (MIMU pcodes, ACLED actors)',
    country: 'MM',
    civilians: actors.find((a) => a.id === CIVILIANS_ID)!,
    actors,
    gazetteer: new MyanmarGazetteer(loadMyanmarIndex(dataDir)),
  };
}

registerPack('myanmar', ({ dataDir }) => createMyanmarPack(dataDir));
