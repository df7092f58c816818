// The core does not know Myanmar: the names of a country's forces and state outlets reach the
// stages only through the pack's lexicon (core/pack.ts PackLexicon). The same fictional pack reads
// "Tatmadaw" as the state's forces with that lexicon and as nothing without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DomainPack } from '../../src/core/pack.js';
import type { Person } from '../../src/pipeline/people/index.js';
import { orWords, perPack } from '../../src/core/pack-lexicon.js';
import { buildPipeline } from '../../src/core/pipeline.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { eventsStage } from '../../src/pipeline/events/index.js';
import type { Layers } from '../../src/pipeline/layers.js';
import { MYANMAR_LEXICON } from '../../src/packs/myanmar/lexicon.js';
import { tokenize } from '../../src/pipeline/lexicon/tokens.js';
import { findPlaceSets } from '../../src/pipeline/places/mentions.js';
import { orgWordsOf } from '../../src/pipeline/places/place-words.js';
import { trimName } from '../../src/pipeline/people/find.js';
import { notNamesOf } from '../../src/pipeline/people/lexicon.js';
import { EARLY } from '../support/run-stages.js';
import { tinyPack } from '../support/tiny-pack.js';

// (Without any lexicon: not even the tiny pack's honorifics.)
const plain: DomainPack = { ...tinyPack, id: 'tiny-plain', lexicon: {} };
const withLexicon: DomainPack = { ...tinyPack, id: 'tiny-lexicon', lexicon: {
  stateForceNames: ['Tatmadaw', 'SAC'], stateMedia: ['MRTV'], armedGroupWords: ['PDF', 'PDFs'],
  honorifics: { male: ['Ko'], female: ['Daw'], neutral: ['Naw'] }, titles: { neutral: ['Senior General'], female: ['Hajiya'] },
  genderedNames: { male: ['Maung'] }, roles: ['sayadaw'], peoples: ['Kachin'],
} };

function run(body: string, pack: DomainPack): Layers {
  const doc = articleToDoc(`Freedonia Daily\n3 January 2026\n\n${body}`, { path: 'test' }, 'test', false);
  return buildPipeline<Layers>([...EARLY, eventsStage]).run(doc, pack);
}
const STATE = 'Armed Forces of Freedonia';
const eventsOf = (body: string, pack: DomainPack): string[] =>
  run(body, pack).events.map((e) => `${e.sub_event_type}: ${e.actors.map((a) => a.name).join(', ')}`);

test('the state force by its own name only with the lexicon: events', () => {
  // [rule moved, sentence, events without the lexicon, events with it]
  const cases: [string, string, string[], string[]][] = [
    ['triggers: returned to the state', 'Rivertown was returned to the Tatmadaw on Monday after talks.',
      [], [`Non-violent transfer of territory: ${STATE}`]],
    ['triggers: lost to', 'The NLF lost Rivertown to the Tatmadaw on Monday.',
      [], [`Non-state actor overtakes territory: Northern Liberation Front, ${STATE}`]],
    ['triggers: picked up by', 'Three students were picked up by the Tatmadaw in Rivertown on Monday.',
      [], [`Arrests: ${STATE}, Civilians (Freedonia)`]],
    ['triggers: attacked the state', 'NLF fighters attacked the Tatmadaw in Rivertown on Monday.',
      [], [`Armed clash: Northern Liberation Front, ${STATE}`]],
    ['state doers: named as the doer', 'Houses were burned in Rivertown on Monday by the Tatmadaw.',
      ['Looting/property destruction: Civilians (Freedonia)'], [`Looting/property destruction: ${STATE}, Civilians (Freedonia)`]],
    // (The pack's word for its fighters makes a story one of armed conflict: not-conflict.ts.)
    ['not-conflict: the pack\'s fighters', 'Two women were raped by PDF members in Rivertown on Monday.',
      [], ['Sexual violence: Unidentified Armed Group (FD), Civilians (Freedonia)']],
  ];
  for (const [rule, body, without, withIt] of cases) {
    assert.deepEqual(eventsOf(body, plain), without, `${rule}, no lexicon: ${body}`);
    assert.deepEqual(eventsOf(body, withLexicon), withIt, `${rule}, with the lexicon: ${body}`);
  }
});

test('media the state force controls speak for it only with the lexicon: claims', () => {
  const body = 'Tatmadaw-controlled media said 20 NLF fighters were killed in Rivertown on Monday.';
  const speaksForState = (pack: DomainPack): boolean => run(body, pack).claims.some((c) => !!c.claimant?.aliases?.includes(STATE));
  assert.equal(speaksForState(plain), false);
  assert.equal(speaksForState(withLexicon), true);
});

test('the state force by its own name is no village and no person only with the lexicon', () => {
  const text = 'Shells fell near the Tatmadaw camp.';
  const places = (pack: DomainPack): string[] => findPlaceSets(text, [{ start: 0, end: text.length }], pack.gazetteer, new Set(), null,
    [tokenize(text, 0, text.length)], orgWordsOf(pack)).map((s) => s.surface);
  assert.deepEqual(places(plain), ['Tatmadaw']);
  assert.deepEqual(places(withLexicon), []);
  assert.equal(trimName('Tatmadaw Aung Min', notNamesOf(plain))?.name, 'Tatmadaw Aung Min');
  assert.equal(trimName('Tatmadaw Aung Min', notNamesOf(withLexicon))?.name, 'Aung Min');
});

const peopleOf = (body: string, pack: DomainPack): string[] =>
  run(body, pack).people.map((p) => [p.name, p.title, (p as Person).role].filter((x) => x).join(' | '));
/** Who speaks the direct quotes. */
const speakersOf = (body: string, pack: DomainPack): string[] => run(body, pack).quotes.filter((q) => q.direct).map((q) => q.speaker?.name ?? '?');

test('how the country writes names only with the lexicon: people and pronouns', () => {
  // [field, sentence, people (name | title | role) without the lexicon, with it]
  const people: [string, string, string[], string[]][] = [
    ['honorifics: a name after one', 'Soldiers detained Daw Aye Aye in Rivertown on Monday.', [], ['Daw Aye Aye']],
    ['titles: the pack\'s rank', 'Senior General Than Oo told the assembly that order had returned.', ['Than Oo | General | general'], ['Than Oo | Senior General | general']],
    ['roles: the pack\'s role noun', 'The sayadaw Ashin Pyinya said the monastery had been shelled.', ['Ashin Pyinya'], ['Ashin Pyinya | sayadaw']],
  ];
  for (const [field, body, without, withIt] of people) {
    assert.deepEqual(peopleOf(body, plain), without, `${field}, no lexicon: ${body}`);
    assert.deepEqual(peopleOf(body, withLexicon), withIt, `${field}, with the lexicon: ${body}`);
  }
  // "she" passes over the man the honorific or name tells ("Ko", "Maung") to the woman ("Daw", "Hajiya").
  const pronouns: [string, string, string[], string[]][] = [
    ['honorifics: female and male', 'Daw Aye Aye said the troops had left. Ko Min Thu said the troops came back at night. "We ran to the forest," she said.',
      ['Ko Min Thu'], ['Daw Aye Aye']],
    ['gendered names and titles', 'Hajiya Amina Bello said the troops had left. Maung Tin Win said the troops came back at night. "We ran to the forest," she said.',
      ['Maung Tin Win'], ['Amina Bello']],
  ];
  for (const [field, body, without, withIt] of pronouns) {
    assert.deepEqual(speakersOf(body, plain), without, `${field}, no lexicon: ${body}`);
    assert.deepEqual(speakersOf(body, withLexicon), withIt, `${field}, with the lexicon: ${body}`);
  }
});

test('the country\'s peoples name no armed group only with the lexicon', () => {
  const groups = (pack: DomainPack): string[] => run('Kachin fighters attacked a police post in Rivertown on Monday.', pack).actors
    .filter((a) => a.actor.id.startsWith('new:')).map((a) => a.actor.name);
  assert.deepEqual(groups(plain), ['Kachin']);
  assert.deepEqual(groups(withLexicon), []);
});

test('orWords: escaped extra branches, nothing without words', () => {
  assert.equal(orWords(['Tatmadaw', 'S.A.C']), '|Tatmadaw|S\\.A\\.C');
  assert.equal(orWords(['SAC'], '-controlled'), '|SAC-controlled');
  assert.equal(orWords(undefined), '');
  assert.equal(orWords([]), '');
});

test('perPack builds once per pack', () => {
  let built = 0;
  const names = perPack((lex) => { built++; return new RegExp(`^(?:junta${orWords(lex.stateForceNames)})$`); });
  assert.equal(names(withLexicon).test('Tatmadaw'), true);
  assert.equal(names(plain).test('Tatmadaw'), false);
  names(withLexicon); names(plain);
  assert.equal(built, 2);
});

/** Every .ts file (and data .json file with `json`) under `dir`. */
function sources(dir: string, json = false): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p, json) : p.endsWith('.ts') || (json && p.endsWith('.json')) ? [p] : [];
  });
}
/** The code of a file without its comments (whole comment lines and trailing " // …"). */
const codeOf = (file: string): string => readFileSync(file, 'utf8').split('\n')
  .filter((l) => !/^\s*(?:\/\/|\/?\*)/.test(l)).map((l) => l.replace(/\s\/\/\s.*$/, '')).join('\n');

test('no core or stage code spells a word of the Myanmar lexicon', () => {
  const words = [...MYANMAR_LEXICON.stateForceNames ?? [], ...MYANMAR_LEXICON.stateMedia ?? [], ...MYANMAR_LEXICON.armedGroupWords ?? []];
  assert.ok(words.length > 0);
  // (Any case: word sets hold them in lower case.)
  const spelt = new RegExp(`(?<![\\w-])(?:${orWords(words).slice(1)})(?![\\w])`, 'i');
  const found = [...sources('src/core'), ...sources('src/pipeline')].filter((f) => spelt.test(codeOf(f)));
  assert.deepEqual(found, []);
});

test('no core or stage code lists the Myanmar honorifics, ranks, roles or peoples', () => {
  const lex = MYANMAR_LEXICON;
  const gendered = [lex.honorifics, lex.titles, lex.genderedNames].flatMap((g) => [...g?.male ?? [], ...g?.female ?? [], ...g?.neutral ?? []]);
  const words = [...gendered, ...lex.roles ?? [], ...lex.peoples ?? []];
  assert.ok(words.length > 30);
  // Many are short words of other meanings ("Mon"day, the 'u' flag, "saw"): the long ones are
  // looked for alone, the short ones as a list, two of them side by side in an alternation or an
  // array ("U|Daw", "'daw', 'ma'"), in any case.
  const long = words.filter((w) => w.length >= 5);
  const alone = new RegExp(`(?<![\\w-])(?:${orWords(long).slice(1)})(?![\\w])`, 'i');
  const one = `(?:${orWords(words).slice(1)})`;
  const listed = new RegExp(`(?<![\\w-])${one}(?:\\||['"],\\s*['"])${one}(?![\\w])`, 'i');
  const found = [...sources('src/core', true), ...sources('src/pipeline', true)]
    .filter((f) => { const code = f.endsWith('.json') ? readFileSync(f, 'utf8') : codeOf(f); return alone.test(code) || listed.test(code); });
  // Left: the events stage's "shot dead U Aung" victims (events/ is another helper's; to move).
  assert.deepEqual(found, ['src/pipeline/events/fatalities.ts']);
});
