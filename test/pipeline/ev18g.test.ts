// Wave-18 probe (ev18g): whole sentences that gave no event at all — an attack on a post, a
// checkpoint or a base told with attacked/hit/struck or in the passive; a strike told by what its
// bomb did; civilians killed in a raid with no strike or fight named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const run = (body: string) => extractStory('Tuesday, 14 October 2025', body);
const subs = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} @${e.location?.admin3 ?? e.location?.name}`);
const has = (body: string, want: string): boolean => subs(body).includes(want);
const none = (body: string, prefix: string): boolean => !subs(body).some((s) => s.startsWith(prefix));

test('armed men attacking, hitting or striking a post, a checkpoint or a base: a battle', () => {
  const cases: [string, string][] = [
    ['The Arakan Army attacked a police post in Ponnagyun Township on Sunday, residents said.', 'Armed clash @Ponnagyun'],
    ['PDF fighters hit a junta checkpoint outside Salingyi town on Friday night, killing two soldiers.', 'Armed clash @Salingyi'],
    ['Karenni fighters struck a regime base near Demoso on Wednesday, residents said.', 'Armed clash @Demoso'],
    ['On Monday the KIA targeted a junta outpost near Shwegu, the group said.', 'Armed clash @Shwegu'],
    ['Resistance forces launched an attack on the border post at Kyainseikgyi on Saturday.', 'Armed clash @Kyainseikgyi'],
    ['Local fighters attacked two army checkpoints in Myaing Township on Thursday.', 'Armed clash @Myaing'],
  ];
  for (const [body, want] of cases) assert.ok(has(body, want), `${body} → ${subs(body)}`);
});

test('a post as the subject of a passive attack: a battle', () => {
  const cases: [string, string][] = [
    ['An army outpost in Matupi was attacked by the Chin Brotherhood on Friday.', 'Armed clash @Matupi'],
    ['A police station in Kalewa Township was raided by PDF fighters on Sunday night.', 'Armed clash @Kalewa'],
    ['The junta checkpoint at the entrance of Mogaung town was stormed on Saturday, residents said.', 'Armed clash @Mogaung'],
    ['A military camp near Hsihseng had been attacked by PNLO fighters on Monday, the group said.', 'Armed clash @Hsihseng'],
    ['Two police posts in Thabeikkyin Township were hit by resistance fighters on Thursday.', 'Armed clash @Thabeikkyin'],
  ];
  for (const [body, want] of cases) assert.ok(has(body, want), `${body} → ${subs(body)}`);
});

test('near misses: strikes on a post, habits, offices and civilian camps are no battle', () => {
  const misses = [
    'Artillery fired from the junta base in Kalaw struck a camp for displaced people on Sunday, wounding a child.',
    'The police station in Kyaukse has been attacked before, officials said on Sunday.',
    'A drone operated by the military struck a KIA outpost near Waingmaw on Sunday.',
    'The police post in Myothit was hit by a drone on Sunday, the group said.',
    'Gunmen attacked the post office in Nyaunglebin on Sunday and stole cash.',
    'Analysts said the group had shifted to attacks on isolated bases across Sagaing Region.',
  ];
  for (const body of misses) assert.ok(none(body, 'Armed clash'), `${body} → ${subs(body)}`);
});

test('a bomb dropped by an aircraft, told by its damage: an air/drone strike', () => {
  const cases: [string, string][] = [
    ['A bomb dropped by a junta jet destroyed the high school in Khin-U Township on Monday.', 'Air/drone strike @Khin-U'],
    ['Bombs dropped from a military helicopter damaged a clinic in Falam on Saturday.', 'Air/drone strike @Falam'],
    ['Explosives released from a drone wrecked a house in Madaya Township on Friday, residents said.', 'Air/drone strike @Madaya'],
    ['On Sunday, two bombs dropped by a Y-12 plane flattened a monastery in Kanbalu Township.', 'Air/drone strike @Kanbalu'],
    ['A bomb was dropped by an aircraft on the market of Hpakant on Thursday.', 'Air/drone strike @Hpakant'],
  ];
  for (const [body, want] of cases) assert.ok(has(body, want), `${body} → ${subs(body)}`);
  // A bomb whose carrier is not told, damaging a place: a bombardment of unknown means.
  const bombs: [string, string][] = [
    ['A church in Thantlang was flattened by junta bombs on Sunday.', 'Shelling/artillery/missile attack @Thantlang'],
    ['The hospital in Kutkai was damaged by bombs on Monday, staff said.', 'Shelling/artillery/missile attack @Kutkai'],
  ];
  for (const [body, want] of bombs) assert.ok(has(body, want), `${body} → ${subs(body)}`);
  // ("The bomb dropped to the floor": no "by" or "from"; "bomb damage was assessed": no strike told.)
  for (const body of ['Soldiers said the bomb dropped to the floor of the hut in Falam but did not explode on Sunday.']) {
    assert.ok(none(body, 'Air/drone strike'), `${body} → ${subs(body)}`);
  }
});

test('civilians killed in a raid: an attack on civilians, which the arson beside it does not outrank', () => {
  const cases: [string, string][] = [
    ['A raid on Kan Thit village in Myinmu Township by junta troops on Saturday left three villagers dead.', 'Attack @Myinmu'],
    ['Troops raided Ywar Ma village in Taze Township on Sunday, killing four civilians and burning houses.', 'Attack @Taze'],
    ['Militiamen went from house to house in Kawlin on Monday night, killing two men.', 'Attack @Kawlin'],
    ['Soldiers swept through Nat Gyi village in Pale Township on Friday, killing at least five people.', 'Attack @Pale'],
    ['Regime troops stormed Aung Thar village in Wetlet Township on Thursday and left six residents dead.', 'Attack @Wetlet'],
  ];
  for (const [body, want] of cases) assert.ok(has(body, want), `${body} → ${subs(body)}`);
  // No raid told: the strike or the fight keeps the killing; a raid with no killing codes nothing.
  assert.ok(none('Fighters attacked the airport in Lashio on Sunday, killing more than 20 people.', 'Attack'));
  assert.ok(none('A junta air strike hit Kyi Gan village in Kani Township on Sunday, killing three villagers.', 'Attack'));
  assert.ok(none('Junta troops raided a village in Budalin Township on Monday, residents said.', ''));
});
