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

test('claims: "the <kind> group <Name> denied …" is an organisation\'s claim, not a person\'s quote', () => {
  const cases: [string, string, string[], string[]][] = [
    ['group', 'The hill group Black Eagle denied any role and said its members had not fired at anyone.', ['Black Eagle: false | Black Eagle denied any role and said its members had not fired at anyone'], []],
    ['militia', 'The local militia Red Hornbill said it had not attacked the post.', ['Red Hornbill: false | it had not attacked the post'], []],
  ];
  for (const [label, body, c, q] of cases) {
    assert.deepEqual(claims(body), c, label);
    assert.deepEqual(quotes(body), q, label);
  }
});

test('claims: "X denied that …" asserts the denial, not the clause denied', () => {
  const cases: [string, string, string[]][] = [
    ['organisation after "and"', 'Nobody has claimed the blast, and the Hillview KIA denied that it had planted the mine.', ['KIA: false | the Hillview KIA denied that it had planted the mine']],
    ['organisation opening the sentence', 'The KIA denied that its troops were in the village.', ['KIA: false | The KIA denied that its troops were in the village']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
  assert.deepEqual(quotes('Colonel Tun Lin denied that his troops had burned the village.'), ['Tun Lin [Colonel]: denied that his troops had burned the village'], 'a person: the quote starts at the verb');
});

test('claims: "…, a village chief told this newspaper." — the outlet named by a common noun is whom it was told', () => {
  const cases: [string, string, string[]][] = [
    ['this newspaper', 'On Friday night, gunmen burned six houses in Lakeside village, a village chief told this newspaper.', ['village chief: false | gunmen burned six houses in Lakeside village']],
    ['our correspondent by phone', 'Soldiers looted two shops in the market, a trader told our correspondent by phone.', ['trader: false | Soldiers looted two shops in the market']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('sources: "a resident of <village>" / "villagers from <village>" — the village is no person', () => {
  const cases: [string, string, string[]][] = [
    ['resident of, in apposition', 'A resident of Ywa Ma, who asked not to be named, said the soldiers took rice and cattle before leaving.', ['resident: false | the soldiers took rice and cattle before leaving']],
    ['villagers from', 'Villagers from Kan Taw said the troops left the monastery on Monday.', ['Villagers: false | the troops left the monastery on Monday']],
  ];
  for (const [label, body, expected] of cases) {
    assert.deepEqual(claims(body), expected, label);
    assert.deepEqual(quotes(body), [], label);
  }
});

test('quotes: "…," X said in a video message last month — the medium after the verb is no quote', () => {
  const cases: [string, string, string[]][] = [
    ['video message, last month', '"We will not give the towns back," KIA spokesperson Naw Bu said in a video message last month.', ['Naw Bu [spokesperson]: We will not give the towns back']],
    ['interview with a station', '"The road stays closed," Colonel Tun Lin said in an interview with a local radio station.', ['Tun Lin [Colonel]: The road stays closed']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(quotes(body), expected, label);
});

test('claims: a source\'s own ignorance and a clause cut off before its verb assert nothing', () => {
  const cases: [string, string, string[]][] = [
    ['not been told', 'The families said they had not been told where the men were taken.', []],
    ['did not know', 'Relatives said they did not know who had fired the shots.', []],
    ['elliptic "to"', 'The KIA has not returned a single town, and its leaders say they have no plans to.', []],
    ['an assertion still is', 'Relatives said the men were taken to the army camp.', ['Relatives: false | the men were taken to the army camp']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('claims: a source ending the sentence (", a labour activist said.") reports an earlier speech verb too', () => {
  const cases: [string, string, string[]][] = [
    ['warned inside', 'The workers called off the strike after police warned the factory owner, a labour activist said.', ['labour activist: false | The workers called off the strike after police warned the factory owner']],
    ['told inside, told at the end', 'Soldiers told villagers to leave before dawn, a monk told Freedonia Daily.', ['monk: false | Soldiers told villagers to leave before dawn']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('claims: "put turnout at N percent" is a figure a body gives; "subcommission" is an unnamed source', () => {
  const cases: [string, string, string[]][] = [
    ['subcommission put turnout at', 'Every village tract in Hillview had a polling station. The township election subcommission put turnout at 58 percent.', ['township election subcommission: false | The township election subcommission put turnout at 58 percent']],
    ['sub-commission said', 'The district election sub-commission said 40 percent of voters had cast ballots.', ['district election sub-commission: false | 40 percent of voters had cast ballots']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('claims: an election body\'s seat tally and its plan to announce results are the record, not claims', () => {
  const cases: [string, string, string[]][] = [
    ['results released by', 'The ruling party won every contested seat in Hillview and Lakeside, according to final results released by the Election Commission on Friday.', []],
    ['plans to announce', 'The Election Commission said on Friday that it plans to announce results for the upper house next week.', []],
    ['turnout is still a claim', 'The Election Commission said turnout had exceeded 60 percent nationwide.', ['Election Commission: false | turnout had exceeded 60 percent nationwide']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('sources: "he said" right after an unnamed person\'s statement is that source, not the person named further back', () => {
  const body = 'The fighting ended on Tuesday, according to Colonel Tun Lin, an NLF commander.\n\n'
    + 'Soldiers held about 40 villagers in the monastery, a villager who escaped told Freedonia Daily. At least 15 of them are still being held, he said.';
  assert.deepEqual(claims(body).slice(-2), ['villager: false | Soldiers held about 40 villagers in the monastery', 'villager: false | At least 15 of them are still being held']);
  assert.ok(!quotes(body).some((q) => q.includes('still being held')), 'no quote of the colonel');
});

test('sources: "…, they said" keeps an unnamed source across a sentence that opens on the same noun', () => {
  const cases: [string, string, string[]][] = [
    ['"Residents, who …" between', 'Troops looted rice from tens of houses in Hillview last week, residents said. Residents, who had fled to the forest, returned on Sunday. The column did not clash with local fighters, they said.',
      ['residents: false | Troops looted rice from tens of houses in Hillview last week', 'residents: false | The column did not clash with local fighters']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('people: "X, a village on the road to Y, an NLF officer told …" — a place in apposition is no person', () => {
  const body = 'On Monday, NLF troops overran an army post at Taw Gyi, a village on the road to Hillview, an NLF officer told Freedonia Daily. He said around 40 soldiers had retreated and that his troops had seized two mortars.';
  assert.ok(!quotes(body).some((q) => q.startsWith('Taw Gyi')), JSON.stringify(quotes(body)));
});
