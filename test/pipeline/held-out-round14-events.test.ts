// Table-driven checks of the event rules added for the misses of round 14: warships by class
// name, forcing a side "out of" a place, …
// Hand-written sentences, run through the whole pipeline with the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const mm = (body: string) => extractStory('10 December 2025', body);
const MIL = 'Military Forces of Myanmar';

test('frigates, destroyers and corvettes that fire on a village shell it, for the military', () => {
  const cases: [string, string][] = [
    ['navy frigates fired rounds', 'On Monday evening, two navy frigates anchored offshore fired at least 20 rounds into Sin Kyun village in Ramree Township, killing three civilians.'],
    ['a destroyer opened fire', 'A navy destroyer opened fire on Kyauk Taw village in Pauktaw Township on Sunday, wounding two fishermen.'],
  ];
  for (const [label, body] of cases) {
    const ev = mm(body).events;
    assert.deepEqual(ev.map((e) => `${e.sub_event_type} | ${e.actors[0]?.name}`), [`Shelling/artillery/missile attack | ${MIL}`], label);
  }
});

test('driving or pushing a side "out of" a place is a capture; leaving under a deal is not this', () => {
  const cases: [string, string, string, string][] = [
    ['resistance drove troops out', 'The Kachin Independence Army said its fighters had driven junta troops out of Mansi town on Monday after three days of fighting.', 'Non-state actor overtakes territory', 'Kachin Independence Army'],
    ['army pushed rebels out', 'The military said its troops pushed the Arakan Army out of Ann town on Sunday.', 'Government regains territory', MIL],
  ];
  for (const [label, body, sub, taker] of cases) {
    const ev = mm(body).events.filter((e) => e.sub_event_type === sub);
    assert.equal(ev.length, 1, `${label}: ${mm(body).events.map((e) => e.sub_event_type).join(', ')}`);
    assert.equal(ev[0]!.actors[0]?.name, taker, label);
  }
  const plain = mm('Villagers said smoke drove families out of their homes in Mansi town on Monday.').events;
  assert.ok(!plain.some((e) => e.sub_event_type.includes('territory')), 'families out of homes');
});

test('a strike whose doer the text calls unknown is the unidentified armed group\'s, whoever is blamed', () => {
  const UNID = 'Unidentified Armed Group (Myanmar)';
  const cases: [string, string, string[]][] = [
    ['no group claimed, one blamed', 'On Tuesday night an explosion wrecked the bridge at Kyaik Pi near Kyaikto town. Nobody was hurt. No group has claimed responsibility, but the junta blamed PDF terrorists for the blast.', [UNID]],
    ['accusations both ways', 'On Monday a shell landed in a market in Ohn Taw Gyi village in Sittwe Township, killing two women. The junta blamed Arakan Army artillery. The Arakan Army said the shell came from a military battalion nearby. Who fired it could not be confirmed.', [UNID, 'Civilians (Myanmar)']],
  ];
  for (const [label, body, actors] of cases) {
    const ev = mm(body).events.filter((e) => e.event_type === 'Explosions/Remote violence');
    assert.equal(ev.length, 1, `${label}: ${mm(body).events.map((e) => e.sub_event_type).join(', ')}`);
    assert.deepEqual(ev[0]!.actors.map((a) => a.name), actors, label);
  }
  // A claimed strike keeps its doer.
  const claimed = mm('On Monday a military jet bombed Kin village in Kani Township, killing three villagers. The military has not commented.').events;
  assert.equal(claimed[0]?.actors[0]?.name, MIL, 'claimed strike');
});

test('"killing a couple" is two dead; "the abbot of … was killed" is one', () => {
  const cases: [string, string, number | null][] = [
    ['killing a couple', 'A junta paramotor dropped bombs on Kin village in Kani Township on Sunday night, killing an elderly couple.', 2],
    ['a couple were killed', 'A military jet bombed Kin village in Kani Township on Sunday, and a couple in the village were killed.', 2],
    ['the abbot of …', 'The abbot of a village monastery in Thaton Township, Mon State, was killed on Monday when junta artillery struck the monastery grounds.', 1],
    ['the headman', 'The headman of Kin village in Kani Township was killed on Monday when junta artillery shells hit his house.', 1],
    ['plural heads stay unknown', 'Junta artillery struck the monastery grounds in Thaton Township on Monday and the monks fled.', null],
  ];
  for (const [label, body, n] of cases) {
    const ev = mm(body).events;
    assert.ok(ev.length >= 1, label);
    assert.equal(ev[0]!.fatalities, n, `${label}: ${ev.map((e) => `${e.sub_event_type} ${e.fatalities}`).join(', ')}`);
  }
});

test('drones told "shot down" or "intercepted" in the passive were disrupted; air defences are the state\'s', () => {
  const cases: [string, string, string[]][] = [
    ['launched … had been shot down', 'On Sunday, state television said the Arakan Army had launched three drones at Sittwe airport and that all of them had been shot down by air defence units.', [MIL, 'Arakan Army']],
    ['were intercepted', 'Two drones were intercepted over Kyaukphyu town on Monday, the military said.', []],
  ];
  for (const [label, body, actors] of cases) {
    const ev = mm(body).events.filter((e) => e.sub_event_type === 'Disrupted weapons use');
    assert.equal(ev.length, 1, `${label}: ${mm(body).events.map((e) => e.sub_event_type).join(', ')}`);
    if (actors.length) assert.deepEqual(ev[0]!.actors.map((a) => a.name), actors, label);
  }
  // A plane shot down in a story is not this rule's unless something flew at someone.
  assert.ok(!mm('The old bridge was shot down in a storm, villagers said.').events.some((e) => e.sub_event_type === 'Disrupted weapons use'), 'no drone');
});

test('a capture of "a town in <area>" is placed in that area, never at another place of the sentence', () => {
  const lead = (taken: string) => `Jets bombed Kin village in Kani Township on Monday, while the Arakan Army said it had seized ${taken}.`;
  const captures = (body: string) => mm(body).events.filter((e) => e.sub_event_type.includes('territory')).map((e) => `${e.location?.name}/${e.location?.precision}`);
  assert.deepEqual(captures(lead('a strategic town in Magway Region')), [], 'state only: no town to code');
  assert.deepEqual(captures(lead('a junta base in Salin Township')), ['Salin/township'], 'township area');
  assert.deepEqual(captures(lead('Salin town')), ['Salin/town'], 'a named town is unchanged');
});

test('an abbot, a monk, "a Rohingya woman", "a nine-year-old girl" and a couple are civilian victims', () => {
  const cases: [string, string][] = [
    ['the abbot', 'The abbot of a village monastery in Thaton Township, Mon State, was killed on Monday when junta artillery struck the monastery grounds.'],
    ['a Rohingya woman', 'A junta shell landed beside a water point in Ohn Taw Gyi village in Sittwe Township on Monday, killing a Rohingya woman.'],
    ['a nine-year-old girl', 'Junta artillery shells hit Kin village in Kani Township on Monday, killing a nine-year-old girl.'],
  ];
  for (const [label, body] of cases) {
    const ev = mm(body).events;
    assert.ok(ev[0]?.actors.some((a) => a.name === 'Civilians (Myanmar)'), `${label}: ${ev.map((e) => e.actors.map((a) => a.name).join('/')).join(', ')}`);
  }
});

test('an event named only to date another ("a day after the blast", "The shelling came a day after") is no new event', () => {
  const body = 'On Tuesday night an explosion wrecked the bridge at Kyaik Pi near Kyaikto town. A day after the blast, soldiers searched homes in Kyaikto town and detained seven people.';
  assert.deepEqual(mm(body).events.map((e) => `${e.sub_event_type} ${e.date}`), ['Remote explosive/landmine/IED 2025-12-09', 'Arrests 2025-12-10']);
  const came = 'Junta artillery shelled Kin village in Kani Township on Monday, killing a farmer. The shelling came a day after resistance fighters ambushed a junta column near Salin town on Sunday.';
  assert.deepEqual(mm(came).events.map((e) => `${e.sub_event_type} ${e.location?.name}`), ['Shelling/artillery/missile attack Kin', 'Armed clash Salin']);
});
