// Event precision in Myanmar stories, on hand-written sentences: the state's own account of a strike
// the article already reported from the ground, and shelling known only by its sound during a fight
// the article reports, are no further events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const run = (body: string) => extractStory('14 February 2026', body);
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.date} ${e.location?.name ?? '-'}`);
const subs = (body: string): string[] => run(body).events.map((e) => e.sub_event_type);

test("the state's version of a strike told first from the ground is not another strike", () => {
  const cases: [string, number][] = [
    ['A junta jet dropped two bombs on Nyaung Pin Wun village in Salingyi Township, Sagaing Region, on Monday, killing six villagers, residents said. '
      + 'The regime\'s information team said in a statement carried by state-run MRTV on Tuesday that the air force had struck "a hideout of PDF terrorists" near the village.', 1],
    ['A military aircraft bombed a school in Tabayin Township, Sagaing Region, on 10 February, killing four pupils. '
      + 'A junta spokesman said on Thursday the air force had hit only "terrorist camps" in Sagaing Region.', 1],
    // The statement is the only report of a strike: it stays.
    ['The regime\'s information team said in a statement carried by state-run MRTV on Tuesday that the air force had struck "a meeting place of AA terrorists" in Kyauktaw Township.', 1],
    // A denial of someone else's report is no restatement: the strike stays, once.
    ['A junta spokesman on Wednesday dismissed reports that an air strike hit a monastery in Ayadaw Township, Sagaing Region, on 10 February, calling them "fabrications of terrorist media."', 1],
  ];
  for (const [body, n] of cases) assert.equal(subs(body).filter((s) => s === 'Air/drone strike').length, n, `${body}\n${events(body).join('\n')}`);
});

test('shelling known only by its sound, beside a reported fight, is that fight', () => {
  const cases: [string, string[]][] = [
    ['Fighting broke out between the KIA and junta troops near Hpakant town on Monday and continued on Tuesday, residents said. Heavy weapons could be heard until late on Tuesday, one resident said.', ['Armed clash']],
    ['Resistance fighters and junta troops have clashed since Sunday near Madaya town. Villagers said they heard heavy artillery throughout Tuesday night.', ['Armed clash']],
  ];
  for (const [body, want] of cases) assert.deepEqual(subs(body), want, `${body}\n${events(body).join('\n')}`);
  // A shell that is heard and hits something is an event of its own.
  const hit = subs('Fighting broke out between the KIA and junta troops near Hpakant town on Monday. On Tuesday, villagers heard artillery fire and a shell landed on a house in Hpakant, wounding two people.');
  assert.ok(hit.includes('Shelling/artillery/missile attack'), hit.join(', '));
});

test('"the two sides traded artillery fire" is the clash, not a shelling besides it', () => {
  const cases: [string, string[]][] = [
    ['On Monday, fighting broke out near Namtu town between TNLA troops and a junta column, and the two sides traded artillery fire for several hours.', ['Armed clash']],
    ['TNLA fighters and junta troops exchanged mortar fire near Namtu town on Monday.', ['Armed clash']],
  ];
  for (const [body, want] of cases) assert.deepEqual(subs(body), want, `${body}\n${events(body).join('\n')}`);
  // One side firing artillery is a shelling.
  assert.deepEqual(subs('Junta troops fired artillery into villages near Namtu town on Monday, residents said.'), ['Shelling/artillery/missile attack']);
});

test('incidents listed as the subject of "show how" sum up the story: no event', () => {
  // The summing-up sentence gives no date; the same incidents told dated in the body stay.
  const lead = 'A truce in Hsihseng, a week of mortar fire around Pinlaung and a bombing in Pekon show how the conflict in southern Shan State is being decided as much by deals as by battles.';
  assert.deepEqual(subs(lead), [], events(lead).join('\n'));
  // A dated incident in such a sentence is told for itself.
  const dated = 'The clash near Pinlaung on 10 February shows how fragile the truce has become.';
  assert.deepEqual(subs(dated), ['Armed clash'], events(dated).join('\n'));
});

test('goods seized from people are plunder, not a place taken', () => {
  const cases: [string, string[]][] = [
    ['Junta troops raided Kyi Gone village in Myinmu Township on Monday and shot dead two farmers. The soldiers also reportedly seized motorcycles and rice from villagers before leaving.', ['Attack']],
    ['Soldiers seized two cars and cash from traders at a checkpoint near Myinmu on Monday.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(subs(body).filter((s) => s !== 'Looting/property destruction'), want, `${body}\n${events(body).join('\n')}`);
  // A town seized stays a capture.
  assert.ok(subs('Junta troops seized Myinmu town on Monday.').includes('Government regains territory'));
});
