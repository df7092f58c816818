// Table-driven checks of rules added after scoring four more unseen articles (Sudan, eastern
// Congo, the Thai–Cambodian border, a Myanmar report with dated background). Hand-written
// sentences: the tiny pack for pack-neutral rules, the Myanmar pack for articles about another country.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../src/core/pipeline.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { eventsStage } from '../../src/pipeline/events/index.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import type { Layers } from '../../src/pipeline/layers.js';
import { EARLY } from '../support/run-stages.js';
import { tinyPack } from '../support/tiny-pack.js';
import { myanmar } from '../places/helpers.js';

const head = 'Freedonia Daily\n3 January 2026\n\n';
const tiny = (body: string): Layers => buildPipeline<Layers>([...EARLY, eventsStage]).run(articleToDoc(head + body, { path: 'test' }, 'test', false), tinyPack);
const dated = (body: string): string[] => tiny(body).events.map((e) => `${e.sub_event_type} ${e.actors[0]?.name ?? '-'} ${e.date}`);
const kinds = (body: string): string[] => tiny(body).events.map((e) => `${e.sub_event_type} ${e.actors.map((a) => a.name).join(' / ')}`);

test('dates: a held state\'s start, an aside or an old capture dates nothing told after it', () => {
  const cases: [string, string, string[]][] = [
    ['since, under control', 'Rivertown has been under NLF control since February 2024. An army air strike hit the hospital in Rivertown, killing five patients.',
      ['Air/drone strike Armed Forces of Freedonia 2026-01-03']],
    ['an old capture', 'The NLF captured Rivertown in February 2024. An army air strike hit the hospital in the town, killing five patients.',
      ['Non-state actor overtakes territory Northern Liberation Front 2024-02', 'Air/drone strike Armed Forces of Freedonia 2026-01-03']],
    ['a raid\'s month still dates what follows', 'In April 2024, soldiers raided Millbrook and burned 30 houses. Soldiers also arrested two men in Millbrook.',
      ['Looting/property destruction Armed Forces of Freedonia 2024-04', 'Arrests Armed Forces of Freedonia 2024-04']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(dated(body), expected, label);
});

test('events: exchanged fire, killed patients, a handover back, no shelling from an offensive\'s backing, no capture of arms', () => {
  const cases: [string, string, string[]][] = [
    ['exchanged fire', 'NLF fighters and army troops exchanged fire in Rivertown on Monday.', ['Armed clash Armed Forces of Freedonia / Northern Liberation Front']],
    ['patients are civilians', 'Gunmen killed five patients at the hospital in Rivertown on Monday.', ['Attack Unidentified Armed Group (FD) / Civilians (Freedonia)']],
    ['handed X back', 'The NLF handed Hillview back to the army under a deal on Monday.', ['Non-violent transfer of territory Armed Forces of Freedonia / Northern Liberation Front']],
    ['a hand grenade is no handover', 'Two men threw a hand grenade over the wall of the police station in Hillview on Monday.', ['Grenade Unidentified Armed Group (FD)']],
    ['backing artillery', 'The army retook Hillview on Monday after an offensive backed by drones and heavy artillery.', ['Government regains territory Armed Forces of Freedonia']],
    ['a side that only marks the time (the shops\' owners are the victims)', 'Unidentified gunmen looted shops in Hillview on Saturday before the NLF arrived.', ['Looting/property destruction Unidentified Armed Group (FD) / Civilians (Freedonia)']],
    ['arms seized', 'Troops seized a large quantity of arms and ammunition in Hillview on Monday.', ['Disrupted weapons use Armed Forces of Freedonia']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(kinds(body), expected, label);
});

test('a source whose report names its own doer is no party; "the fighters" refers back', () => {
  assert.deepEqual(kinds('NLF fighters captured Hillview on Saturday. The Freedonia Medical Network said the fighters then killed 12 civilians in the town.'),
    ['Non-state actor overtakes territory Northern Liberation Front / Armed Forces of Freedonia', 'Attack Northern Liberation Front / Civilians (Freedonia)']);
});

const mm = (body: string, date = '10 December 2025') => extractDoc(articleToDoc(`Test Wire\n${date}\n\n${body}\n`, { path: 'test' }, 'test', false), myanmar());
const abroad = (body: string): string[] => mm(body).events.map((e) => `${e.sub_event_type} | ${e.actors.map((a) => a.name).join(' / ')} | ${e.location?.name ?? '-'}`);

test('another country: its forces, civilians and no scene where words were spoken', () => {
  const cases: [string, string, string[]][] = [
    ['no place: the article\'s country', 'Gunmen killed five civilians on Sunday, the army said.\n\nLater, the foreign ministry in Port Sudan, Sudan, condemned the killings.',
      ['Attack | Unidentified Armed Group (Sudan) / Civilians (Sudan) | -']],
    ['said in a capital', 'BANGKOK — Thai artillery shelled villages on Monday night, killing four civilians, Cambodia\'s defence ministry said in Phnom Penh.',
      // (Not Phnom Penh, where the ministry spoke: the story's country, where its civilians were killed.)
      ['Shelling/artillery/missile attack | Military Forces of Thailand / Civilians (Cambodia) | Cambodia']],
    ['a capital that acts', 'In November, a landmine wounded four soldiers on patrol near Kantharalak in Thailand, and Bangkok suspended the agreement.',
      // (The soldiers the mine hit are the second actor, as ACLED codes forces hit by a hidden attacker's device.)
      ['Remote explosive/landmine/IED | Unidentified Armed Group (Thailand) / Military Forces of Thailand | Kantharalak']],
    ['fired from a country', 'On Tuesday, rockets fired from Cambodia landed near a hospital in Kantharalak, Thailand, wounding two people.',
      // (People wounded by a strike are civilians unless fighters or a military target are named.)
      ['Shelling/artillery/missile attack | Military Forces of Cambodia / Civilians (Thailand) | Kantharalak']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(abroad(body), expected, label);
  assert.deepEqual(mm('Gunmen killed five civilians on Sunday, the army said.\n\nLater, the foreign ministry in Port Sudan, Sudan, condemned the killings.').claims.map((c) => c.claimant?.name),
    ['Military Forces of Sudan']);
});
