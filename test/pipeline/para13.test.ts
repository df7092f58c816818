// A body whose paragraph breaks were lost (an API's or a scraper's one-line body): the lines that
// are not story sentences are found again from the text's own cues, so a one-line body and the
// same body in paragraphs give the same blocks' kinds and the same speakers. Sentences our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isRunOn, runOnLines } from '../../src/pipeline/structure/run-on.js';
import { splitBlocks } from '../../src/pipeline/structure/blocks.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from '../places/helpers.js';
import { unwrapLines } from '../../src/core/unwrap.js';

/** Story sentences with no cue of any kind, to make a line a run of joined paragraphs. */
const FILLER = [
  'Fighting went on for three days around the township, residents said.',
  'The road between the two towns has been closed since the start of the month.',
  'Traders said the price of rice had doubled in the market this week.',
  'Several hundred families have moved to monasteries in nearby villages.',
  'The military did not reply to questions sent by email on Tuesday.',
  'Aid groups said they had not been able to reach the area for weeks.',
  'Schools in the township have been shut since the fighting began in June.',
  'Local officials said the bridge had been damaged by shelling overnight.',
  'Phone lines to the area were cut on Sunday evening, relatives said.',
  'A clinic near the market was treating more than forty wounded people.',
].join(' ');

/** The pseudo-lines of `line` padded with filler before and after, as strings. */
function pieces(line: string, first = false): string[] {
  const text = first ? `${line} ${FILLER} ${FILLER}` : `${FILLER} ${line} ${FILLER}`;
  assert.ok(isRunOn(text, 0, text.length));
  return runOnLines(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

// Each row: a passage inside a run, and the piece it must yield as a line of its own. (An answer
// runs on to the next cue: where it ends, nothing in the text shows.)
const CUT: Array<[string, string]> = [
  ['Ko Aung, a farmer, said he heard the blast. Regional chief minister U Kyaw Win (File photo) "They came at night," he said.', 'Regional chief minister U Kyaw Win (File photo)'],
  ['The camp was hit at dawn. KNDF fighters at a checkpoint near Demoso (Photo: Supplied) The group said it lost two men.', 'KNDF fighters at a checkpoint near Demoso (Photo: Supplied)'],
  ['The shop was closed. Smoke rises over the village after the raid. (Photo: Local Media) Villagers fled north.', 'Smoke rises over the village after the raid. (Photo: Local Media)'],
  ['The talks ended on Friday. Army chief Senior General Min Aung Hlaing "We will not give up one inch of land," the general told troops.', 'Army chief Senior General Min Aung Hlaing'],
  ['The talks ended on Friday. KIA leader General Gun Maw "The fighting will stop. Both sides know it." Traders left.', 'KIA leader General Gun Maw'],
  ['The AA said so. Read more: Jets bomb a school in a village near Kyauktaw The junta denied the raid.', 'Read more: Jets bomb a school in a village near Kyauktaw'],
  ['The AA said so. Related: Drone strikes force families from their homes In Minbya, traders left.', 'Related: Drone strikes force families from their homes'],
  ['The truce held. Recommended Stories - Jets strike border posts as truce collapses - Explainer: Why are the two sides fighting? The signing came a day later.', '- Explainer: Why are the two sides fighting?'],
  ['The truce held. Recommended Stories - Jets strike border posts as truce collapses - Explainer: Why are the two sides fighting? The signing came a day later.', 'Recommended Stories'],
  ['Troops shelled the ward. MARKET HIT In Dilling, the market was struck.', 'MARKET HIT'],
  ['The vote was put off. NORTHERN SHAN STATE Fighting resumed in Kutkai.', 'NORTHERN SHAN STATE'],
  ['Many were detained. Crossing the river Since Monday, about 900 people have crossed.', 'Crossing the river'],
  ['Many were detained. Competing tolls The army put its losses at ten.', 'Competing tolls'],
  ['Roads were cut. KEY POINTS • Fighting spread to two districts. • A drone hit a camp (local authorities). SECURITY SITUATION • Marib: clashes went on.', 'KEY POINTS'],
  ['Roads were cut. KEY POINTS • Fighting spread to two districts. • A drone hit a camp (local authorities). SECURITY SITUATION • Marib: clashes went on.', '• A drone hit a camp (local authorities).'],
  ['Roads were cut. KEY POINTS • Fighting spread to two districts. • A drone hit a camp (local authorities). SECURITY SITUATION • Marib: clashes went on.', 'SECURITY SITUATION'],
  ['Aid was sent. Red Cross delegation head Anne Marte (Photo: ICRC) • The parties agreed to a second round.', 'Red Cross delegation head Anne Marte (Photo: ICRC)'],
  ['Roads were cut. Villagers bury the dead in a village near Kanbalu, February 2, 2026, in this picture obtained by the Wire. Local PDF/Handout via WIRE Purchase Licensing Rights BANGKOK, Feb 3 (Wire) - A jet bombed a village.', 'Villagers bury the dead in a village near Kanbalu, February 2, 2026, in this picture obtained by the Wire. Local PDF/Handout via WIRE Purchase Licensing Rights'],
  ['The office spoke to him on Monday. Q: Who holds the town now? A: Our troops hold every ward.', 'Q: Who holds the town now?'],
  ['The office spoke to him on Monday. Q: Who holds the town now? A: Our troops hold every ward.', 'A: Our troops hold every ward.'],
];

for (const [passage, piece] of CUT) {
  test(`a run-on body's non-story line is its own line: ${piece}`, () => {
    assert.ok(pieces(passage).some((p) => p === piece || (piece.startsWith('A: ') && p.startsWith(piece))), pieces(passage).filter((p) => p.length < 300).join(' | '));
  });
}

test('a caption opening the run, before a quote of several sentences', () => {
  assert.equal(pieces('Chin Brotherhood spokesman Salai Thang "We hold the camp. The CNA left it on Sunday." Traders left.', true)[0], 'Chin Brotherhood spokesman Salai Thang');
});

// Near misses: the same cues inside story sentences cut nothing.
const KEEP: string[] = [
  'The group called the raid "A massacre of farmers" in its statement.', // a quoted name, no attribution after it
  'A photo (File photo) was shown to reporters by the police.', // a credit before a lower-case word
  'The report quoted UNHCR Representative Ann Lee on the figures.', // an acronym, not a heading
  'Last week. UNHCR said the camps were full.', // a short acronym before a verb
  'Aid workers in Sittwe said the boats had stopped.', // capitalised place, no opener
  'Residents told reporters from The Irrawaddy that the town was empty.', // "The" before a name
  'The girl\'s father stated today "My son was born in June. He was a fighter," and left.', // a verb brings the quote in
  'He paused. Read More "We continue to build. We are ready," he said.', // a label, not a caption
  'Plan A: the army would push north. It did not.', // "A:" not after a sentence's end
];

for (const passage of KEEP) {
  test(`a story sentence in a run-on body stays whole: ${passage}`, () => {
    const text = `${FILLER} ${passage} ${FILLER}`;
    const cuts = runOnLines(text, 0, text.length);
    assert.equal(cuts.length, 1, cuts.map((s) => text.slice(s.start, s.end)).join(' | '));
  });
}

test('a short line or a few long paragraphs are no run: the block splitter reads lines as before', () => {
  const para = 'Karenni Interim Executive Council chairman Khu Oo Reh (File photo) "We will return," he said.';
  assert.equal(isRunOn(para, 0, para.length), false);
  const blocks = splitBlocks(`${para}\n`, 0);
  assert.deepEqual(blocks.map((b) => b.kind), ['paragraph']);
});

test('a byline opening a run: up to the dateline, or its last word', () => {
  const a = `By Times Correspondent KANCHANABURI, Thailand — A mine blew up under a truck near the border. ${FILLER} ${FILLER}`;
  assert.equal(runOnLines(a, 0, a.length).map((s) => a.slice(s.start, s.end))[0], 'By Times Correspondent');
  const kinds = splitBlocks(a, 0).map((b) => b.kind);
  assert.deepEqual(kinds.slice(0, 3), ['byline', 'dateline', 'paragraph']);
  const b = `By Our Staff Fighting resumed near the town on Monday. ${FILLER} ${FILLER}`;
  assert.equal(runOnLines(b, 0, b.length).map((s) => b.slice(s.start, s.end))[0], 'By Our Staff');
});

// The same story in paragraphs and on one line: the same speakers for every quote.
const PARAGRAPHS = [
  'By Herald Staff',
  'LASHIO, 3 March 2026 — Fighting resumed on Monday around Kyaukme town in northern Shan State, residents said. ' + FILLER,
  'Ko Min Naing, a spokesman for the Ta\'ang National Liberation Army (TNLA), said the group\'s fighters had repelled an attack on the town.',
  'Junta chief Senior General Min Aung Hlaing (File photo)',
  '"They came with tanks and drones, and they went back without them," he said.',
  'Read more: Drone strikes empty villages in the hills',
  'Daw Nang Hseng, a teacher who fled to Hsipaw with her children, said she had heard shelling all night.',
  'Cambodian-born aid worker Sophea Lim',
  '"We could not sleep. The children cried until morning," she said.',
  'The military did not reply to a request for comment. ' + FILLER,
];
const ARTICLE = (body: string): string => `Herald of the Hills\n4 March 2026\nFighting resumes near Kyaukme\n\n${body}\n`;
const speakers = (text: string): string[] => extractDoc(articleToDoc(text, { path: 't' }, 't', false), myanmar()).quotes.map((q) => `${q.text.slice(0, 24)} = ${q.speaker?.name ?? null}`);

test('a one-line body and the same body in paragraphs give the same speakers', () => {
  const paragraphs = speakers(ARTICLE(PARAGRAPHS.join('\n\n')));
  assert.ok(paragraphs.some((s) => s.endsWith('Min Naing')), paragraphs.join('; '));
  assert.ok(paragraphs.some((s) => s.endsWith('Nang Hseng')), paragraphs.join('; '));
  assert.deepEqual(speakers(ARTICLE(PARAGRAPHS.join(' '))), paragraphs);
});

// "He said" after an unnamed source: the source, unless a person was named in the paragraph; in a
// paragraph of more than six sentences (a run-on body's one "paragraph"), only the last three count.
const EARLY = 'Saw Ba Htoo, a district official, said on Monday that the road was closed.';
const UNNAMED_THEN_HE: Array<[string, string]> = [
  ['a villager who escaped told the Herald', 'At least 15 of them are still held, he said.'],
  ['a member of the local fishery association told reporters', 'Two of them were freed the next day after paying fines, he said.'],
  ['a nurse at the clinic said', 'Most of the wounded were children, she said.'],
  ['a resident of the ward said', 'The soldiers also took the boats, he said.'],
  ['an aid worker in the camp said by phone', 'Nobody has had rice for a week, she added.'],
];
const quotesOf = (body: string) => extractDoc(articleToDoc(ARTICLE(body), { path: 't' }, 't', false), myanmar()).quotes;

for (const [source, he] of UNNAMED_THEN_HE) {
  test(`in a long paragraph "he" after an unnamed source is that source: ${he}`, () => {
    const body = `${EARLY} ${FILLER} Troops detained 30 men near the jetty on Friday, ${source}. ${he}`;
    const named = quotesOf(body).filter((q) => q.speaker?.name?.includes('Ba Htoo') && he.includes(q.text.slice(0, 12)));
    assert.deepEqual(named, []);
  });
}

test('a person named in the sentence before is still the one "he" names, in a long paragraph too', () => {
  const body = `${FILLER} Ko Tun Lwin, a farmer, said troops detained 30 men near the jetty on Friday. At least 15 of them are still held, he said.`;
  const q = quotesOf(body).find((x) => x.text.startsWith('At least 15'));
  assert.match(q?.speaker?.name ?? '', /Tun Lwin$/);
});

// A PDF copy that hyphenates words at its wrapped lines' ends: the halves join up again, without
// the hyphen when the cut left a fragment or the document writes the whole word elsewhere, with it
// when what follows the hyphen is a word of its own (a compound).
/** Our own paragraph, wrapped at 60 columns, with `cut` (e.g. "vil-|lage") ending its third line. */
function wrappedWith(cut: string): string {
  const [head, tail] = cut.split('|') as [string, string];
  const lines = [
    'Fighting went on for three days around the township while',
    'the road between the two towns stayed closed to traffic and',
    `families moved to monasteries in the hills as the ${head}`,
    `${tail} came under fire again from the artillery positions,`,
    'residents said, and traders said the price of rice had gone',
    'up twice in the market since the start of the month and more',
    'than forty wounded people were treated at a clinic near there.',
  ];
  return lines.join('\n');
}

const HYPHENS: Array<[string, string, string]> = [
  // cut, words the rest of the document holds, the joined text expected
  ['fight-|ers', 'Some fighters stayed.', 'the fighters came'],
  ['vil-|lage', '', 'the village came'],
  ['sol-|diers', '', 'the soldiers came'],
  ['junta-|backed militia', '', 'the junta-backed militia came'],
  ['army-|run camp', '', 'the army-run camp came'],
  ['cross-|border post', 'Trade on the border stopped.', 'the cross-border post came'],
  ['check-|point', 'The checkpoint was shut.', 'the checkpoint came'],
];

for (const [cut, elsewhere, joined] of HYPHENS) {
  test(`a word hyphenated at a wrapped line's end: ${cut}`, () => {
    const out = unwrapLines(`${wrappedWith(cut)}\n\n${elsewhere}`);
    assert.ok(out.includes(joined), out.slice(100, 260));
  });
}

test('a hyphen ending a line that is not wrapped stays as it is', () => {
  const short = 'Read the list -\nwho was taken, and where.\n\nNothing else.';
  assert.equal(unwrapLines(short), short);
});
