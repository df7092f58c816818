// Wave-17 events abroad, on hand-written stories: warplanes named as the subject of a strike verb
// ("Israeli jets hit targets in X") are an air strike by that state's military, and a story that
// names only an Indian state and its towns (never "India") is placed in India by the state's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const run = (body: string) => extractStory('17 September 2025', body);
const strikes = (body: string): string[] =>
  run(body).events.filter((e) => e.sub_event_type === 'Air/drone strike').map((e) => `${e.location?.name}: ${e.actors[0]?.name}`);

test('warplanes as the subject of hit, pounded, targeted, bombed: an air strike by their state', () => {
  const cases: [string, string[]][] = [
    ['Israeli jets hit targets in Sanaa, Yemen, on Monday, killing five people.', ['Sanaa: Military Forces of Israel']],
    ['Israeli warplanes pounded the port of Hodeidah in Yemen on Monday night.', ['Hodeidah: Military Forces of Israel']],
    ['Pakistani jets targeted hideouts in Khost, Afghanistan, on Tuesday night.', ['Khost: Military Forces of Pakistan']],
    ['On Sunday, Nigerian military aircraft also hit a camp near Gwoza in Borno state, Nigeria.', ['Gwoza: Military Forces of Nigeria']],
    ['Thai F-16s bombed positions near Samraong, in Cambodia, on Thursday.', ['Samraong: Military Forces of Thailand']],
    ['In Sudan, army warplanes repeatedly struck a market in Nyala, South Darfur, on Friday.', ['Nyala: Military Forces of Sudan']],
  ];
  for (const [body, want] of cases) assert.deepEqual(strikes(body), want, body);
});

test('aircraft that only fly, crash or answer in words are no strike', () => {
  const cases = [
    'Israeli jets flew over Beirut, Lebanon, on Monday.',
    'A military plane hit a mountain near Sanaa, Yemen, on Monday, the ministry said.',
    'Yemeni officials said Israeli jets hit back at critics in Sanaa, Yemen, on Monday.',
    'The jets hit turbulence near Khost, Afghanistan, on Monday.',
    'Analysts in Sanaa, Yemen, said the strikes hit the headlines on Monday.',
  ];
  for (const body of cases) assert.deepEqual(strikes(body), [], body);
});

const places = (body: string): string[] => run(body).events.map((e) => `${e.location?.name} ${e.location?.country}`);

test('an Indian state named without the country places the story in India', () => {
  const cases: [string, string[]][] = [
    ['RAIPUR: Two Maoists were killed in an exchange of fire with police near Bhejji in Sukma district of Chhattisgarh on Sunday.', ['Bhejji IN']],
    ['RANCHI: Police in Jharkhand said two militants were killed in a gunfight near Kuru in Lohardaga district on Sunday.', ['Kuru IN']],
    ['MUMBAI: Police in Maharashtra said Maoists blew up a culvert near Etapalli in Gadchiroli district on Monday.', ['Etapalli IN']],
    ['Two policemen were injured when an IED went off near Tadmetla in Sukma district on Monday, Chhattisgarh police said from Raipur.', ['Tadmetla IN']],
    ['RANCHI: Gunmen shot dead three villagers near Chainpur in Gumla district of Jharkhand on Monday.', ['Chainpur IN']],
  ];
  for (const [body, want] of cases) assert.deepEqual(places(body), want, body);
});

const clashes = (body: string): string[] => run(body).events.filter((e) => e.sub_event_type === 'Armed clash').map((e) => `${e.location?.name}`);

test('a gunfight, gunbattle or shootout is an armed clash', () => {
  const cases: [string, string[]][] = [
    ['RANCHI: Police in Jharkhand said two Maoists were killed in a gunfight with security forces near Chainpur in Gumla district on Sunday.', ['Chainpur']],
    ['Two militants died in a gunbattle with soldiers near Pibor, South Sudan, on Tuesday.', ['Pibor']],
    ['Haitian police killed two suspected gang members in a shootout in Cabaret, north of Port-au-Prince, on Monday.', ['Cabaret']],
    ['A gun-fight broke out between police and bandits near Gusau, Nigeria, on Friday.', ['Gusau']],
    ['In Colombia, a shoot-out between the army and ELN fighters near Tibu left three dead on Friday.', ['Tibu']],
  ];
  for (const [body, want] of cases) assert.deepEqual(clashes(body), want, body);
});
