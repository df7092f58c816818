// Table-driven checks of the event rules added after round 15: links to other stories (a
// "Read more:" line, a bulleted list of headlines under "Recommended Stories") are not story
// sentences, so a linked headline yields no event. Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks } from '../../src/pipeline/structure/blocks.js';
import { splitSentences } from '../../src/pipeline/structure/sentences.js';
import { findDates } from '../../src/pipeline/dates/find.js';
import { extractStory } from '../support/extract-story.js';

const mm = (body: string) => extractStory('19 September 2025', body);

const sentences = (body: string): string[] =>
  splitSentences(body, splitBlocks(body, 0)).map((s) => body.slice(s.start, s.end));

test('blocks: links to other stories are not story sentences', () => {
  const story = 'Soldiers shelled the market on Monday, killing two traders.';
  const cases: [string, string, string[]][] = [
    ['bulleted headlines under "Recommended Stories"',
      `${story}\n\nRecommended Stories\n- Jets bomb river town as talks stall\n- Explainer: Why are the two armies fighting?\n\nThe talks resume next week.`,
      [story, 'The talks resume next week.']],
    ['bulleted headlines under "Related:"',
      `${story}\nRelated:\n• Rebels seize border post after three-day battle\n\nThe talks resume next week.`,
      [story, 'The talks resume next week.']],
    ['a one-line "Read more:" link',
      `${story}\n\nRead more: Drone strike on monastery kills six\n\nThe talks resume next week.`,
      [story, 'The talks resume next week.']],
    ['a bullet list that follows story text stays story',
      `${story}\n- Rebels said they seized the border post.\n`,
      [story, '- Rebels said they seized the border post.']],
  ];
  for (const [name, body, want] of cases) assert.deepEqual(sentences(body), want, name);
});

test('blocks: a wire-style dateline ending on the agency and a hyphen is not story text', () => {
  const cases: [string, string][] = [
    ['PORTVILLE, Freedonia, March 3 (Daily Wire) - Gunmen killed four farmers on Sunday.', 'Gunmen killed four farmers on Sunday.'],
    ['PORTVILLE (Daily Wire) - Gunmen killed four farmers on Sunday.', 'Gunmen killed four farmers on Sunday.'],
    // Title case with a date after the place (and country), and an agency tag or not.
    ['Portville, Freedonia, 3 Mar 2026 (DW) - Gunmen killed four farmers on Sunday.', 'Gunmen killed four farmers on Sunday.'],
    ['Portville, March 3, 2026 — Gunmen killed four farmers on Sunday.', 'Gunmen killed four farmers on Sunday.'],
    // Title case without a date is story text: a road, a list.
    ['Portville, Freedonia - the road was closed on Sunday.', 'Portville, Freedonia - the road was closed on Sunday.'],
    ['Published Thu, 03/03/2026 - 16:05 | Gunmen killed four farmers on Sunday.', 'Published Thu, 03/03/2026 - 16:05 | Gunmen killed four farmers on Sunday.'],
    // A hyphen with no agency before it is not a dateline.
    ['GUNMEN - not rebels - killed four farmers on Sunday.', 'GUNMEN - not rebels - killed four farmers on Sunday.'],
  ];
  for (const [body, want] of cases) assert.deepEqual(sentences(body), [want], body);
});

test('dates: "in <month> of last year" is that month of the year before', () => {
  const cases: [string, string][] = [
    ['The village was raided in May of last year.', '2024-05'],
    ['Troops have held the bridge since March of this year.', '2025-03'],
  ];
  for (const [text, want] of cases) assert.deepEqual(findDates(text, 0, text.length, '2025-09-19').map((d) => d.date), [want], text);
});

test('events: a date borrowed from the sentence before is stale when a month or more older than the report date', () => {
  const body = 'Soldiers torched 60 houses in Kyauk Chet village in May of last year. '
    + 'State media reported on Wednesday that resistance fighters had attacked a security column near the village, killing two soldiers.';
  const clash = mm(body).events.filter((e) => e.sub_event_type === 'Armed clash');
  assert.deepEqual(clash.map((e) => e.date), ['2025-09-17']);
});

test('events: a running total counted "since fighting resumed" in the perfect is not an event', () => {
  const none: string[] = [
    'Since fighting resumed on September 2, the army has reported 14 soldiers and two civilians killed.',
    'Since the clashes broke out last month, rebels have lost more than 30 fighters.',
  ];
  for (const body of none) assert.deepEqual(mm(body).events.map((e) => e.sub_event_type), [], body);
  // A past-tense event after the opening is told for itself.
  const one = 'Fighting resumed on September 2, when troops shelled Kyauk Chet village, killing two civilians.';
  assert.ok(mm(one).events.length > 0, one);
});

test('events: "has been using air strikes" is a practice, not one strike', () => {
  const none: string[] = [
    'The military has been using air strikes around Hpakant since the offensive began.',
    'Junta troops have been launching drone attacks on the villages for months.',
  ];
  for (const body of none) assert.deepEqual(mm(body).events.map((e) => e.sub_event_type), [], body);
});
