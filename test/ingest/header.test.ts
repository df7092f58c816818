import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHeaderDate } from '../../src/core/dates.js';
import { splitHeader } from '../../src/ingest/header.js';

const DATES: [string, string | null][] = [
  ['3 January 2026', '2026-01-03'], ['Jan. 3, 2026', '2026-01-03'], ['2026-01-03', '2026-01-03'],
  ['Monday, 17 February 2025', '2025-02-17'], ['Tuesday 5 August 2025', '2025-08-05'], ['27 Mar 2025', '2025-03-27'],
  ['Tue, 2 Dec 2025', '2025-12-02'], ['Aug. 21, 2025', '2025-08-21'], ['April 9, 2025', '2025-04-09'],
  ['December 8, 2025', '2025-12-08'], ['Sept. 30, 2024', '2024-09-30'], ['31 February 2025', null],
  ['CNI News', null], ['Fighting resumed on 3 January 2026.', null], ['2026-01-03T08:00:00Z', '2026-01-03'],
  ['Thu, 02 Jan 2025 10:00:00 GMT', '2025-01-02'], ['1st March 2024', '2024-03-01'], ['20/01/2025', '2025-01-20'], ['01/20/2025', '2025-01-20'], ['03/04/2025', '2025-04-03'],
  // Numeric dates with dots or hyphens, after a weekday, with a place, a clock or a label around them (European,
  // African and Asian sites): the day and month are not read as a clock time.
  ['12.03.2026', '2026-03-12'], ['05-08-2025', '2025-08-05'], ['Tuesday 05/08/2025', '2025-08-05'], ['Thursday, 29.01.2026', '2026-01-29'],
  ['Goma, 12.03.2026 (AKP)', '2026-03-12'], ['27.03.2026, 6:42 pm', '2026-03-27'], ['Published on 06.03.2026', '2026-03-06'],
  ['18.04.2025 3:42 PM GMT+3', '2025-04-18'], ['Kehsi — 21.04.2026', '2026-04-21'], ['10.45 am | 3 Jan 2026', '2026-01-03'], ['2026-13-01', null],
  // Labels and clock times of scraped pages around the date.
  ['Jan 3, 2026 10:45 AM', '2026-01-03'], ['3 Jan 2026 | 10:45', '2026-01-03'], ['Published: 3 January 2026', '2026-01-03'],
  ['Updated January 3, 2026 4:12 pm', '2026-01-03'], ['January 3, 2026 at 4:12 pm', '2026-01-03'], ['03 Jan 2026 08:00 GMT', '2026-01-03'],
  ['Posted on 5 March 2025, 9:30 p.m. (MMT)', '2025-03-05'], ['Last updated: 12/02/2025 - 14:05', '2025-02-12'], ['3 January 2026 11:05 UTC+6:30', '2026-01-03'],
  ['Imphal, February 18, 2026', '2026-02-18'], ['YANGON — 3 Jan 2026', '2026-01-03'], ['Sittwe (Narinjara) - 12 Feb 2026 09:10', '2026-02-12'],
  // Second stamps, clocks before the date, bylines, reading times, year-first dates.
  ['Published December 3, 2025 Updated a day ago', '2025-12-03'], ['November 20, 2025 10:42 AM GMT+7 Updated 2 hours ago', '2025-11-20'],
  ['Updated 4:12 AM GMT+7, November 20, 2025', '2025-11-20'], ['By The Irrawaddy 20 November 2025', '2025-11-20'], ['2025.11.20', '2025-11-20'],
  ['Nov 20, 2025 · 5 min read', '2025-11-20'], ['Updated 2 hours ago', null], ['By Reuters Staff', null], ['The junta updated its list on 3 January 2026', null],
  // A dateline with its country, a wire's agency tag after the date.
  ['Pemba, Mozambique, 27 Feb 2026 (INA)', '2026-02-27'], ['Bangkok, 3 Jan 2026 (AFP) -', '2026-01-03'], ['Goma, North Kivu — March 4, 2026', '2026-03-04'],
  ['16 March 2026, Sittwe', '2026-03-16'], ['March 3, 2026 | Yangon', '2026-03-03'], ['3 Jan 2026 — Lashio, Shan State', '2026-01-03'],
  ['Issue 212 | Saturday, 7 February 2026', '2026-02-07'], ['Situation Report No. 31 | Reporting period 5–11 March 2026 | Issued 12 March 2026', '2026-03-12'],
  ['Vol. 4 · No. 9 · 3 Jan 2026', '2026-01-03'], ['Issue 212 | Weekly', null], ['Reporting period 5–11 March 2026', null],
  ['Written by Ko Ko on 7 February 2026', '2026-02-07'], ['Posted by Ko Ko on February 7, 2026', '2026-02-07'], ['Published 7 Feb 2026 by Ko Ko', '2026-02-07'],
  ['[7 February 2026]', '2026-02-07'], ['Updated: 7 February 2026 | Published: 6 February 2026', '2026-02-06'], ['Written by Ko Ko', null], ['[Yangon]', null],
  ['March, Sittwe', null], ['Sittwe, Kyaukphyu', null],
  ['Pemba, Mozambique', null], ['Fighting in Pemba, Mozambique, on 27 Feb 2026', null], ['(AFP)', null],
  ['Published by CNI News', null], ['Imphal, Manipur', null], ['Fighting in Bhamo, January', null], ['Updated 10:45', null], ['Fighting resumed on 3 January 2026 at 10:45', null],
];

for (const [input, want] of DATES) {
  test(`header date ${JSON.stringify(input)} → ${want}`, () => assert.equal(parseHeaderDate(input), want));
}

test('outlet, date and title lines are the header; the body starts after them', () => {
  const text = 'Kaladan Courier\n2 January 2025\nArakan Army takes Gwa\n\nBy Staff\n\nSITTWE — The AA said.';
  const h = splitHeader(text);
  assert.deepEqual([h.source, h.published, h.title], ['Kaladan Courier', '2025-01-02', 'Arakan Army takes Gwa']);
  assert.ok(text.slice(h.body.start).startsWith('By Staff'));
});

test('a headline above an "Outlet | date" line is the title, the outlet is on the date line', () => {
  const h = splitHeader('Army retakes Rivertown after a week of fighting\n\nFreedonia Daily | 3 January 2026\n\nThe army said.');
  assert.deepEqual([h.source, h.published, h.title], ['Freedonia Daily', '2026-01-03', 'Army retakes Rivertown after a week of fighting']);
  const d = splitHeader('Army retakes Rivertown after a week of fighting\nFreedonia Daily — 2026-01-03\n\nThe army said.');
  assert.deepEqual([d.source, d.published, d.title], ['Freedonia Daily', '2026-01-03', 'Army retakes Rivertown after a week of fighting']);
  // …but an outlet line above a "place | date" line stays the outlet.
  const o = splitHeader('Freedonia Daily\nRivertown | 3 January 2026\n\nThe army said.');
  assert.equal(o.source, 'Freedonia Daily');
});

test('a long first body sentence is not a title', () => {
  const h = splitHeader('CNI News\n3 January 2026\nThe intensifying battles in Bhamo Township are a result of the KIA seeking leverage.\nMore.');
  assert.equal(h.title, null);
});

test('a headline may end on a quoted word; a sentence or a quotation is no headline', () => {
  const cases: [string, string | null][] = [
    ["Bombing kills 11; army insists it hit a 'terrorist camp'", "Bombing kills 11; army insists it hit a 'terrorist camp'"],
    ['Ministers call the deal “a betrayal”', 'Ministers call the deal “a betrayal”'],
    ['The army took the town.', null],
    ['"We will fight on."', null],
    ['“We will fight on”', null],
  ];
  for (const [line, want] of cases) assert.equal(splitHeader(`CNI News\n3 January 2026\n${line}\n\nBody text.`).title, want, line);
});

test('no date: source and date stay null and the whole text is body', () => {
  const h = splitHeader('Just some text\nwithout any header at all.');
  assert.deepEqual([h.source, h.published, h.body.start], [null, null, 0]);
});

test('an outlet and its date on one line ("Myanmar Now | November 20, 2025")', () => {
  const h = splitHeader('Myanmar Now | November 20, 2025\nJunta loses a town\n\nBody text.');
  assert.deepEqual([h.source, h.published, h.title], ['Myanmar Now', '2025-11-20', 'Junta loses a town']);
  assert.equal(splitHeader('20 November 2025 | 10:45\nBody text here.').source, null);
});

test('a headline (and a kicker) before the outlet and its date: the date line still ends the header', () => {
  const cases: [string, [string | null, string | null, string | null], string][] = [
    ['Army loses hill camp\nDelta Courier\n16 March 2026\n\nBody text.', ['Delta Courier', '2026-03-16', 'Army loses hill camp'], 'Body text.'],
    ['RAKHINE\nArmy loses hill camp\nDelta Courier\nMarch 16, 2026 / DC\nBody text.', ['Delta Courier', '2026-03-16', 'Army loses hill camp'], 'Body text.'],
    ['Army loses hill camp\nBy Ko Ko\n16 March 2026\nBody text.', ['Army loses hill camp', '2026-03-16', null], 'Body text.'],
    ['Delta Courier\nBy Ko Ko\n16 March 2026\nArmy loses hill camp\nBody text.', ['Delta Courier', '2026-03-16', 'Army loses hill camp'], 'Body text.'],
    ['Delta Courier\nArmy loses hill camp near Sittwe\n16 March 2026\nBody text.', ['Delta Courier', '2026-03-16', 'Army loses hill camp near Sittwe'], 'Body text.'],
  ];
  for (const [text, want, body] of cases) {
    const h = splitHeader(text);
    assert.deepEqual([h.source, h.published, h.title], want, text);
    assert.equal(text.slice(h.body.start), body, text);
  }
  // A header that fills every line read (blank lines between) ends at its last line, never at the
  // text's end; an issuer's date line above a section line is no outlet.
  const long = 'Ministry of Human Rights, National Unity Government of the Republic of the Union of Myanmar\n3 March 2026\nPress Release No. 9/2026: weekly summary of abuses by the military council (22 to 28 February 2026)\n\nStatements | Ministry of Human Rights | 3 March 2026\n\n1. Between 22 and 28 February troops burned a village.\n\n2. More.';
  const hl = splitHeader(long);
  assert.deepEqual([hl.source, hl.published, hl.title], [null, '2026-03-03', 'Press Release No. 9/2026: weekly summary of abuses by the military council (22 to 28 February 2026)']);
  assert.ok(long.slice(hl.body.start).startsWith('\n1. Between') || long.slice(hl.body.start).startsWith('1. Between'), long.slice(hl.body.start));
  // Body sentences before a date are no header: the text stays whole.
  const body = 'The army lost a camp.\nIt was the third.\n16 March 2026\nMore.';
  assert.deepEqual([splitHeader(body).published, splitHeader(body).body.start], [null, 0]);
});

test('no date line: a full date inside one of the first non-sentence lines is the publication date, and the text stays whole', () => {
  const cases: [string, string | null][] = [
    ['Delta Courier — reported from Yangon on 7 February 2026 for subscribers\nThe army lost a camp.', '2026-02-07'],
    ['Weekly digest, edition of February 7th, 2026, Mandalay\nThe army lost a camp.', '2026-02-07'],
    ['The army lost a camp on 7 February 2026.\nMore.', null],
    ['Delta Courier\nNo date here\nThe army lost a camp.', null],
  ];
  for (const [text, want] of cases) {
    const h = splitHeader(text);
    assert.deepEqual([h.published, h.body.start], [want, 0], text);
  }
});
