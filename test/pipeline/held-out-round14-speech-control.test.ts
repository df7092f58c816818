// Table-driven checks of the claim, control and election rules added after scoring round 14's
// unseen articles. Hand-written sentences about invented places and people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runEarly } from '../support/run-stages.js';

const head = 'Freedonia Daily\n3 January 2026\nA headline\n\n';
const claims = (body: string): string[] => runEarly(head + body).layers.claims.map((c) => `${c.claimant?.name ?? '-'}${c.hedged ? ' (hedged)' : ''}: ${c.text}`);

test('claims: a charge after "…, but", by an owner-labelled outlet, by an office of a party', () => {
  const cases: [string, string, string[]][] = [
    ['", but the army blamed …": a contrast before the subject',
      'A bomb hit the market on Monday. No group has claimed responsibility, but the military blamed the AA for the attack.',
      ['Armed Forces of Freedonia: military blamed the AA for the attack']],
    ['"State-run MRTV blamed …": an owner label before the outlet',
      'A bomb hit the market on Monday. State-run MRTV blamed "PDF terrorists" for the attack.',
      ['MRTV: MRTV blamed "PDF terrorists" for the attack']],
    ['"The regime\'s information team blamed …": an office of the party',
      'A shell hit the camp on Sunday. The regime\'s information team blamed AA artillery for the deaths.',
      ['Armed Forces of Freedonia: regime\'s information team blamed AA artillery for the deaths']],
    ['not a subject deep inside a clause',
      'A shell hit the camp on Sunday, and villagers who saw the military blamed nobody.',
      []],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});
