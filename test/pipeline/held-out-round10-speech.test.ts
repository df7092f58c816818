// Table-driven checks of the quote and claim rules added after round 10's unseen articles:
// "said X and that Y", multi-word titles before initialled names, denials, reported speech whose
// object is the outlet, unnamed sources "of <village>", trailing attributions and election-body
// wording. Hand-written sentences, the tiny pack unless a rule needs the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runEarly } from '../support/run-stages.js';

const head = 'Freedonia Daily\n3 January 2026\n\n';
/** Each claim as "claimant: hedged | text". */
const claims = (body: string): string[] => runEarly(head + body).layers.claims.map((c) => `${c.claimant?.name}: ${c.hedged} | ${c.text}`);
/** Each quote as "speaker [title]: text". */
const quotes = (body: string): string[] => runEarly(head + body).layers.quotes.map((q) => `${q.speaker?.name} [${q.speaker && 'title' in q.speaker ? q.speaker.title : ''}]: ${q.text}`);

test('quotes: "said at least N … and that …" keeps both clauses ("at least" opens a count, not when it was said)', () => {
  const cases: [string, string, string[]][] = [
    ['at least', 'Colonel Tun Lin said at least 12 soldiers were wounded and that his unit had pulled back.', ['Tun Lin [Colonel]: at least 12 soldiers were wounded and that his unit had pulled back']],
    ['at most', 'Colonel Tun Lin said at most three houses burned and that nobody was hurt.', ['Tun Lin [Colonel]: at most three houses burned and that nobody was hurt']],
    ['a time before "that" still skipped', 'Colonel Tun Lin said on Monday that the road was open again.', ['Tun Lin [Colonel]: the road was open again']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(quotes(body), expected, label);
});

test('people: multi-word titles ("Inspector General of Police", "Chief Minister") before an initialled name', () => {
  const cases: [string, string, string[]][] = [
    ['with a unit in brackets', 'Inspector General of Police (Zone III) R. Mehta said two suspects had been detained near the border.', ['R. Mehta [Inspector General of Police]: two suspects had been detained near the border']],
    ['two initials', 'Deputy Inspector General S. P. Verma told reporters that the highway had been reopened.', ['S. P. Verma [Deputy Inspector General]: the highway had been reopened']],
    ['chief minister', 'Chief Minister T. Das said the state would pay compensation to the families.', ['T. Das [Chief Minister]: the state would pay compensation to the families']],
    ['"of Police" then a full name', 'Superintendent of Police Arun Bose said the curfew would stay for another week.', ['Arun Bose [Superintendent of Police]: the curfew would stay for another week']],
    ['director general', 'Director General Mira Sen said the agency had sent food to the camps.', ['Mira Sen [Director General]: the agency had sent food to the camps']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(quotes(body), expected, label);
});
