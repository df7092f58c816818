// Captures told back in passing (session 15): a tally sentence whose opening clause dates a capture
// ("Since we took the town in December 2024 they have bombed it 40 times") still codes the capture;
// "X has been ours since we took it in January 2024" takes X; prisoners of war "captured at" a
// place are people, not the place; "Manaung Island" is the island's town under its other spelling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const run = (body: string) => extractStory('3 April 2026', body);
const captures = (body: string): string[] => run(body).events.filter((e) => /territory/.test(e.sub_event_type))
  .map((e) => `${e.date} ${e.location?.name ?? '-'} ${e.actors[0]?.name ?? '-'}`);

test('a capture dated in the opening clause of a tally is coded', () => {
  const cases: [string, string[]][] = [
    ['Junta jets bombed Hakha on Saturday. Since we took the town in December 2024 they have bombed it 40 times, the CDF spokesman said.', ['2024-12 Hakha Chin Defence Force']],
    ['Since the AA captured Ann in December 2024, junta jets have struck the town more than 30 times.', ['2024-12 Ann Arakan Army']],
    // Near misses: the tally alone, and a tally whose opening clause is no capture.
    ['Junta jets have bombed Hakha 40 times since December 2024, the CDF said.', []],
    ['Since the AA arrived in Ann in December 2024, junta jets have struck the town more than 30 times.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(captures(body), want, body);
});

test('"since we took it" takes the place the sentence opened with', () => {
  const cases: [string, string[]][] = [
    ['Kanpetlet town has been with us since we took it in January 2024, and Matupi is still ours, a CDF spokesman said.', ['2024-01 Kanpetlet Chin Defence Force']],
    ['The KIA said Mansi had remained in its hands since it captured it in October 2024.', ['2024-10 Mansi Kachin Independence Army']],
    // Near miss: "it" with no place before.
    ['The KIA said the deal had held since it signed it in October 2024.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(captures(body), want, body);
});

test('two captures joined by "and then", a hill camp, and a capture dated after "since its capture of"', () => {
  const cases: [string, string[]][] = [
    ['The AA said its fighters took the Kyauk Taung Pyein hill camp on Monday after four days of assaults and then, on Wednesday, seized a second outpost near Ah Lel Dwein village.',
      ['2026-04-01 Ah Lel Dwein Arakan Army', '2026-03-30 Kyauk Taung Pyein hill camp Arakan Army']],
    ['The AA has held the rest of the state\'s 17 townships since its capture of the Western Command headquarters in Ann in December 2024.', ['2024-12 Ann Arakan Army']],
    // Near misses: one capture told twice, and a handover referred back to.
    ['The KIA captured and occupied Mansi on Monday.', ['2026-03-30 Mansi Kachin Independence Army']],
    ['The handover follows a ceasefire the two sides agreed in Kunming on 18 January.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(captures(body), want, body);
});

test('prisoners of war captured at a place are no capture of it', () => {
  assert.deepEqual(captures('Regime media accused the CDF of executing prisoners of war captured at Kanpetlet.'), []);
  assert.deepEqual(captures('The CDF captured Kanpetlet on Monday.'), ['2026-03-30 Kanpetlet Chin Defence Force']);
});

test('an island is named for its town, under another spelling too', () => {
  const places = (body: string): string[] => run(body).events.map((e) => `${e.location?.name ?? '-'} ${e.location?.admin3_pcode ?? '-'}`);
  assert.deepEqual(places('AA fighters shelled junta positions on Manaung Island on Sunday.'), ['Manaung MMR012012']);
});

test('"last May" is the most recent May before the story; weapons seized take no place', () => {
  const cases: [string, string[]][] = [
    ['The KNLA captured Myitta last December, a KNLA officer said.', ['2025-12 Myitta Karen National Liberation Army']],
    ['The KNLA captured Myitta last May, a KNLA officer said.', ['2025-05 Myitta Karen National Liberation Army']],
    ['The KNLA captured Myitta last April, a KNLA officer said.', ['2025-04 Myitta Karen National Liberation Army']],
    // Near misses: weapons seized near a place; "at last" with a modal.
    ['Soldiers seized rocket launchers and ammunition near Myitta on Monday.', []],
    ['The KNLA at last may have captured Myitta, officials said.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(captures(body), want, body);
});
