// Wave 33 (event places): a landmark after "near" that a more exact spot follows at once ("near
// Sittwe's northern outskirts around Pauktaw Township's Ka Nyin Taw village") yields to the spot; a
// district's or township's administration that reports ("according to the NUG's Myingyan District
// administration") is no scene. Hand-written sentences, the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const places = (body: string): string[] => extractStory('12 March 2026', body).events.map((e) => `${e.location?.name}/${e.location?.admin3 ?? '-'}`);

test('near a landmark, then the spot: the spot', () => {
  const cases: [string, string][] = [
    ["Troops clashed with resistance fighters near Monywa's southern outskirts around Budalin Township's Nga Pyaw Daw village on Sunday.", 'Budalin'],
    ['Troops clashed with resistance fighters near Monywa town around Nga Pyaw Daw village in Budalin Township on Friday.', 'Budalin'],
    ["AA troops fought junta forces near Sittwe's northern outskirts around Pauktaw Township's Kyauk Seik village on Monday.", 'Pauktaw'],
    ['PDF fighters attacked a junta column near Shwebo at Zee Pin Twin village in Wetlet Township on Tuesday.', 'Wetlet'],
    ["Fighting broke out near Myingyan's western edge, at Ywa Thit Gyi village in Natogyi Township, on Wednesday.", 'Natogyi'],
  ];
  for (const [body, township] of cases) assert.deepEqual(places(body).map((p) => p.split('/')[1]), [township], body);
});

test('near a landmark with no spot after it, or its unit after it: unchanged', () => {
  const cases: [string, string][] = [
    ['Troops clashed with resistance fighters near Monywa on Sunday.', 'Monywa'],
    ["Troops clashed with resistance fighters near Monywa's southern outskirts on Sunday.", 'Monywa'],
    ['Soldiers shelled a village near Lashio on Sunday.', 'Lashio'],
    ['Fighting broke out near Let Pan Hla village in Natogyi Township on Saturday.', 'Natogyi'],
  ];
  for (const [body, township] of cases) assert.deepEqual(places(body).map((p) => p.split('/')[1]), [township], body);
});

test("a reporting district or township administration is no scene; one acted on is", () => {
  const off: string[] = [
    "Fighting broke out in Myaing on Monday. Soldiers burned 60 houses there on Tuesday, according to residents and the NUG's Pakokku District administration.",
    'Fighting broke out in Myaing on Monday. Soldiers burned 60 houses there on Tuesday, the Pakokku District administration said.',
    'Fighting broke out in Myaing on Monday. Soldiers burned 60 houses there on Tuesday, the Pakokku Township administration told reporters.',
    "Fighting broke out in Myaing on Monday. Soldiers burned 60 houses there on Tuesday, according to the Pakokku district council.",
    'Fighting broke out in Myaing on Monday. Soldiers burned 60 houses there on Tuesday, and the Pakokku District administration blamed the army.',
  ];
  for (const body of off) assert.equal(places(body)[1], 'Myaing/Myaing', body);
  const on = "Fighting broke out in Myaing on Monday. The group said on Tuesday that it had dissolved its Pakokku district administration.";
  assert.equal(places(on).at(-1)?.split('/')[0], 'Pakokku', on);
});
