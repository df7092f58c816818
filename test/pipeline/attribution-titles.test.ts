// Speakers as general and Myanmar news write them: a role and rank between the speech verb and
// the name ("…," said AA spokesman Khaing Thukha), titles qualified by their office ("Information
// Minister", "Deputy Information Minister Maj-Gen"), titles of foreign news ("Outgoing PM",
// "Prosecutor"), and short quotes a speech verb attributes. Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runEarly } from '../support/run-stages.js';

const head = 'Freedonia Daily\n3 January 2026\nA headline\n\n';
const quotes = (body: string): string[] => runEarly(head + body).layers.quotes.map((q) => `${q.speaker?.name ?? '-'}${q.direct ? ' (direct)' : ''}: ${q.text}`);

const CASES: [string, string[]][] = [
  ['"We will hold the town for as long as it takes," said NLF spokesman Ko Aung Min.', ['Ko Aung Min (direct): We will hold the town for as long as it takes']],
  ['"The town is ours," said army spokesperson Maj-Gen Soe Lin.', ['Soe Lin (direct): The town is ours']],
  ['"We will hold the town for as long as it takes," said residents who had spoken to Ko Aung Min.', ['- (direct): We will hold the town for as long as it takes']],
  ['Deputy Information Minister Maj-Gen Soe Lin said the town was calm.', ['Soe Lin: the town was calm']],
  ['Information Minister Daw Khin Hla said the town was calm.', ['Daw Khin Hla: the town was calm']],
  ['Prosecutor Anna Berg told the court that the men were armed.', ['Anna Berg: the men were armed']],
  ['"We will not leave this valley whatever happens," said Outgoing PM Jan Novak.', ['Jan Novak (direct): We will not leave this valley whatever happens']],
  ['Ko Aung Min, an NLF spokesman, said the group had taken the town.\n\n"We are ready," he said.', ['Ko Aung Min: the group had taken the town', 'Ko Aung Min (direct): We are ready']],
  // A short phrase quoted inside a sentence is no quote of its own.
  ['Ko Aung Min, an NLF spokesman, said the group had taken the town.\n\nThe army called the raid "a clearance operation," he said.', ['Ko Aung Min: the group had taken the town']],
];

for (const [body, expected] of CASES) test(`speakers in "${body.slice(0, 70)}"`, () => assert.deepEqual(quotes(body), expected));
