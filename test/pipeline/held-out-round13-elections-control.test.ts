// Round-11/13 election and control wordings, on hand-written sentences (Myanmar pack): region
// totals told as a list, a left-out township in one clause of a sentence that schedules another,
// "hold elections in parts of X", "X will take part in … phase", a count of "the township's"
// village tracts, "not on the … list", "the first of three phases".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const extract = (body: string) => extractStory('14 October 2025', body);
const elections = (body: string): string[] => extract(body).elections
  .map((e) => `${e.place.name}: ${e.included ? 'in' : 'out'} ${e.excluded_village_tracts ?? '-'}${e.phase ? ` p${e.phase}` : ''}`);

test('election facts of round-13 wordings', () => {
  const cases: [string, string[]][] = [
    // Counts told before regions are the regions' totals; a list of states shares one count (not the first state's).
    ['The commission said 9 village tracts in Magway Region and 40 in Bago Region are left out of the second phase of the election.',
      ['Magway: in 9 p2', 'Bago: in 40 p2']],
    // One clause schedules a township, the next leaves another out entirely.
    ['Pakokku is among the townships scheduled to vote in the first phase, but the commission says no polls will be held at all in Tilin.',
      ['Tilin: out -', 'Pakokku: in - p1']],
    ['The junta plans to hold elections in parts of Hpasawng Township in December.', ['Hpasawng: in -']],
    // "… will take part in Sunday's second phase", then the township's own excluded tracts.
    ['Minbu will take part in the second phase of voting on Sunday. The election body said polling would not take place in four of the township\'s village tracts.',
      ['Minbu: in 4 p2']],
    ['Pakokku will vote in the second phase. Polling will not take place in three of its village tracts.', ['Pakokku: in 3 p2']],
    ['Gangaw and Tilin are not on the election commission\'s list for the second phase.', ['Gangaw: out - p2', 'Tilin: out - p2']],
    ['The commission has scheduled polling for Pakokku and Chauk in the second of three phases.', ['Pakokku: in - p2', 'Chauk: in - p2']],
  ];
  for (const [body, want] of cases) assert.deepEqual(elections(body), want, body);
});

const control = (body: string): string[] => extract(body).control.map((c) => `${c.place.name}: ${c.controller?.name ?? '-'} ${c.status}`);

test('control facts of round-13 wordings', () => {
  const cases: [string, string[]][] = [
    // "which it has controlled": the armed party named before it in the sentence.
    ['Rights groups accused the Arakan Army of abusing residents in Paletwa, which it has controlled since January 2024.', ['Paletwa: Arakan Army controlled']],
    // Most of a town held while the other side stays inside: contested; most of a township alone stays held.
    ['The TNLA holds most of Kyaukme\'s quarters, while army units remain in the hospital compound.', ['Kyaukme: - contested']],
    ['The Arakan Army controls most of Kyauktaw, but regime troops still hold the hilltop base.', ['Kyauktaw: - contested']],
    ['The Arakan Army controls most of Kyauktaw Township.', ['Kyauktaw: Arakan Army controlled']],
    // A capture told in a relative clause after a list of towns: each of them (the event's town first).
    ['Hpakant and Waingmaw towns, which the KIA captured in 2025, are now run by its own administrators.', ['Hpakant: Kachin Independence Army controlled', 'Waingmaw: Kachin Independence Army controlled']],
    // A capture claim the other side disputes: fighting on and its units still holding positions.
    ['The military claimed on Monday that its troops had recaptured Mogaung. A KIA spokesman said fighting was ongoing on the town\'s outskirts and that KIA units still held positions there.', ['Mogaung: - contested']],
  ];
  for (const [body, want] of cases) assert.deepEqual(control(body), want, body);
});
