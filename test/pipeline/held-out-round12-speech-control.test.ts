// Round-12 wordings of elections, control and attributed claims, on hand-written sentences about
// invented events (Myanmar pack): "went to the polls", "voting went ahead across the whole of X",
// "polling there was cancelled", a township's own total after its parts, and the control and
// claim wordings below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const extract = (body: string) => extractStory('14 January 2026', body);
const elections = (body: string): string[] => extract(body).elections
  .map((e) => `${e.place.name}: ${e.included ? 'in' : 'out'} ${e.excluded_village_tracts ?? '-'}${e.phase ? ` p${e.phase}` : ''}`);

test('election facts of round-12 wordings', () => {
  const cases: [string, string[]][] = [
    // "went to the polls": the township voted.
    ['Minbu, the district seat, stayed calm and went to the polls in the first phase on December 28.', ['Minbu: in - p1']],
    // The whole township voted: none of its village tracts left out.
    ['Voting went ahead across the whole of Chauk Township.', ['Chauk: in 0']],
    ['Polling took place throughout the entire Chauk Township on Sunday.', ['Chauk: in 0']],
    // "polling there was cancelled": the township named before "there" is out, though it was listed.
    ['Tilin Township had also been listed for the vote, but the commission said on 6 January that polling there was cancelled altogether.', ['Tilin: out -']],
    // …but not when the cancellation is of some of its parts.
    ['Tilin Township had been listed for the vote, but polling there was cancelled in four village tracts.', []],
    // The township's own total after the parts told one by one.
    ['In Pakokku, the commission left out 12 village tracts in December and cancelled voting in five more in January, meaning no polls were held in 17 of the township\'s village tracts.', ['Pakokku: in 17']],
  ];
  assert.deepEqual(cases.map(([body]) => elections(body)), cases.map(([, want]) => want));
});

const control = (body: string): string[] => extract(body).control.map((c) => `${c.place.name}: ${c.controller?.name ?? '-'} ${c.status} ${c.since ?? '-'}`);

test('control facts of round-12 wordings', () => {
  const cases: [string, string[]][] = [
    // A bare "since" counts from the last date told, so the later holder outweighs the earlier capture.
    ['Resistance fighters captured Moebye in March 2024. Fighting in the area went on until May 2025. The army has held Moebye since.',
      ['Moebye: Military Forces of Myanmar controlled 2025-05']],
    // The township's own town and another town placed at its point are two places.
    ['The army has held Moebye since last year. Pekon town remains divided between the two sides.',
      ['Moebye: Military Forces of Myanmar controlled 2025', 'Pekon: - contested -']],
    // "has administered X": a holding like "has held X".
    ['Health workers said the Arakan Army, the group which has administered Paletwa since taking it, had opened two clinics.',
      ['Paletwa: Arakan Army controlled -']],
    // "X, the town <actor> has held since …": a relative clause without "which".
    ['Shots were fired near Kyauktaw, the town the Arakan Army has held since early 2024.', ['Kyauktaw: Arakan Army controlled -']],
    // A place held only briefly is no holding.
    ['Arakan Army fighters briefly occupied Kyauktaw town on Monday before withdrawing to the hills.', []],
    ['Arakan Army fighters seized Kyauktaw town on Monday.', ['Kyauktaw: Arakan Army controlled 2026-01-12']],
  ];
  // (Every case checked, so one failing rule does not hide another.)
  assert.deepEqual(cases.map(([body]) => control(body)), cases.map(([, want]) => want));
});

const claims = (body: string): string[] => extract(body).claims.map((c) => `${c.claimant?.name ?? '-'}${c.hedged ? ' (hedged)' : ''}: ${c.text}`);

test('claims of round-12 wordings', () => {
  const cases: [string, string[]][] = [
    // "<group> forces say they …": the group speaks through its forces.
    ['Arakan Army forces say they took full control of Paletwa town on Thursday.', ['Arakan Army: they took full control of Paletwa town on Thursday']],
    // "…, the KNU's Dooplaya District said in a statement": a district of the organisation speaks for it.
    ['A jet bombed a school in Kawkareik Township on Sunday, killing two pupils, the KNU\'s Dooplaya District said in a statement.',
      ['Karen National Union: A jet bombed a school in Kawkareik Township on Sunday, killing two pupils']],
    // "according to a union of …": a union is a source.
    ['Four drivers were killed, according to a union of transporters.', ['union: Four drivers were killed']],
    // "…, the group claimed.": the verb after the words hedges them.
    ['Fighters of the Arakan Army ambushed a column near Paletwa on Monday and killed nine soldiers, the Arakan Army claimed.',
      ['Arakan Army (hedged): Fighters of the Arakan Army ambushed a column near Paletwa on Monday and killed nine soldiers']],
    // "denied the claim and said …": the words after "said", not hedged by the noun "claim".
    ['An Arakan Army spokesman denied the claim and said the group had no troops in the area.',
      ['Arakan Army spokesman: the group had no troops in the area']],
  ];
  assert.deepEqual(cases.map(([body]) => claims(body)), cases.map(([, want]) => want));
});

test('a spokesman\'s claim carries his group\'s names, also after "The group\'s spokesman, X,"', () => {
  const c = extract('The TNLA\'s spokesman, Tar Aik Kyaw, said two of its fighters had been killed in the clash.').claims;
  assert.deepEqual(c.map((x) => [x.claimant?.name, x.claimant?.aliases?.includes('Ta\'ang National Liberation Army')]), [['Tar Aik Kyaw', true]]);
});
