// Table-driven checks of the rules added after round 10: an election-results story (phase dates
// told once as a list, "X voted on <date>", parts cancelled after the township, townships that
// did not vote at all, national totals, the election named by its season, township centroids),
// and actors in stories abroad. Hand-written sentences, tiny pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../src/core/pipeline.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { electionsStage } from '../../src/pipeline/elections/index.js';
import { eventsStage } from '../../src/pipeline/events/index.js';
import type { Layers } from '../../src/pipeline/layers.js';
import { EARLY, runEarly } from '../support/run-stages.js';
import { tinyPack } from '../support/tiny-pack.js';
import { extractStory } from '../support/extract-story.js';

const head = (published: string): string => `Freedonia Daily\n${published}\n\n`;
const elections = (body: string, published = '31 January 2026'): Layers['elections'] =>
  buildPipeline<Layers>([...EARLY, electionsStage]).run(articleToDoc(`${head(published)}${body}`, { path: 'test' }, 'test', false), tinyPack).elections;
const facts = (body: string): string[] => elections(body)
  .map((e) => `${e.place.name}/${e.place.precision} ${e.included ? 'in' : 'out'} vt=${e.excluded_village_tracts ?? '-'} phase=${e.phase ?? '-'} on=${e.polling_date ?? '-'}`).sort();

const PHASES = 'The vote was held in three phases of voting, held on 28 December, 11 January and 25 January. ';

test('elections: results-story wording', () => {
  const cases: [string, string, string[]][] = [
    ['a phase named after the phase dates were listed takes its date; "every village tract had a polling station"',
      `${PHASES}In Rivertown, which voted in the first phase, every village tract had a polling station.`,
      ['Rivertown/township in vt=0 phase=1 on=2025-12-28']],
    ['"X voted on <date>" takes that date and the phase listed for it; "with polls cancelled in three village tracts"',
      `${PHASES}In Hillview, which voted in the first phase, turnout was low. Rivertown voted on 11 January, with polls cancelled in three village tracts along the river.`,
      ['Hillview/township in vt=- phase=1 on=2025-12-28', 'Rivertown/township in vt=3 phase=2 on=2026-01-11']],
    ['"X voted on <date>" with no phase list: the date, no stale phase',
      'In Hillview, which voted in the first phase, turnout was low. Rivertown voted on 11 January.',
      ['Hillview/township in vt=- phase=1 on=-', 'Rivertown/township in vt=- phase=- on=2026-01-11']],
    ['"X and Y were included in the third phase"', 'Rivertown and Hillview were included in the third phase on 25 January.',
      ['Hillview/township in vt=- phase=3 on=2026-01-25', 'Rivertown/township in vt=- phase=3 on=2026-01-25']],
    ['"were not included" includes nothing', 'Rivertown and Hillview were not included in the third phase on 25 January.', []],
    ['"voting did not take place at all"', 'In Hillview Township, voting did not take place at all.', ['Hillview/township out vt=- phase=- on=-']],
    ['"voting did not take place" without "at all"', 'In Hillview Township, voting did not take place because of the fighting.', ['Hillview/township out vt=- phase=- on=-']],
    ['"polling did not take place in N village tracts of X" leaves X in', 'Polling did not take place in 12 village tracts of Hillview.', ['Hillview/township in vt=12 phase=- on=-']],
    ['national total "across the country", before townships that did not vote at all',
      'The commission said polls were not held in 3,167 wards and village tracts across the country, and that 56 townships did not vote at all.',
      ['FD/country in vt=3167 phase=- on=-']],
    ['national total "nationwide"', 'Polling did not take place in 410 village tracts nationwide, the commission said.', ['FD/country in vt=410 phase=- on=-']],
    ['two phases in one sentence: each township takes the phase named after it',
      'Rivertown voted in the first phase on 28 December, and Hillview and Lakeside in the second phase on 11 January.',
      ['Hillview/township in vt=- phase=2 on=2026-01-11', 'Lakeside/township in vt=- phase=2 on=2026-01-11', 'Rivertown/township in vt=- phase=1 on=2025-12-28']],
    ['a count cancelled after two townships belongs to neither', 'Rivertown and Hillview voted on 11 January, with polls cancelled in three village tracts.',
      ['Hillview/township in vt=- phase=- on=2026-01-11', 'Rivertown/township in vt=- phase=- on=2026-01-11']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(facts(body), expected, label);
});

test('elections: when a township was left out — "cancelled polling there on <date>" after it, or the date its own sentence announces', () => {
  const announced = (body: string): string[] => elections(body).map((e) => `${e.place.name} ${e.included ? 'in' : 'out'} announced=${e.announced ?? '-'}`);
  assert.deepEqual(announced('In Hillview Township, voting did not take place at all. The commission cancelled polling there on 18 January, citing fighting.'), ['Hillview out announced=2026-01-18']);
  assert.deepEqual(announced('The commission announced on 4 January that no polling would be held in Hillview Township.'), ['Hillview out announced=2026-01-04']);
});

test('elections: named by the July-June season of the publication date', () => {
  const name = (body: string, published: string): string | undefined => elections(body, published)[0]?.election;
  const cases: [string, string, string][] = [
    ['no year in the text, published in January', 'Rivertown voted on 11 January.', '31 January 2026'],
    ['no year in the text, published in December', 'Voting will take place in Rivertown on 28 December.', '1 December 2025'],
    ['"the 2026 general election" is the same season', 'In the 2026 general election, Rivertown voted on 11 January.', '31 January 2026'],
    ['a past election named in passing is background', 'Rivertown, which the NLF swept in the 2020 election, voted on 11 January.', '31 January 2026'],
  ];
  for (const [label, body, published] of cases) assert.equal(name(body, published), '2025-2026 general election', label);
  assert.equal(name('Voting in the 2030 general election will take place in Rivertown.', '31 January 2026'), '2030 general election', 'a vote years ahead keeps its year');
  assert.equal(name('Voting in the by-election will take place in Rivertown on 8 March.', '31 January 2026'), '2025-2026 by-election', 'a by-election is named as one');
});

test('elections: a township fact is placed at the township centroid, not its main town', () => {
  const [e] = elections('Rivertown voted on 11 January.');
  assert.deepEqual([e?.place.precision, e?.place.lat, e?.place.lon], ['township', 10.1, 10.1]);
});

const events = (body: string): string[] => buildPipeline<Layers>([...EARLY, eventsStage]).run(articleToDoc(`${head('3 January 2026')}${body}`, { path: 'test' }, 'test', false), tinyPack)
  .events.map((e) => `${e.sub_event_type}: ${e.actors.map((a) => a.name).join(' / ')}`);

test('actors: a strike whose doer the text leaves unknown stays unidentified', () => {
  const STRIKE = 'A drone dropped two bombs near a polling station in Rivertown on Monday, wounding two polling officials.';
  const cases: [string, string, string[]][] = [
    ['"No group claimed the attack" before a side\'s accusation', `${STRIKE} No group claimed the attack. The NLF later accused the army of staging it.`,
      ['Air/drone strike: Unidentified Armed Group (FD) / Civilians (Freedonia)']],
    ['a denial turned into an accusation settles nothing', `${STRIKE} The NLF said it did not attack the station and accused the army of staging it.`,
      ['Air/drone strike: Unidentified Armed Group (FD) / Civilians (Freedonia)']],
    ['a plain accusation still names the doer', `${STRIKE} Residents blamed the NLF.`, ['Air/drone strike: Northern Liberation Front / Civilians (Freedonia)']],
    ['"the army spokesman said" is the source, not a party',
      'A drone dropped two bombs on a school in Rivertown on Monday, wounding two students, the army spokesman said.', ['Air/drone strike: Unidentified Armed Group (FD) / Civilians (Freedonia)']],
    ['"election workers" are civilians', 'A bomb exploded near a polling station in Rivertown on Monday, wounding two election workers.',
      ['Remote explosive/landmine/IED: Unidentified Armed Group (FD) / Civilians (Freedonia)']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

test('actors: a group that only denies a role is not the story\'s party', () => {
  // (The gunmen stay unidentified: the NLF's denial does not name them.)
  assert.deepEqual(events('Troops clashed with gunmen near Hillview on Monday. The NLF denied any role in the fighting.'), ['Armed clash: Unidentified Armed Group (FD) / Armed Forces of Freedonia']);
  assert.deepEqual(events('Troops clashed with gunmen near Hillview on Monday. The NLF said it lost two fighters.'), ['Armed clash: Armed Forces of Freedonia / Northern Liberation Front']);
});

const mm = (body: string) => extractStory('10 December 2025', body);

test('actors abroad: a name the text calls an insurgent group is not the state army of that name', () => {
  const claimants = (body: string): string[] => mm(body).claims.map((c) => c.claimant?.name ?? '-');
  const cases: [string, string, string[]][] = [
    ['"an insurgent group, the X (ACR)"', "A valley-based insurgent group, the People's Liberation Army (PLA), said in a statement that its cadres did not attack the convoy near Imphal.", ["People's Liberation Army"]],
    ['"the ACR, an insurgent group" (the acronym alone)', 'Troops clashed with fighters near Imphal on Monday. The PLA, an insurgent group, denied any role in the fighting.', ['PLA']],
    ['"X (ACR), a banned outfit"', "Troops clashed with fighters near Imphal on Monday. The People's Liberation Army (PLA), a banned outfit, said it lost two cadres.", ["People's Liberation Army"]],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claimants(body), expected, label);
});

test('actors abroad: the story\'s country for generic forces', () => {
  const view = (body: string): string[] => {
    const r = mm(body);
    return [...r.events.map((e) => `E ${e.sub_event_type}: ${e.actors.map((a) => a.name).join(' / ')}`),
      ...r.quotes.map((q) => `Q ${q.speaker?.name}: ${q.speaker?.affiliation?.name ?? '-'}`), ...r.claims.map((c) => `C ${c.claimant?.name}`)];
  };
  const cases: [string, string, string[]][] = [
    ['"Thai army spokesman X" speaks for Thailand\'s army', 'Thai army spokesman Major General Somsak Chai said Cambodian troops fired first near Surin.',
      ['Q Somsak Chai: Military Forces of Thailand']],
    ['"police said" in a Manipur story naming Myanmar as a country once is India\'s police',
      'Gunmen ambushed a convoy near Imphal and Churachandpur on Monday, police said. The attackers came from Myanmar.',
      // (The gunmen are India's unidentified armed group since acc12ab's rule for unnamed fighters abroad.)
      ['E Armed clash: Unidentified Armed Group (India) / Police Forces of India / Military Forces of India', 'E Armed clash: Unidentified Armed Group (India) / Police Forces of India / Military Forces of India', 'C Police Forces of India']],
    ['talks abroad between the junta and a home group: the junta is the home army, not the host\'s', 'The junta and the TNLA signed a ceasefire in Kunming on Monday.',
      ["E Agreement: Military Forces of Myanmar / Ta'ang National Liberation Army"]],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(view(body), expected, label);
});

test('actors: "the X group <Name>" introduces that name and refers back to no earlier group', () => {
  const refs = (body: string): string[] => {
    const { layers, text } = runEarly(`Freedonia Daily\n3 January 2026\n\n${body}`);
    return layers.actors.filter((a) => /group/i.test(text.slice(a.start, a.end))).map((a) => `${text.slice(a.start, a.end)} => ${a.actor.name}`);
  };
  assert.deepEqual(refs('The NLF attacked Rivertown on Monday. The Southern group Red Hand denied any role.'), []);
  assert.deepEqual(refs('The NLF attacked Rivertown on Monday. The group said it lost two fighters.'), ['The group => Northern Liberation Front']);
});
