// The actor registry: valid, every organisation the dev gold names is in it (by name or one of
// the gold's aliases), no name or alias on two actors, the ten NCA signatories, ACLED codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isSitrepError } from '../../src/core/errors.js';
import { defaultDataDir } from '../../src/packs/index.js';
import { actorIndex, loadActors, validateActors } from '../../src/packs/myanmar/actors.js';
import { nameKey } from '../../src/pipeline/lexicon/tokens.js';
import { myanmar } from '../places/helpers.js';

const actors = loadActors();
const index = actorIndex(actors);
const GOLD = join(defaultDataDir(), '..', 'gold', 'dev');

// Gold sources that are people or unnamed groups, not registry organisations.
const NOT_ORGS = new Set(['Falam relief volunteer', 'Gwa resident', 'Karen-language radio station', 'camp volunteers', 'local aid groups',
  'local aid workers', 'protest organiser', 'relatives', 'relief volunteer', 'residents', 'Khin Myat Noe', 'Khu Plu Reh']);

interface GoldActor { name: string; aliases?: string[]; title?: string; affiliation?: GoldActor }
function goldActors(): GoldActor[] {
  const out: GoldActor[] = [];
  const walk = (v: unknown, key = ''): void => {
    if (Array.isArray(v)) { v.forEach((x) => walk(x, key)); return; }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (['actors', 'associated_actors', 'speaker', 'claimant', 'reported_by', 'controller', 'announced_by', 'affiliation'].includes(key) && typeof o.name === 'string') out.push(o as unknown as GoldActor);
    for (const [k, x] of Object.entries(o)) walk(x, k);
  };
  if (existsSync(GOLD)) for (const c of readdirSync(GOLD)) walk(JSON.parse(readFileSync(join(GOLD, c, 'expected.json'), 'utf8')));
  return out;
}

test('the registry validates and is substantial', () => {
  assert.ok(actors.length >= 100, `${actors.length} actors`);
  assert.equal(myanmar().actors.length, actors.length);
});

test('every organisation the gold names is in the registry', () => {
  const missing = new Set<string>();
  for (const a of goldActors()) {
    if (a.title || NOT_ORGS.has(a.name)) continue;
    if (![a.name, ...(a.aliases ?? [])].some((n) => index.has(nameKey(n)))) missing.add(a.name);
  }
  assert.deepEqual([...missing], []);
});

test('gold canonical names resolve to the actor with that name', () => {
  for (const [name, id] of [['Military Forces of Myanmar', 'mm-military'], ['Kachin Independence Army', 'kia'], ['Union Election Commission', 'mm-uec'],
    ['Naypyidaw authorities', 'mm-uec'], ['PNLO-NCA/S', 'pnlo'], ['Ta’ang National Liberation Army', 'tnla'], ['PDFs', 'pdf'], ['KNU/KNLA', 'knla'],
    ['Karen National Union', 'knu'], ['ULA/AA', 'aa'], ['Chinland Council', 'chinland-council'], ['Deng Xijun', 'cn'], ['the commission', 'mm-uec']] as const) {
    assert.equal(index.get(nameKey(name))?.id, id, name);
  }
});

test('armed groups of 2024–25 reporting beyond the gold resolve to their own entries', () => {
  for (const [name, id, kind] of [['MDY-PDF', 'mdy-pdf', 'rebel'], ['Mandalay PDF', 'mdy-pdf', 'rebel'], ['BNRA', 'bnra', 'rebel'],
    ['Karenni Nationalities People’s Liberation Front', 'knplf', 'rebel'], ['Mongla army', 'ndaa', 'rebel'], ['KDA', 'kda', 'militia'],
    ['Communist Party of Burma', 'cpb', 'political'], ['MNTJP', 'mntjp', 'political']] as const) {
    const a = index.get(nameKey(name));
    assert.equal(a?.id, id, name);
    assert.equal(a?.kind, kind, name);
  }
  // The MNDAA is one word: its letters do not make the NDAA.
  assert.equal(index.get(nameKey('MNDAA'))?.id, 'mndaa');
});

test('the military carries every alias the gold uses for it', () => {
  const mil = actors.find((a) => a.id === 'mm-military')!;
  const have = new Set([mil.name, ...mil.aliases].map(nameKey));
  for (const a of goldActors().filter((g) => g.name === 'Military Forces of Myanmar')) {
    for (const n of a.aliases ?? []) assert.ok(have.has(nameKey(n)), n);
  }
});

test('no name or alias belongs to two actors', () => {
  const owner = new Map<string, string>();
  for (const a of actors) for (const n of [a.name, ...a.aliases]) {
    const k = nameKey(n);
    assert.ok(!owner.has(k) || owner.get(k) === a.id, `"${n}": ${owner.get(k)} and ${a.id}`);
    owner.set(k, a.id);
  }
});

test('a duplicated alias is refused with E052', () => {
  const dup = [...actors, { ...actors[0]!, id: 'copy', name: 'Copy', aliases: ['Tatmadaw'] }];
  assert.throws(() => validateActors(dup, 'x.json'), (e) => isSitrepError(e) && e.code === 'E052' && /Tatmadaw/.test(e.message));
  assert.throws(() => validateActors([{ id: 'Bad Id', name: 'x', aliases: [], kind: 'rebel', inter: 2 }]), (e) => isSitrepError(e) && e.code === 'E052');
  assert.throws(() => validateActors([...actors, { id: 'y', name: 'Y', aliases: [], kind: 'alliance', inter: 2, members: ['nope'] }]), /unknown actor nope/);
});

test('the ten NCA signatories', () => {
  const nca = actors.filter((a) => a.ncaSignatory).map((a) => a.id).sort();
  assert.deepEqual(nca, ['absdf', 'alp', 'cnf', 'dkba', 'knu', 'knu-knla-pc', 'ldu', 'nmsp', 'pnlo', 'rcss']);
});

test('ACLED interaction codes follow the kind', () => {
  const expect: Partial<Record<string, (n: number | null) => boolean>> = {
    state_force: (n) => n === 1, rebel: (n) => n === 2, militia: (n) => n === 3, foreign_state: (n) => n === 8,
    outlet: (n) => n === null, civilian: (n) => n === 5 || n === 6 || n === 7, alliance: (n) => n === 2,
  };
  for (const a of actors) assert.ok(expect[a.kind]?.(a.inter) ?? true, `${a.id}: ${a.kind} with inter ${a.inter}`);
});

test('alliances list their members and the pack has its civilians', () => {
  const tba = actors.find((a) => a.id === 'three-brotherhood')!;
  assert.deepEqual([...(tba.members ?? [])].sort(), ['aa', 'mndaa', 'tnla']);
  const pack = myanmar();
  assert.equal(pack.civilians.id, 'mm-civilians');
  assert.equal(pack.civilians.name, 'Civilians (Myanmar)');
  assert.equal(pack.civilians.inter, 7);
});
