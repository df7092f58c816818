// Opens the domain pack a command asked for, from the configured data directory.
import type { DomainPack } from '../core/pack.js';
import { loadPack, registeredPacks } from '../core/pack.js';
import { SitrepError } from '../core/errors.js';
import { defaultDataDir } from '../packs/index.js';

export function openPack(id: string, dataDir?: string): DomainPack {
  const pack = loadPack(id, dataDir ?? defaultDataDir());
  if (!pack) throw new SitrepError('E051', `available: ${registeredPacks().join(', ')}`, id);
  return pack;
}
