import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runEarly } from '../support/run-stages.js';

const head = 'Freedonia Daily\n3 January 2026\n\n';

// Charge and description verbs ("blamed", "described … as") report a claim when no speech verb
// does; the claim is the whole clause. A person's "described X as \"…\"" is a direct quote.
const charges: Array<{ name: string; body: string; claims: Array<[string, string]>; quotes?: Array<[string, boolean, string]> }> = [
  { name: 'state outlet blames', body: 'State television blamed protesters for the fires; protest leaders denied any role.', claims: [['State television', 'State television blamed protesters for the fires'], ['protest leaders', 'protest leaders denied any role']] },
  { name: '", saying" reports it: the claimant is the subject, not the group blamed', body: 'State television blamed the NLF for the fire, saying the group had burned the houses.', claims: [['State television', 'the group had burned the houses']] },
  { name: 'an unnamed subject named in apposition', body: 'A little-known group, the NLF, claimed responsibility, saying the blast had killed two officers.', claims: [['Northern Liberation Front', 'the blast had killed two officers']] },
  { name: 'unnamed source describes', body: 'Residents described Hillview as split between the two sides.', claims: [['Residents', 'Residents described Hillview as split between the two sides']] },
  { name: 'outlet describes after an opening adverbial', body: 'On Monday, junta-controlled newspapers described the three as members of a "terrorist" cell.', claims: [['junta-controlled newspapers', 'junta-controlled newspapers described the three as members of a "terrorist" cell']] },
  { name: 'passive: no claimant', body: 'Six civil servants were blamed for the leak.', claims: [] },
  { name: 'relative clause: not the subject', body: 'Police arrested a man whom residents described as a trader.', claims: [] },
  { name: 'describe without "as"', body: 'Residents described the scene in detail.', claims: [] },
  { name: 'a speech verb wins', body: 'The NLF blamed the army, the Freedonia Daily said.', claims: [['Freedonia Daily', 'The NLF blamed the army']] },
  { name: 'a person describing with a quote', body: 'Daw Khin Mya, a villager, described the raid as "the worst we have seen in years".', claims: [], quotes: [['Khin Mya', true, 'the worst we have seen in years']] },
];

for (const c of charges) {
  test(`charge verbs: ${c.name}`, () => {
    const { layers } = runEarly(`${head}${c.body}`);
    assert.deepEqual(layers.claims.map((x) => [x.claimant?.name, x.text]), c.claims);
    if (c.quotes) assert.deepEqual(layers.quotes.map((q) => [q.speaker?.name?.replace(/^Daw /, ''), q.direct, q.text]), c.quotes);
  });
}

// A doubt that names both sides or the figures covers more than the last claim; one about
// figures covers only the claims that give a toll.
const doubts: Array<{ name: string; body: string; hedged: boolean[] }> = [
  { name: "either side's figures: both tolls, not the plain claim", body: 'The NLF said its fighters killed more than 80 soldiers. According to an NLF statement, the fighting began on Sunday near Hillview. The group said it had seized an outpost. The army said it had killed 47 NLF fighters. Freedonia Daily could not independently verify either side\'s figures.', hedged: [true, false, false, true] },
  { name: 'the claims: plural doubt reaches two sentences back', body: 'State television said the NLF had burned the houses. State newspapers reported that five fighters were killed. The claims could not be independently verified.', hedged: [true, true] },
  { name: 'a singular doubt stays with the last claim', body: 'Residents said the market was shelled. The NLF said five soldiers were killed. The toll could not be verified.', hedged: [false, true] },
  { name: 'a quoted toll after "killed"', body: 'The NLF said it had killed 30 soldiers. State newspapers reported that troops had killed "over 50 NLF terrorists". Neither figure could be independently verified.', hedged: [true, true] },
];

for (const c of doubts) {
  test(`doubt scope: ${c.name}`, () => {
    const { layers } = runEarly(`${head}${c.body}`);
    assert.deepEqual(layers.claims.map((x) => x.hedged), c.hedged);
  });
}
