// Table-driven checks of rules added after scoring four unseen articles (Hpakant, Ngape, Bilin,
// Nasir): national armies named in full, capitalised groups named with a generic noun, and the
// event and control rules below. Hand-written sentences, tiny pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorEntry } from '../../src/core/pack.js';
import { nationalArmy } from '../../src/pipeline/actors/national-army.js';
import { runEarly } from '../support/run-stages.js';

const newActor = (name: string): ActorEntry => ({ id: `new:${name.toLowerCase().replace(/\W+/g, '-')}`, name, aliases: [], kind: 'unknown', inter: null });

test('a country or nationality followed by a national-forces noun is that state\'s military', () => {
  const cases: [string, string | null][] = [
    ["South Sudan People's Defence Forces", 'Military Forces of South Sudan'],
    ["Uganda People's Defence Force", 'Military Forces of Uganda'],
    ['Kenya Defence Forces', 'Military Forces of Kenya'],
    ['Sudanese Armed Forces', 'Military Forces of Sudan'],
    ['Somali National Army', 'Military Forces of Somalia'],
    ['Lebanese Armed Forces', 'Military Forces of Lebanon'],
    // not a state force: a region, a people, an ordinary group name, the home country
    ['Arakan Defence Forces', null],
    ['Karen National Defence Force', null],
    ['Northern Alliance', null],
    ['Myanmar Armed Forces', null],
  ];
  for (const [name, expected] of cases) assert.equal(nationalArmy(newActor(name), 'MM')?.name ?? null, expected, name);
  assert.equal(nationalArmy({ ...newActor('Kenya Defence Forces'), id: 'kdf' }, 'MM'), null, 'registry actors are left alone');
});

test('a capitalised group whose last word is a generic alias ("army") is its own actor', () => {
  const names = (body: string): string[] => runEarly('Freedonia Daily\n3 January 2026\n\n' + body).layers.actors.map((a) => a.actor.name);
  assert.deepEqual(names('The White Army, a youth militia, overran the garrison in Rivertown.'), ['White Army']);
  assert.deepEqual(names('The army shelled Rivertown.'), ['Armed Forces of Freedonia']);
});
