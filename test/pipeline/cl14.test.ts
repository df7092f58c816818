// Unnamed sources keep the words that tell them apart ("officials at Nasser Hospital", "a U.S.
// official", "a coalition of civil society groups", "people familiar with the talks"), with the
// bare head as an alias; "the same sources" and "the group" name back the source last named with
// that noun. Our own sentences, in the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from '../places/helpers.js';

type Who = { name: string; aliases?: string[] } | null | undefined;
const claims = (body: string): { text: string; claimant: Who }[] =>
  extractDoc(articleToDoc(`Test News\n10 May 2023\n${body}`, { path: 't' }, 't', false), myanmar()).claims as { text: string; claimant: Who }[];
/** The claimant of the claim whose text holds `words`. */
const claimantOf = (body: string, words: string): Who => claims(body).find((c) => c.text.includes(words))?.claimant;

// [sentence, words of the claim, the claimant's name, an alias it must carry (or none)]
const NAMES: [string, string, string, string | null][] = [
  ['Three people were killed in the blast in Sagaing on Sunday, according to officials at Monywa General Hospital.', 'Three people were killed', 'officials at Monywa General Hospital', 'officials'],
  ['A U.S. official said the talks in Bangkok had stalled over the release of prisoners.', 'the talks in Bangkok had stalled', 'U.S. official', 'official'],
  ['A U.N. official said at least 40 villagers had been detained in Sagaing last month.', 'at least 40 villagers', 'U.N. official', 'official'],
  ['A coalition of women’s rights groups said on Monday that 12 women had been detained in Hpakant.', '12 women had been detained', 'coalition of women’s rights groups', null],
  ['A network of local aid groups said that 300 families had fled Kani since Friday.', '300 families had fled', 'network of local aid groups', null],
  ['The ceasefire talks were moved to Kunming, according to people familiar with the negotiations.', 'The ceasefire talks were moved', 'people familiar with the negotiations', 'people'],
  ['The army promised to withdraw from the bridge, according to two sources briefed on the talks.', 'The army promised to withdraw', 'two sources briefed on the talks', 'two sources'],
  ['Two soldiers were wounded in the clash near Hpakant, a member of a local rescue team said.', 'Two soldiers were wounded', 'member of a local rescue team', 'member'],
  // rescuers are sources too
  ['Local rescuers put the death toll at nine, including two monks.', 'put the death toll at nine', 'Local rescuers', null],
  ['Four fishermen drowned when the boat was shelled, rescuers said.', 'Four fishermen drowned', 'rescuers', null],
  ['Two boats sank near the jetty on Friday, according to volunteer rescuers.', 'Two boats sank', 'volunteer rescuers', null],
  ['A rescuer said six bodies had been pulled from the river at Kalewa.', 'six bodies had been pulled', 'rescuer', null],
  ['A UN group of experts said that the militia recruited children in Shan State.', 'the militia recruited children', 'UN group of experts', 'UN group'],
  // near misses: the verb's auxiliary is no word of the owner, a named place is no workplace, a bare head stays bare
  ['A UN group of experts has said that the militia recruited children in Shan State.', 'the militia recruited children', 'UN group', null],
  ['Five houses burned in the fire, officials in Mandalay said.', 'Five houses burned', 'officials', null],
  ['Five houses burned in the fire, a doctor said.', 'Five houses burned', 'doctor', null],
];
for (const [body, words, name, alias] of NAMES) {
  test(`unnamed source in "${body}"`, () => {
    const who = claimantOf(body, words);
    assert.equal(who?.name, name);
    if (alias) assert.ok(who?.aliases?.includes(alias), `alias ${alias} in ${JSON.stringify(who)}`);
  });
}

// [two sentences, words of the second claim, the claimant it must get]
const BACK: [string, string, string][] = [
  ['Troops burned a village near Bhamo on Monday, KIA sources said. Four militiamen were killed, according to the same sources.', 'Four militiamen were killed', 'KIA sources'],
  ['The column shelled Kani on Monday, local officials said. The same officials said 200 families had fled.', '200 families had fled', 'local officials'],
  ['Thirty men were taken from the ward, according to a local welfare group. The group said it believed they were held at the battalion base.', 'held at the battalion base', 'local welfare group'],
  ['Soldiers detained six students in Monywa, according to a student network. The network said two of them had been beaten.', 'two of them had been beaten', 'student network'],
  ['A drone struck a school in Myaung on Friday, relief workers said. Three children died, according to the same workers.', 'Three children died', 'relief workers'],
  // near miss: nothing earlier with that noun keeps the phrase as it is
  ['Three children died in the strike in Myaung, according to the same sources.', 'Three children died', 'same sources'],
];
for (const [body, words, name] of BACK) {
  test(`named back in "${body}"`, () => assert.equal(claimantOf(body, words)?.name, name));
}
