// Round-11 control and date wordings, on hand-written sentences (Myanmar pack): place-first
// statements of control, territory a side holds, "resistance forces" as holder, where a list of
// places held stops, and dates counted from a date ("a week before that", "its fifth day on Friday").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHeaderDate } from '../../src/core/dates.js';
import { findDates } from '../../src/pipeline/dates/find.js';
import { extractStory } from '../support/extract-story.js';

const control = (body: string): string[] => extractStory('14 October 2025', body)
  .control.map((c) => `${c.place.name}: ${c.controller?.name ?? '-'} ${c.status}`);

const ARMY = 'Military Forces of Myanmar';

test('control stated with the place first', () => {
  const cases: [string, string[]][] = [
    // "largely/still/now under …", "the full control of", "administration", "as are …", "as does …"
    ['Residents said Kalay is under the full control of the military.', [`Kalay: ${ARMY} controlled`]],
    ['The shells came from Hakha town, which is still under junta administration.', [`Hakha: ${ARMY} controlled`]],
    ['Paletwa is now under the control of the Arakan Army, as are Kyauktaw and Minbya.', ['Paletwa: Arakan Army controlled', 'Kyauktaw: Arakan Army controlled', 'Minbya: Arakan Army controlled']],
    ['Sittwe remains under junta control, as does the port town of Kyaukphyu.', [`Sittwe: ${ARMY} controlled`, `Kyaukphyu: ${ARMY} controlled`]],
    // "under its control": the armed party named before it in the sentence.
    ['A KIA officer said the group would not leave Laiza, its headquarters, which remains under its control.', ['Laiza: Kachin Independence Army controlled']],
  ];
  for (const [body, want] of cases) assert.deepEqual(control(body), want, body);
});

test('a place that lies in territory a side holds', () => {
  const cases: [string, string[]][] = [
    ['The wounded could not reach the nearest hospital, in Monywa, which lies in territory the army holds.', [`Monywa: ${ARMY} controlled`]],
    ['The nearest hospital, in Monywa, lies in territory the army holds.', [`Monywa: ${ARMY} controlled`]],
    ['Hpakant, in KIA-held territory, has had no power for weeks.', ['Hpakant: Kachin Independence Army controlled']],
    ['Mindat sits in an area controlled by the Chin National Front.', ['Mindat: Chin National Front controlled']],
  ];
  for (const [body, want] of cases) assert.deepEqual(control(body), want, body);
});

test('"resistance forces" hold for the resistance group the story names', () => {
  const cases: [string, string[]][] = [
    // The qualifier picks the group whose name holds it, after "have held" (no "hold" in it).
    ['The KNDF and the PDF shelled an army post. The PDF said two soldiers died. Karenni resistance forces have held Shadaw since 2023.', ['Shadaw: Karenni Nationalities Defence Force controlled']],
    // Without one, the group named most often, not the one named last in passing.
    ["The PDF said it shot down a drone. The PDF later denied losses. The TNLA pulled out of Kyaukme in October. No polls will be held in Kani, which is largely under the control of resistance forces.",
      ["Kani: People's Defence Force controlled"]],
  ];
  for (const [body, want] of cases) assert.deepEqual(control(body).filter((c) => !c.startsWith('Kyaukme')), want, body);
});

test('where a list of places held stops', () => {
  const cases: [string, string[]][] = [
    // A new clause ("while …") says its own; a place the held road leads to is not held.
    ['Today the army holds Loikaw town and the road leading north to Pekon, while Demoso town remains contested.', [`Loikaw: ${ARMY} controlled`, 'Demoso: - contested']],
    // "under Arakan Army control since …" is a noun: the holder of what follows is the regime.
    ['Ramree has been under Arakan Army control since the group overran it in 2024, but the regime still holds nearby Kyaukphyu.', ['Ramree: Arakan Army controlled', `Kyaukphyu: ${ARMY} controlled`]],
    // A capital speaking for its government starts the next clause.
    ["The KIA has held the hills since May, Naypyitaw said.", []],
  ];
  for (const [body, want] of cases) assert.deepEqual(control(body).sort(), want.sort(), body);
});

test("a township's fact yields to its town's", () => {
  assert.deepEqual(control('The AA now controls Minbya Township. The junta still holds Minbya town.'), [`Minbya: ${ARMY} controlled`]);
});

const dates = (body: string, ref: string): string[] => findDates(body, 0, body.length, ref).map((d) => `${body.slice(d.start, d.end)}=${d.date}${d.dateEnd ? `..${d.dateEnd}` : ''}`);

test('dates counted from a date told before or named after', () => {
  const cases: [string, string, string][] = [
    ['The army took the town on 28 October and the next one a week before that.', '2025-11-22', 'a week before that=2025-10-21'],
    ['The base fell two weeks earlier.', '2025-11-22', ''],
    ['The camp was overrun on 20 October; the depot had fallen two weeks earlier.', '2025-11-22', 'two weeks earlier=2025-10-06'],
    ['They signed on 3 March and withdrew two days after that.', '2025-10-14', 'two days after that=2025-03-05'],
    ['The bridge was blown up a week before 28 October.', '2025-11-22', 'a week before 28 October=2025-10-21'],
    ['Talks began three days after 4 March.', '2025-10-14', 'three days after 4 March=2025-03-07'],
    ['The fighters left on Monday, and troops drove in the following afternoon.', '2025-10-15', 'the following afternoon=2025-10-14'],
    ['Fighting near the port entered its fifth day on Friday.', '2025-11-15', 'its fifth day on Friday=2025-11-10..2025-11-14'],
  ];
  for (const [body, ref, want] of cases) {
    const got = dates(body, ref).filter((d) => !/^(?:\d|Monday|28 October=|3 March|20 October)/.test(d));
    assert.deepEqual(got, want ? [want] : [], body);
  }
});

test('a header date with an update note after it', () => {
  assert.equal(parseHeaderDate('Published December 3, 2025 Updated a day ago'), '2025-12-03');
  assert.equal(parseHeaderDate('3 Dec 2025 | Last updated 4 Dec 2025'), '2025-12-03');
  assert.equal(parseHeaderDate('Updated a day ago'), null);
});
