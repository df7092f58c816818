// Hand-built articles for knowledge-base tests: several outlets reporting the Bhamo fighting, the
// KIA-held townships and the election announcement, with exact extractions (not the extractor's),
// so merge, control, election, finding and claim logic is tested on known inputs.
import type { ActorOut, ControlOut, ElectionOut, LocationOut } from '../../src/core/schema.js';
import { validateExtraction } from '../../src/core/validate.js';
import { buildArticle, type ArticleSpec, type SampleArticle } from './sample-articles.js';

export const KIA: ActorOut = { name: 'Kachin Independence Army', aliases: ['KIA'], id: 'kia', kind: 'rebel' };
export const JUNTA: ActorOut = { name: 'Military Forces of Myanmar', aliases: ['junta', 'Tatmadaw'], id: 'mm-military', kind: 'state_force' };
export const UEC: ActorOut = { name: 'Union Election Commission', aliases: ['UEC'], id: 'mm-uec', kind: 'election_body' };
export const STATE_MEDIA: ActorOut = { name: 'Junta-controlled media', id: 'mm-state-media', kind: 'outlet' };
export const KNU: ActorOut = { name: 'Karen National Union', aliases: ['KNU'], id: 'knu', kind: 'political' };
export const CIVILIANS_MM: ActorOut = { name: 'Civilians (Myanmar)', id: 'mm-civilians', kind: 'civilian' };
export const FRONT: ActorOut = { name: 'Kachin Revolutionary Front', id: 'new:kachin-revolutionary-front', kind: 'unknown', review: true } as ActorOut;
export const FORCES: ActorOut = { name: 'Kachin Revolutionary Forces', id: 'new:kachin-revolutionary-forces', kind: 'unknown', review: true } as ActorOut;

const kachin = { country: 'MM', admin1: 'Kachin', admin1_pcode: 'MMR001' };
export const BHAMO_TSP: LocationOut = { name: 'Bhamo', ...kachin, admin3: 'Bhamo', admin3_pcode: 'MMR001010', lat: 24.25, lon: 97.23, precision: 'township' };
export const BHAMO: LocationOut = { ...BHAMO_TSP, lat: 24.2549, lon: 97.2344, precision: 'town' };
export const SINKHAN: LocationOut = { ...BHAMO_TSP, name: 'Sinkhan', lat: 24.31, lon: 97.12, precision: 'village' };
export const MANSI: LocationOut = { name: 'Mansi', ...kachin, admin3: 'Mansi', admin3_pcode: 'MMR001013', lat: 24.1196, lon: 97.2931, precision: 'town' };
export const MOMAUK: LocationOut = { name: 'Momauk', ...kachin, admin3: 'Momauk', admin3_pcode: 'MMR001012', lat: 24.2509, lon: 97.3465, precision: 'town' };
export const SHWEGU: LocationOut = { name: 'Shwegu', ...kachin, admin3: 'Shwegu', admin3_pcode: 'MMR001011', lat: 24.23, lon: 96.8, precision: 'town' };
export const KACHIN: LocationOut = { name: 'Kachin', ...kachin, admin3: null, admin3_pcode: null, lat: null, lon: null, precision: 'state' };
export const HPAPUN: LocationOut = {
  name: 'Hpapun', country: 'MM', admin1: 'Kayin', admin1_pcode: 'MMR003', admin3: 'Hpapun', admin3_pcode: 'MMR003003', lat: 18.07, lon: 97.45, precision: 'town',
};
const township = (l: LocationOut): LocationOut => ({ ...l, precision: 'township' });

type KbSpec = ArticleSpec & { control?: (Omit<ControlOut, 'span'> & { evidence: string })[]; elections?: (Omit<ElectionOut, 'span'> & { evidence: string })[] };

/** buildArticle plus control and election facts, each with the span of its evidence. */
export function kbArticle(spec: KbSpec): SampleArticle {
  const a = buildArticle(spec);
  const span = (evidence: string) => {
    const at = a.doc.text.indexOf(evidence);
    if (at < 0) throw new Error(`evidence not in text: ${evidence}`);
    return { start: at, end: at + evidence.length };
  };
  const extraction = validateExtraction({
    ...a.extraction,
    control: (spec.control ?? []).map((c) => ({ ...c, span: span(c.evidence) })),
    elections: (spec.elections ?? []).map((e) => ({ ...e, span: span(e.evidence) })),
  });
  return { doc: a.doc, extraction };
}

const clash = (date: string, location: LocationOut, fatalities: number | null, evidence: string, dateEnd: string | null = null) => ({
  event_type: 'Battles' as const, sub_event_type: 'Armed clash' as const, date, date_end: dateEnd, actors: [KIA, JUNTA], location, fatalities, evidence,
});
const poll = (place: LocationOut, vt: number, evidence: string, announced = '2025-12-25') => ({
  place, election: '2026 General Election', phase: 3, polling_date: '2026-01-25', included: true,
  excluded_village_tracts: vt, excluded_wards: null, announced, announced_by: UEC, evidence,
});

export const FRONTLINE = kbArticle({
  source: 'Kachin Frontline', published: '2025-12-27', title: 'KIA opens offensive on Bhamo',
  body: 'The KIA attacked junta positions in Bhamo Township on 25 December. The KIA said 12 junta soldiers were killed on the first day.',
  events: [clash('2025-12-25', BHAMO_TSP, 12, 'The KIA attacked junta positions in Bhamo Township on 25 December.')],
  claims: [{ text: '12 junta soldiers were killed on the first day', claimant: KIA, hedged: false, evidence: '12 junta soldiers were killed on the first day' }],
});

export const JOURNAL = kbArticle({
  source: 'Myitkyina Journal', published: '2025-12-29', title: 'Rival tolls for Bhamo',
  body: 'Clashes broke out at Sinkhan village near Bhamo on 25 December and killed 15 soldiers. Fighting resumed in Bhamo town on 27 December. '
    + 'Junta-controlled media claimed troops killed 40 KIA fighters.',
  events: [
    clash('2025-12-25', SINKHAN, 15, 'Clashes broke out at Sinkhan village near Bhamo on 25 December and killed 15 soldiers.'),
    clash('2025-12-27', BHAMO, null, 'Fighting resumed in Bhamo town on 27 December.'),
  ],
  claims: [{ text: 'troops killed 40 KIA fighters', claimant: STATE_MEDIA, hedged: true, reported_by: { name: 'Myitkyina Journal' }, evidence: 'troops killed 40 KIA fighters' }],
});

export const RIVER_POST = kbArticle({
  source: 'Irrawaddy River Post', published: '2026-01-04', title: 'Bhamo fighting enters second week',
  body: 'Fighting between the KIA and junta troops has continued in Bhamo since 25 December; at least 21 soldiers have been killed. '
    + 'Neither side controls the town.',
  events: [clash('2025-12-25', BHAMO_TSP, 21, 'Fighting between the KIA and junta troops has continued in Bhamo since 25 December', '2026-01-03')],
  control: [{ place: BHAMO, controller: null, status: 'contested', since: '2025-12-25', how: 'unknown', evidence: 'Neither side controls the town.' }],
});

export const BALLOT = kbArticle({
  source: 'Northern Ballot Monitor', published: '2025-12-27', title: 'Phase three in Kachin',
  body: 'The UEC said phase three on 25 January will include Bhamo, Mansi and Momauk. Voting will not be held in 43 village tracts in Bhamo, '
    + '43 in Mansi and 65 in Momauk, 100 in Kachin State in total. The KIA has held Mansi and Momauk since 2024.',
  events: [],
  elections: [
    poll(township(BHAMO), 43, '43 village tracts in Bhamo'), poll(township(MANSI), 43, '43 in Mansi'),
    poll(township(MOMAUK), 65, '65 in Momauk'), poll(KACHIN, 100, '100 in Kachin State in total'),
  ],
  control: [
    { place: MANSI, controller: KIA, status: 'controlled', since: '2024', how: 'captured', evidence: 'The KIA has held Mansi and Momauk since 2024.' },
    { place: MOMAUK, controller: KIA, status: 'controlled', since: '2024', how: 'captured', evidence: 'The KIA has held Mansi and Momauk since 2024.' },
  ],
});

/** The 2020 election in Mansi: another election than the 2025-26 one, though named the same. */
export const POLL_2020 = kbArticle({
  source: 'Northern Ballot Monitor', published: '2020-10-20', title: 'Voting cancelled in parts of Kachin',
  body: 'The UEC said voting on 8 November will not be held in 12 village tracts in Mansi.',
  events: [],
  elections: [{ ...poll(township(MANSI), 12, '12 village tracts in Mansi', '2020-10-16'), election: 'general election', phase: null, polling_date: '2020-11-08' }],
});

export const LAIZA = kbArticle({
  source: 'Laiza Weekly', published: '2024-03-09', title: 'KIA seizes Momauk',
  body: 'The KIA captured Momauk town on 7 March after three days of fighting.',
  events: [{
    event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory', date: '2024-03-07', actors: [KIA, JUNTA], location: MOMAUK,
    fatalities: null, evidence: 'The KIA captured Momauk town on 7 March after three days of fighting.',
  }],
});

export const BULLETIN = kbArticle({
  source: 'Bhamo Bulletin', published: '2025-06-05', title: 'Fighting in KIA-held Momauk',
  body: 'Junta troops clashed with the KIA in Momauk town on 3 June.',
  events: [clash('2025-06-03', MOMAUK, null, 'Junta troops clashed with the KIA in Momauk town on 3 June.')],
});

export const POLL_WATCH = kbArticle({
  source: 'Election Watch', published: '2026-01-02', title: 'UEC revises Mansi list',
  body: 'A revised UEC list dated 30 December excludes 45 village tracts in Mansi Township from phase three.',
  events: [],
  elections: [poll(township(MANSI), 45, 'excludes 45 village tracts in Mansi Township', '2025-12-30')],
});

const kale = (source: string, published: string, actor: ActorOut, body: string) => kbArticle({
  source, published, title: 'Attack in Shwegu', body,
  events: [{ event_type: 'Battles', sub_event_type: 'Armed clash', date: '2025-09-01', actors: [actor, JUNTA], location: SHWEGU, fatalities: 2, evidence: body }],
});
export const FRONT_REPORT = kale('Shweli Observer', '2025-09-02', FRONT, 'The Kachin Revolutionary Front attacked troops in Shwegu on 1 September.');
export const FORCES_REPORT = kale('Kachin News Wire', '2025-09-03', FORCES, 'Kachin Revolutionary Forces fighters attacked soldiers in Shwegu on 1 September.');

const strike = (date: string, fatalities: number, evidence: string) => ({
  event_type: 'Explosions/Remote violence' as const, sub_event_type: 'Air/drone strike' as const, date, actors: [JUNTA, CIVILIANS_MM],
  location: HPAPUN, fatalities, evidence,
});
export const SALWEEN = kbArticle({
  source: 'Salween Times', published: '2025-05-03', title: 'Monastery reportedly hit',
  body: 'An air strike reportedly hit a monastery in Hpapun on 1 May, killing seven civilians, according to residents.',
  events: [strike('2025-05-01', 7, 'An air strike reportedly hit a monastery in Hpapun on 1 May')],
  claims: [{ text: 'An air strike reportedly hit a monastery in Hpapun on 1 May, killing seven civilians', claimant: { name: 'residents' }, hedged: true, evidence: 'An air strike reportedly hit a monastery in Hpapun on 1 May, killing seven civilians' }],
});
export const KAREN_DESK = kbArticle({
  source: 'Karen News Desk', published: '2025-05-06', title: 'KNU says seven killed',
  body: 'Seven civilians were killed when junta aircraft bombed a monastery in Hpapun on 1 May, the KNU said.',
  events: [strike('2025-05-01', 7, 'Seven civilians were killed when junta aircraft bombed a monastery in Hpapun on 1 May')],
  claims: [{ text: 'Seven civilians were killed when junta aircraft bombed a monastery in Hpapun on 1 May', claimant: KNU, hedged: false, evidence: 'Seven civilians were killed when junta aircraft bombed a monastery in Hpapun on 1 May' }],
});

/** A village-level control fact, for the order test: the clash at Sinkhan (JOURNAL) comes after it. */
export const SINKHAN_HELD = kbArticle({
  source: 'Kachin Valley Times', published: '2025-02-01', title: 'KIA holds Sinkhan',
  body: 'The KIA has held Sinkhan village since January 2025.',
  events: [],
  control: [{ place: SINKHAN, controller: KIA, status: 'controlled', since: '2025-01', how: 'captured', evidence: 'The KIA has held Sinkhan village since January 2025.' }],
});

export const KB_SAMPLES: readonly SampleArticle[] = [
  FRONTLINE, JOURNAL, RIVER_POST, BALLOT, LAIZA, BULLETIN, POLL_WATCH, FRONT_REPORT, FORCES_REPORT, SALWEEN, KAREN_DESK,
];
