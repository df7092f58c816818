// Arresting protesters is a protest with intervention (as detaining them was), and police named
// as the doer do not bring the army along. Our sentences, in the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from '../places/helpers.js';

const events = (body: string): string[] => extractDoc(articleToDoc(`Test News\n10 May 2023\n${body}`, { path: 't' }, 't', false), myanmar()).events
  .map((e) => `${e.sub_event_type}: ${e.actors.map((a) => a.name).join(' / ')}`);

const CASES: [string, string[]][] = [
  ['Police arrested 20 demonstrators in Mandalay on Monday.', ['Protest with intervention: Protesters (Myanmar) / Police Forces of Myanmar']],
  ['Police and soldiers detained 20 protesters in Mandalay on Monday.', ['Protest with intervention: Protesters (Myanmar) / Police Forces of Myanmar / Military Forces of Myanmar']],
  ['Soldiers arrested five men in Mandalay on Monday.', ['Arrests: Military Forces of Myanmar']],
];

for (const [body, expected] of CASES) test(`events in "${body}"`, () => assert.deepEqual(events(body), expected));
