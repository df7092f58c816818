// Table-driven checks of the claimant and claim-span rules added after scoring round 16's unseen
// articles (wave 9). Hand-written sentences about invented places and groups.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const extract = (body: string) => extractStory('14 January 2026', body);
const claims = (body: string): string[] => extract(body).claims.map((c) => `${c.claimant?.name ?? '-'}${c.hedged ? ' (hedged)' : ''}: ${c.text}`);
const check = (cases: [string, string[]][]): void => {
  for (const [body, want] of cases) assert.deepEqual(claims(body), want, body);
};

test('claims: an appositive with its own clause is not the subject; its "that says" is the subject\'s claim', () => {
  check([
    ['The Hill Rock Group (HRG), a small cell that says it answers to the KNU\'s Ministry of Defence, said on Tuesday that two mines placed by its members had killed three soldiers.',
      ['Hill Rock Group: it answers to the KNU\'s Ministry of Defence', 'Hill Rock Group: two mines placed by its members had killed three soldiers']],
    ['The KIA, which says it has 20,000 fighters, took the town on Monday after a long fight.',
      ['Kachin Independence Army: it has 20,000 fighters']],
    ['Residents of Hpakant, a jade town which the KIA took last year, said the road was closed.',
      ['Residents: the road was closed']],
  ]);
});

test('claims: "X had already said on Sunday that …"', () => {
  check([
    ['The KIA had already said on Sunday that its fighters shot dead an informer in the village.',
      ['Kachin Independence Army: its fighters shot dead an informer in the village']],
  ]);
});

test('claims: a contrasting source ends the claim (", while X said", ", and the front claimed"), told with its subject', () => {
  check([
    ['A nurse at the clinic told the Wire that four bodies had been brought in, while the KIA said six civilians were killed.',
      ['nurse at the clinic: four bodies had been brought in', 'Kachin Independence Army: the KIA said six civilians were killed']],
    ['Police said two men were arrested, whereas residents said at least nine people were taken away.',
      ['Police Forces of Myanmar: two men were arrested', 'residents: residents said at least nine people were taken away']],
    ['The army said three soldiers were killed, and the Hill Rock front claimed it had killed 12 soldiers.',
      ['Military Forces of Myanmar: three soldiers were killed', 'Hill Rock front (hedged): it had killed 12 soldiers']],
  ]);
});

test('claims: "either figure" trailing the second side\'s own claim doubts the first side\'s too', () => {
  check([
    ['The army said three soldiers were killed. In a statement, the Hill Rock front claimed it had killed 12 soldiers; the Test Wire was unable to verify either figure.',
      ['Military Forces of Myanmar (hedged): three soldiers were killed', 'Hill Rock front (hedged): it had killed 12 soldiers; the Test Wire was unable to verify either figure']],
    // A first statement without a figure is not doubted.
    ['The army said the bridge was closed. In a statement, the Hill Rock front claimed it had killed 12 soldiers; the Test Wire was unable to verify either figure.',
      ['Military Forces of Myanmar: the bridge was closed', 'Hill Rock front (hedged): it had killed 12 soldiers; the Test Wire was unable to verify either figure']],
  ]);
});

test('claimants: staff told by their workplace keep it, with the bare head as an alias', () => {
  const cases: [string, string, string[] | undefined][] = [
    ['A worker at the town\'s hospital told the Wire that three bodies had been brought in.', 'worker at the town\'s hospital', ['worker']],
    ['A doctor at the district hospital said four children were among the dead.', 'doctor at the district hospital', ['doctor']],
    // A named place after "at" is no workplace.
    ['A doctor at Hpakant said four children were among the dead.', 'doctor', undefined],
  ];
  for (const [body, name, aliases] of cases) {
    const c = extract(body).claims[0];
    assert.equal(c?.claimant?.name, name, body);
    assert.deepEqual(c?.claimant?.aliases, aliases, body);
  }
});

test('claimants: "Local sources contacted by X in Y said"', () => {
  check([
    ['Local sources contacted by the Wire in Hpakant said they had heard gunfire overnight.', ['Local sources: they had heard gunfire overnight']],
    ['Residents interviewed by the Wire said the market had been shelled.', ['Residents: the market had been shelled']],
  ]);
});

test('claimants: "A statement by X, carried by Y, said …" is X\'s, and so is "…, the statement said" after it', () => {
  check([
    ['A statement by the Sagaing Region information team, carried by the military-run Kyemon daily on Sunday, said no village had been burned. All recruits had reported of their own accord, the statement said.',
      ['Sagaing Region information team: no village had been burned', 'Sagaing Region information team: All recruits had reported of their own accord']],
    ['A statement by the KIA said two soldiers were captured near the bridge.', ['Kachin Independence Army: two soldiers were captured near the bridge']],
    ['A statement from the military-run Kyemon daily said no village had been burned.', ['Kyemon: no village had been burned']],
  ]);
});

test('claimants: a medium between commas ("X, through its channel Y, claimed") and a group\'s own outlet ("The group\'s Radio Z said")', () => {
  check([
    ['The extremist group Islamic State, through its propaganda channel Amaq, claimed on Tuesday that its fighters had killed seven "Christians" in the attack.',
      ['Islamic State (hedged): its fighters had killed seven "Christians" in the attack']],
    ['The KIA attacked the base on Monday. The group\'s Radio Kachin said its fighters had killed 27 soldiers near the base.',
      ['Kachin Independence Army: its fighters had killed 27 soldiers near the base']],
    ['The KIA attacked the base on Monday. Its Kachin News agency said its fighters had killed 27 soldiers near the base.',
      ['Kachin Independence Army: its fighters had killed 27 soldiers near the base']],
    // A group's adviser by name is a person, not its outlet.
    ['The KIA attacked the base. Its adviser Ko Zaw Min wrote on social media that the army staged the attack on the market.', []],
  ]);
});

test('speakers: "the administrator" names back the person given that role, whose words are a quote', () => {
  const quotes = (body: string): string[] => extract(body).quotes.map((q) => `${q.speaker?.name ?? '-'}: ${q.text}`);
  const cases: [string, string[], string[]][] = [
    ['Herminio Assane, administrator of Chiure, said the town was calm. According to the administrator, most of the residents fled into the forest.',
      ['Herminio Assane: the town was calm', 'Herminio Assane: most of the residents fled into the forest'], []],
    ['Ko Aung Min, the township administrator, said the town was calm. The administrator said most of the residents fled into the forest.',
      ['Ko Aung Min: the town was calm', 'Ko Aung Min: most of the residents fled into the forest'], []],
    // Nobody was given the role: an unnamed source.
    ['Ko Aung Min, a farmer, said the town was calm. The administrator said most of the residents fled into the forest.',
      ['Ko Aung Min: the town was calm'], ['administrator: most of the residents fled into the forest']],
  ];
  for (const [body, q, c] of cases) {
    assert.deepEqual(quotes(body), q, body);
    assert.deepEqual(claims(body), c, body);
  }
});

test('claims: "…, the district administrator told the Wire today." reports the clause before it', () => {
  check([
    ['Armed men killed at least three people and set fire to a chapel on Sunday night in Hpakant, the district administrator told the Wire today.',
      ['district administrator: Armed men killed at least three people and set fire to a chapel on Sunday night in Hpakant']],
  ]);
});
