// Event precision abroad: a place named only as the far end of a road is not a second event place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isRelativeMention } from '../../src/pipeline/places/relative.js';
import { extractStory } from '../support/extract-story.js';

/** Whether the mention of `name` (its last occurrence) in `text` only locates something else. */
const relative = (text: string, name: string): boolean => {
  const start = text.lastIndexOf(name);
  return isRelativeMention(text, { start, end: start + name.length });
};

test('the far end of "the road between X and the town of Y" is not where it happened', () => {
  const cases: [string, string, boolean][] = [
    ['Gunmen ambushed a convoy near Kelo, on the road between Ardan and the western town of Posu.', 'Posu', true],
    ['Gunmen ambushed a convoy on the road between Ardan and the town of Posu on Monday.', 'Posu', true],
    ['Gunmen ambushed a convoy on the road between Ardan and Posu on Monday.', 'Posu', true],
    // A list of two places hit is not a road's ends.
    ['Gunmen attacked Ardan and the town of Posu on Monday.', 'Posu', false],
  ];
  for (const [text, name, want] of cases) assert.equal(relative(text, name), want, text);
});

// A passive capture whose side after "by" comes second in a pair is still that side's: the host
// country's own forces regain the town (a regain, not a foreign army overtaking it).
const mm = (body: string) => extractStory('10 December 2025', body);
const events = (body: string): string[] => mm(body).events.map((e) => `${e.sub_event_type} | ${e.actors.map((a) => a.name).join(' / ')}`);

test('"recaptured by A and B forces": the taker is named after "by … and"', () => {
  const cases: [string, string][] = [
    ['The town of Mocímboa da Praia was recaptured by Rwandan and Mozambican forces in August 2021.', 'Government regains territory | Military Forces of Mozambique'],
    ['The town of Mocímboa da Praia was recaptured by Mozambican forces in August 2021.', 'Government regains territory | Military Forces of Mozambique'],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), [want], body);
});

// A trend in a kind of attack ("has increased its air strikes") is no event; a dated attack is.
test('"increased / stepped up its air strikes": a trend, not a strike', () => {
  const cases: [string, number][] = [
    ['The US has sharply increased its air strikes in Somalia since early 2025.', 0],
    ['The army has stepped up drone attacks on rebel positions near Jilib.', 0],
    ['The navy escalated its missile strikes on the coast this year.', 0],
    ['US aircraft carried out air strikes near Jilib on Saturday.', 1],
  ];
  for (const [body, want] of cases) assert.equal(mm(body).events.length, want, body);
});

// A war's running toll hung on its origin ("broke out on <date>, and has killed …") is no attack.
test('"violence broke out on <date> and has killed N": background, not an attack', () => {
  const cases: [string, number][] = [
    ['Communal violence in Bhamo broke out on May 3, 2023, and has killed more than 260 people.', 0],
    ['The violence in Bhamo began on 3 May 2023 and has killed 200 people.', 0],
    ['Gunmen killed three farmers in Bhamo on Monday.', 1],
  ];
  for (const [body, want] of cases) assert.equal(mm(body).events.length, want, body);
});

// A township's own office stands in that township, so an event outside it is there (and not at a
// place abroad told in the paragraph before).
test('"outside the X Township General Administration Department office": the event is in X', () => {
  const body = 'In Thailand, several hundred migrant workers rallied outside the embassy in Bangkok on Saturday.\n\n'
    + 'Riot police fired tear gas at farmers protesting outside the Sagaing Township General Administration Department office on Friday.';
  const where = mm(body).events.filter((e) => e.sub_event_type === 'Protest with intervention').map((e) => e.location?.name);
  assert.deepEqual(where, ['Sagaing']);
});
