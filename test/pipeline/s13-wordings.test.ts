// Event wordings of this session: a coup's "seized power" takes no place; armed men "marched back
// into" a town take it back; after a withdrawal, the side the text says holds the town now is the
// one it went to; protests told as a habit are no event, "staged a flash march" is one. Invented
// sentences about real towns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const TERRITORY = /territory/;
const run = (body: string) => extractStory('3 December 2025', body);
const territory = (body: string): string[] => run(body).events.filter((e) => TERRITORY.test(e.sub_event_type)).map((e) => `${e.sub_event_type} ${e.location?.name ?? '-'} ${e.actors[0]?.name ?? '-'}`);

test('"seized power" is a coup, not a place taken', () => {
  const cases: [string, string[]][] = [
    ['The army seized power from the elected government in February 2021, and protests followed in Mogoke.', []],
    ['The military seized power in 2021. On Tuesday the KIA seized the town of Mansi.', ['Non-state actor overtakes territory Mansi Kachin Independence Army']],
    ['The generals who seized power in 2021 now hold Lashio again.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(territory(body), want, body);
});

test('armed men coming back into a town take it back', () => {
  const cases: [string, string[]][] = [
    ['Junta troops marched back into Thabeikkyin on Monday morning, residents said.', ['Government regains territory Thabeikkyin Military Forces of Myanmar']],
    ['A military column rolled back into Kyaukme on Sunday after the TNLA left.', ['Government regains territory Kyaukme Military Forces of Myanmar']],
    ['On Friday regime soldiers drove back into Hsipaw in about 40 trucks.', ['Government regains territory Hsipaw Military Forces of Myanmar']],
    // Near misses: people going home, and troops marching elsewhere.
    ['Hundreds of villagers moved back into Thabeikkyin on Monday after the fighting ended.', []],
    ['Junta troops marched back to their base near Singu on Monday.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(territory(body), want, body);
});

test('after a withdrawal, the side said to hold the town now receives it', () => {
  const control = (body: string): string[] => run(body).control.map((c) => `${c.place.name} ${c.controller?.name ?? '-'} ${c.how}`);
  const cases: [string, string[]][] = [
    ['The TNLA pulled its forces out of Mogoke in late October under a China-brokered deal, and the town has been back in the junta\'s hands since then.', ['Mogoke Military Forces of Myanmar negotiated']],
    ['The TNLA pulled out of Momeik on November 18 under a China-brokered deal, and the town is now in the hands of the military.', ['Momeik Military Forces of Myanmar negotiated']],
    // A lone side that withdrew names no receiver.
    ['The TNLA pulled its forces out of Mogoke in late October.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(control(body), want, body);
});

test('protests told as a habit are no event; a march staged on a day is one', () => {
  const protests = (body: string): string[] => run(body).events.filter((e) => e.sub_event_type === 'Peaceful protest').map((e) => `${e.date} ${e.location?.name ?? '-'}`);
  const cases: [string, string[]][] = [
    ['The strike committee, one of the groups that has organised street protests against the coup since 2021, called for a boycott.', []],
    ['Students in Dawei have staged rallies every month since the coup, the union said.', []],
    ['About 150 members of the strike committee staged a flash march through Dawei on Sunday morning, carrying banners.', ['2025-11-30 Dawei']],
    ['Teachers held a silent march in Dawei on Monday, holding placards against the vote.', ['2025-12-01 Dawei']],
    // Near misses: the month, and the biggest protests "since" something, held on a day.
    ['The committee staged an attack in March, residents said.', []],
    ['The largest protests since 2021 took place in Dawei on Sunday, with crowds chanting slogans.', ['2025-11-30 Dawei']],
  ];
  for (const [body, want] of cases) assert.deepEqual(protests(body), want, body);
});

test('an official shot dead: the series around it is no event, the regime\'s word names the victim, the claiming group the doer', () => {
  const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.location?.name ?? '-'} ${e.actors.map((a) => a.name).join('/')}`);
  const cases: [string, string[]][] = [
    ['A junta-appointed ward administrator in Hlaing Township was shot dead outside his home on Tuesday, the latest in a string of attacks on regime officials. The Rangoon Owl Brigade said it had carried out the killing.',
      ['Attack Hlaing Rangoon Owl Brigade/Civilians (Myanmar)']],
    ['A clerk of the township office was stabbed to death in Insein on Monday, one of a series of killings of regime informers this year.',
      ['Attack Insein Unidentified Armed Group (Myanmar)/Civilians (Myanmar)']],
    ['Gunmen shot dead a village administrator in Hlaing on Sunday, part of a wave of attacks on junta appointees. The Rangoon Owl Brigade later said it had carried out the shooting.',
      ['Attack Hlaing Rangoon Owl Brigade/Civilians (Myanmar)']],
    // Near misses: a series told as the event itself, and regime soldiers who act.
    ['Junta jets carried out a series of air strikes on Kani on Monday, killing four civilians.', ['Air/drone strike Kani Military Forces of Myanmar/Civilians (Myanmar)']],
    ['Regime soldiers shot dead two farmers in Insein on Friday.', ['Attack Insein Military Forces of Myanmar/Civilians (Myanmar)']],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test("a nationality with a force's act names that state's forces: 'Russian air strikes', 'Pakistani shelling'", async () => {
  const { findStateForces } = await import('../../src/pipeline/actors/foreign-forces.js');
  const forces = (s: string): string[] => findStateForces(s, 0, s.length, 'MM').map((m) => `${s.slice(m.start, m.end)}=${m.actor.name}`);
  const cases: [string, string[]][] = [
    ['Russian air strikes on a market in Kharkiv killed five people.', ['Russian air strikes=Military Forces of Russia']],
    ['Pakistani shelling hit a village in Kunar province.', ['Pakistani shelling=Military Forces of Pakistan']],
    ['Israeli raids on Jenin went on for a third day.', ['Israeli raids=Military Forces of Israel']],
    ['Socheata said Thai airstrikes had hit a road near the temple.', ['Thai airstrikes=Military Forces of Thailand']],
    ['Nigerian police raids in Jos netted 40 suspects.', ['Nigerian police=Police Forces of Nigeria']],
    // Near misses: the home country's own (its registry names them), a player, and no force's act.
    ['Myanmar air strikes hit the village.', []],
    ['The Russian strikers scored twice.', []],
    ['Russian diplomats met the envoy.', []],
  ];
  for (const [s, want] of cases) assert.deepEqual(forces(s), want, s);
});
