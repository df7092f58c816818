// Round-13 event detection, on hand-written sentences (Myanmar pack): strikes and walkouts as
// protests, crowd-control words that are no riot, a protest named in passing, arrests told as
// "picked up by police", bombs sent by post, captures told as "liberated", where a rally abroad was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks } from '../../src/pipeline/structure/blocks.js';
import { extractStory } from '../support/extract-story.js';

/** Each event as "sub-type @ place". */
const events = (body: string): string[] => extractStory('16 December 2025', body)
  .events.map((e) => `${e.sub_event_type} @ ${e.location?.name ?? '-'}`);
const subs = (body: string): string[] => events(body).map((e) => e.split(' @ ')[0]!);

test('strikes and walkouts are protests; a strike from the air is not', () => {
  const cases: [string, string[]][] = [
    ['In Monywa, about 80 nurses stopped work on Tuesday and gathered outside the general hospital.', ['Peaceful protest']],
    ['Shopkeepers in Pakokku observed a shutter-down strike on Monday against new taxes.', ['Peaceful protest']],
    ['Teachers at two schools in Myingyan went on strike on Friday over unpaid wages.', ['Peaceful protest']],
    ['Jets launched an air strike on a village in Myingyan on Friday, residents said.', ['Air/drone strike']],
  ];
  for (const [body, want] of cases) assert.deepEqual(subs(body), want, body);
});

test('"riot police" and "a flash mob" are no riot and no mob', () => {
  const cases: [string, string[]][] = [
    ['Riot police fired tear gas at students protesting outside a university in Monywa on Friday.', ['Protest with intervention']],
    ['About 20 students staged a flash mob protest in Monywa on Sunday, holding banners.', ['Peaceful protest']],
  ];
  for (const [body, want] of cases) assert.deepEqual(subs(body), want, body);
});

test('a protest named in a relative clause about someone is told elsewhere', () => {
  const cases: [string, string[]][] = [
    ['Three students who had joined the protest were arrested by police in Monywa on Monday.', ['Arrests']],
    ['A nurse who spoke at the rally said police arrested two organisers in Monywa on Monday.', ['Arrests']],
  ];
  for (const [body, want] of cases) assert.deepEqual(subs(body), want, body);
});

test('an arrest after the crowd broke up is the protest\'s intervention', () => {
  const body = 'Police fired tear gas at farmers protesting in Monywa on Friday.\n\nThe farmers say their land was seized by a company.\n\nThree farmers were taken away in a police truck after the crowd broke up.';
  assert.deepEqual(subs(body), ['Protest with intervention']);
});

test('arrests told as "picked up by police"', () => {
  const cases: [string, string[]][] = [
    ['Two students were picked up by plainclothes police at a tea shop in Monywa on Monday.', ['Arrests']],
    ['Police picked him up at his home in Monywa on Monday, his family said.', ['Arrests']],
  ];
  for (const [body, want] of cases) assert.deepEqual(subs(body), want, body);
});

test('a bomb sent by post is an IED', () => {
  const cases: [string, string[]][] = [
    ['On Monday, a parcel delivered to a party office in Monywa exploded as a clerk opened it, wounding him.', ['Remote explosive/landmine/IED']],
    ['A letter bomb wounded a ward official in Monywa on Monday.', ['Remote explosive/landmine/IED']],
  ];
  for (const [body, want] of cases) assert.deepEqual(subs(body), want, body);
});

test('a capture told as "liberated"', () => {
  assert.deepEqual(subs('The AA said on Monday that its troops had "liberated" the town of Kyaukphyu.'), ['Non-state actor overtakes territory']);
});

test('"the Myanmar embassy", "Myanmar migrants" abroad: no event in Myanmar', () => {
  assert.deepEqual(events('Several hundred Myanmar migrant workers rallied outside the Myanmar embassy in Bangkok on Saturday, holding banners.'), ['Peaceful protest @ Bangkok']);
});

test('a period in a relative clause about a thing is no running tally', () => {
  assert.deepEqual(subs('In Monywa, around 60 doctors stopped work on Monday, demanding stipends that had been withheld since August.'), ['Peaceful protest']);
});

const dated = (body: string): string[] => extractStory('16 December 2025', body)
  .events.map((e) => `${e.sub_event_type} @ ${e.location?.name ?? '-'} ${e.date}`);

test('a date just before a speech verb dates the report, not the event', () => {
  assert.deepEqual(dated('A junta spokesman on Monday dismissed reports that an air strike hit a monastery and a school in Ayadaw Township, Sagaing Region, on December 2.'), ['Air/drone strike @ Ayadaw 2025-12-02']);
});

test('a label line ending on a quoted phrase is no sentence of the story', () => {
  const text = "A school bombing 'that never happened'\n\nThe spokesman said so.\n";
  assert.deepEqual(splitBlocks(text, 0).map((b) => b.kind), ['caption', 'paragraph']);
});

test('the start of a state held dates no capture told after it', () => {
  assert.deepEqual(dated('The AA has held Buthidaung since May 2024 and captured Maungdaw, the last junta stronghold on the border, in December 2024.'), ['Non-state actor overtakes territory @ Maungdaw 2024-12']);
});

test('"since the group overran the town in late 2024": a capture dated by its year', () => {
  assert.deepEqual(dated('Jets bombed a market in Ramree Township on Thursday. The island has been under Arakan Army control since the group overran the town in late 2024.'),
    ['Air/drone strike @ Ramree 2025-12-11', 'Non-state actor overtakes territory @ Ramree 2024']);
});

test('"took the men away": an abduction, at the village the men are from', () => {
  assert.deepEqual(dated('Five men from Kan Chaung village in Ponnagyun Township have been missing since Monday, when armed men stopped a group of villagers and took the men away, residents said.'),
    ['Abduction/forced disappearance @ Kan Chaung 2025-12-15']);
});
