// Who fights in a clash: the state joins unless two other armed groups face each other across
// the verb and no state force is named. Our sentences, in the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from '../places/helpers.js';

const clash = (body: string): string[] => extractDoc(articleToDoc(`Test News\n10 May 2023\n${body}`, { path: 't' }, 't', false), myanmar()).events
  .filter((e) => e.sub_event_type === 'Armed clash').flatMap((e) => e.actors.map((a) => a.name));

const CASES: [string, string[]][] = [
  ['The Shanni Nationalities Army clashed with KIA troops near Homalin on Sunday.', ['Shanni Nationalities Army', 'Kachin Independence Army']],
  ['AA fighters clashed with the RSO near Maungdaw on Sunday.', ['Arakan Army', 'Rohingya Solidarity Organisation']],
  // allies named together are one side; the column is the state's
  ['The TNLA and the PDF ambushed a column near Kyaukme on Sunday.', ["Ta'ang National Liberation Army", "People's Defence Force", 'Military Forces of Myanmar']],
  // the state named in the clause fights
  ['KNLA fighters attacked junta positions near Myawaddy on Sunday, residents said.', ['Karen National Liberation Army', 'Military Forces of Myanmar']],
  ['Fighting broke out between the KIA and junta troops near Bhamo on Sunday.', ['Kachin Independence Army', 'Military Forces of Myanmar']],
];

for (const [body, expected] of CASES) test(`clash sides in "${body}"`, () => assert.deepEqual(clash(body), expected));
