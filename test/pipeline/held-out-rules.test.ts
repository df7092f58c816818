// Table-driven checks of rules added after scoring four unseen articles (Hpakant, Ngape, Bilin,
// Nasir): national armies named in full, capitalised groups named with a generic noun, and the
// event and control rules below. Hand-written sentences, tiny pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorEntry } from '../../src/core/pack.js';
import { nationalArmy } from '../../src/pipeline/actors/national-army.js';
import { buildPipeline } from '../../src/core/pipeline.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { controlStage } from '../../src/pipeline/control/index.js';
import { dedupe } from '../../src/pipeline/events/dedupe.js';
import { eventsStage } from '../../src/pipeline/events/index.js';
import type { Layers } from '../../src/pipeline/layers.js';
import { locateEvent } from '../../src/pipeline/places/locate.js';
import { EARLY, runEarly } from '../support/run-stages.js';
import { tinyPack } from '../support/tiny-pack.js';

const head = 'Freedonia Daily\n3 January 2026\n\n';
function run(body: string): Layers {
  const doc = articleToDoc(head + body, { path: 'test' }, 'test', false);
  return buildPipeline<Layers>([...EARLY, eventsStage, controlStage]).run(doc, tinyPack);
}
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} @${e.location?.name ?? '-'}`);

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

test('abroad, a town named with its region is the event\'s place (no pcodes: the region\'s name says it)', () => {
  const text = 'Rebels captured the Upper Nile state capital Malakal in 2014.';
  const at = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const loc = (name: string, precision: 'state' | 'town', admin1: string | null) => ({ name, country: 'SS', admin1, admin1_pcode: null, admin3: null, admin3_pcode: null, lat: null, lon: null, precision });
  const places = [
    { ...at('Upper Nile'), surface: 'Upper Nile', candidates: [], typeHint: null, location: loc('Upper Nile', 'state', 'Upper Nile') },
    { ...at('Malakal'), surface: 'Malakal', candidates: [], typeHint: null, location: loc('Malakal', 'town', 'Upper Nile') },
  ];
  const doc = articleToDoc(text, { path: 't' }, 't', false);
  const found = locateEvent({ ...doc, text }, { places, sentences: [{ start: 0, end: text.length, block: 0 }], blocks: [] }, { start: 0, end: text.length }, at('captured'), 'MM');
  assert.equal(found?.name, 'Malakal');
});

test('a judgement of fighting told elsewhere is no event; new names ending in an armed noun are armed groups', () => {
  const cases: [string, string, string[]][] = [
    ['the worst since', 'The fighting in Rivertown is the worst since the war ended.', []],
    ['has since spread', 'Fighting has since spread to the hills.', []],
    ['a fight told for itself still is one', 'Fighting broke out in Rivertown on Monday between the army and the NLF.', ['Armed clash @Rivertown']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
  const kinds = runEarly('Freedonia Daily\n3 January 2026\n\nThe Zomi Liberation Army and the Hill Traders Association met in Rivertown.').layers.actors.map((a) => `${a.actor.name}: ${a.actor.kind}`);
  assert.deepEqual(kinds, ['Zomi Liberation Army: rebel', 'Hill Traders Association: unknown']);
});

test('raids: porters are abducted, burned houses are property destruction, a strike\'s damage is the strike\'s', () => {
  const cases: [string, string, string[]][] = [
    ['forced to carry loads', 'Soldiers rounded up 12 men in Rivertown on Monday and forced them to carry ammunition.', ['Abduction/forced disappearance @Rivertown']],
    ['a year before the subject is no tally', 'In June 2023, troops burned more than 100 houses in Rivertown.', ['Looting/property destruction @Rivertown']],
    ['burned alive is no property destruction', 'Soldiers burned alive two villagers in Rivertown on Monday.', ['Attack @Rivertown']],
    ['a tally still is one', 'The army carried out more than 40 air strikes in Rivertown.', []],
    ['damage done by bombs', 'A jet dropped two bombs on Rivertown on Monday, destroying 20 houses.', ['Air/drone strike @Rivertown']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

test('a region-wide report of a sub-type told again inside the region is their summary', () => {
  const loc = (name: string, precision: 'state' | 'village', admin3: string | null) => ({ name, country: 'FD', admin1: 'North', admin1_pcode: 'FD01', admin3, admin3_pcode: admin3 ? 'FD01001' : null, lat: null, lon: null, precision });
  const ev = (precision: 'state' | 'village', date: string, dated: boolean) => ({
    event_type: 'Strategic developments' as const, sub_event_type: 'Looting/property destruction' as const, date, date_end: null, actors: [],
    location: precision === 'state' ? loc('North', 'state', null) : loc('Millbrook', 'village', 'Rivertown'), fatalities: null, evidence: '', dated,
  });
  const subs = (es: ReturnType<typeof ev>[]): string[] => dedupe(es, new Set(es.filter((e) => e.dated))).map((e) => `${e.location!.name} ${e.date}`);
  assert.deepEqual(subs([ev('state', '2025-09-22', false), ev('village', '2025-09-16', true)]), ['Millbrook 2025-09-16']);
  assert.deepEqual(subs([ev('state', '2025-09-15', true), ev('village', '2025-09-16', true)]), ['Millbrook 2025-09-16']);
  // Months apart, the region-wide report is an event of its own.
  assert.deepEqual(subs([ev('state', '2025-03-01', true), ev('village', '2025-09-16', true)]), ['North 2025-03-01', 'Millbrook 2025-09-16']);
});

test('what is told around an event is not another one', () => {
  const cases: [string, string, string[]][] = [
    ['a drone dropping explosives is an air strike', 'A junta drone dropped explosives on a house in Rivertown on Monday, killing four people.', ['Air/drone strike @Rivertown']],
    ['"under air attack" is the circumstance of a withdrawal', 'In April 2024, NLF fighters captured Rivertown before pulling back under air attack.', ['Non-state actor overtakes territory @Rivertown']],
    ['deaths "caused by" another side\'s weapons refer back', 'A drone struck Rivertown on Monday. State media said the deaths had been caused by NLF artillery.', ['Air/drone strike @Rivertown']],
    ['a toll "in the fighting" is that fighting\'s', 'The NLF fought the army in Rivertown on Monday. The NLF said it had killed more than 30 soldiers in the fighting.', ['Armed clash @Rivertown']],
    ['a trend since a year', 'North Province has seen more fighting since late 2024 as the NLF expanded into Rivertown.', []],
    ['a source\'s side does not kill', 'A jet dropped two bombs on Rivertown on Friday. An administrator working with the NLF said seven civilians were killed.', ['Air/drone strike @Rivertown']],
    ['weapons seized in a capture are its spoils', 'On Monday, NLF fighters overran an army base in Rivertown. The NLF said its troops had seized two mortars and ammunition.', ['Non-state actor overtakes territory @Rivertown']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

test('"on X … until Y" is a range', () => {
  const range = run('NLF fighters entered Rivertown on 21 October and fought the army street by street until 26 October.').events.map((e) => `${e.date}..${e.date_end}`);
  assert.deepEqual(range, ['2025-10-21..2025-10-26']);
});
