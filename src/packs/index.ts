// Built-in domain packs: importing this module registers them (core/pack.ts `registerPack`).
import './myanmar/index.js';

export { cacheDir, defaultDataDir, repoRoot } from './paths.js';
