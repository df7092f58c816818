// Hand-built articles with valid `extraction/v1` results, for store, API and browser tests (until
// the pipeline exists, and afterwards as small exact cases). Spans are computed from evidence.
import { createDoc, normaliseText, type Doc } from '../../src/core/doc.js';
import type { ActorOut, EventOut, Extraction, LocationOut } from '../../src/core/schema.js';
import { validateExtraction } from '../../src/core/validate.js';

export interface SampleArticle {
  doc: Doc;
  extraction: Extraction;
}

export const MILITARY: ActorOut = { name: 'Military Forces of Myanmar', aliases: ['junta', 'Tatmadaw', 'SAC'] };
export const TNLA: ActorOut = { name: "Ta'ang National Liberation Army", aliases: ['TNLA', 'Ta’ang National Liberation Army'] };
export const PDF: ActorOut = { name: 'People\'s Defence Force, "Yaw" battalion', aliases: ['PDF'] };
export const CIVILIANS: ActorOut = { name: 'Civilians (Myanmar)' };

export const HSIPAW: LocationOut = {
  name: 'Hsipaw', country: 'MM', admin1: 'Shan', admin1_pcode: 'MMR015', admin3: 'Hsipaw',
  admin3_pcode: 'MMR015014', lat: 22.6189, lon: 97.2981, precision: 'town',
};
export const PAKOKKU: LocationOut = {
  name: 'Pakokku', country: 'MM', admin1: 'Magway', admin1_pcode: 'MMR009', admin3: 'Pakokku',
  admin3_pcode: 'MMR009009', lat: 21.332, lon: 95.0866, precision: 'township',
};
export const MANDALAY_STATE: LocationOut = {
  name: 'Mandalay', country: 'MM', admin1: 'Mandalay', admin1_pcode: 'MMR010', admin3: null,
  admin3_pcode: null, lat: null, lon: null, precision: 'state',
};

type EventSpec = Omit<EventOut, 'span' | 'date_end'> & { evidence: string; date_end?: string | null };

export interface ArticleSpec {
  source: string;
  published: string;
  title: string;
  body: string;
  events: EventSpec[];
  quotes?: Extraction['quotes'];
  claims?: Extraction['claims'];
}

function spanOf(text: string, evidence: string): { start: number; end: number } {
  const at = text.indexOf(evidence);
  if (at < 0) throw new Error(`evidence not in text: ${evidence}`);
  return { start: at, end: at + evidence.length };
}

export function buildArticle(spec: ArticleSpec): SampleArticle {
  const text = normaliseText(`${spec.source}\n${spec.published}\n${spec.title}\n\n${spec.body}`);
  const bodyStart = text.indexOf(spec.body.trim().slice(0, 20));
  const doc = createDoc(text, { source: spec.source, published: spec.published, title: spec.title }, {
    start: bodyStart, end: text.length,
  });
  const withSpan = <T extends { evidence?: string }>(item: T): T =>
    item.evidence ? { ...item, span: spanOf(text, item.evidence) } : item;
  const extraction = validateExtraction({
    schema: 'extraction/v1',
    article: { source: spec.source, published: spec.published, title: spec.title },
    events: spec.events.map((e) => withSpan({ date_end: null, ...e })),
    quotes: (spec.quotes ?? []).map(withSpan),
    claims: (spec.claims ?? []).map(withSpan),
    control: [],
    elections: [],
  });
  return { doc, extraction };
}

export const HSIPAW_ARTICLE = buildArticle({
  source: 'Namtu River Post',
  published: '2025-10-22',
  title: 'Army retakes Hsipaw as TNLA pulls out',
  body: `The military regime recaptured Hsipaw town in northern Shan State on Sunday, residents said.

A landmine killed three villagers fleeing Hsipaw on Monday.

"We withdrew to protect civilians," a TNLA spokesperson told the Namtu River Post.`,
  events: [
    {
      event_type: 'Battles', sub_event_type: 'Government regains territory', date: '2025-10-19',
      actors: [MILITARY, TNLA], location: HSIPAW, fatalities: 12,
      evidence: 'The military regime recaptured Hsipaw town in northern Shan State on Sunday',
    },
    {
      event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED', date: '2025-10-20',
      actors: [CIVILIANS], location: HSIPAW, fatalities: 3,
      evidence: 'A landmine killed three villagers fleeing Hsipaw on Monday',
    },
  ],
  quotes: [{ text: 'We withdrew to protect civilians', direct: true, speaker: { name: 'TNLA spokesperson' }, evidence: 'We withdrew to protect civilians' }],
  claims: [{ text: 'residents said', claimant: { name: 'residents' }, hedged: false, evidence: 'residents said' }],
});

export const PAKOKKU_ARTICLE = buildArticle({
  source: 'Yaw Valley Reporter',
  published: '2025-07-09',
  title: 'Resistance raid near Pakokku',
  body: `Fighters of the People's Defence Force, "Yaw" battalion, attacked a junta outpost in Pakokku Township from July 6 to July 8.

The outpost later burned.`,
  events: [
    {
      event_type: 'Battles', sub_event_type: 'Armed clash', date: '2025-07-06', date_end: '2025-07-08',
      actors: [PDF, MILITARY], location: PAKOKKU, fatalities: null,
      evidence: 'attacked a junta outpost in Pakokku Township from July 6 to July 8',
    },
  ],
});

/** Article text that is HTML-looking on purpose: every rendering must keep it inert text. */
export const XSS_ARTICLE = buildArticle({
  source: 'Mandalay <b>Free</b> Press',
  published: '2025-03-15',
  title: 'Protest <script>window.__xss = 1</script>',
  body: `Students marched in Mandalay Region in March <img src=x onerror="window.__xss = 1"> chanting slogans.

=HYPERLINK("http://example.invalid","click") was painted on a wall.`,
  events: [
    {
      event_type: 'Protests', sub_event_type: 'Peaceful protest', date: '2025-03',
      actors: [{ name: 'Protesters (Myanmar)' }], location: MANDALAY_STATE, fatalities: null,
      evidence: 'Students marched in Mandalay Region in March <img src=x onerror="window.__xss = 1">',
    },
    {
      event_type: 'Strategic developments', sub_event_type: 'Other', date: null,
      actors: [{ name: '=cmd|\' /C calc\'!A0' }], location: null, fatalities: null,
      evidence: '=HYPERLINK("http://example.invalid","click") was painted on a wall.',
    },
  ],
});

export const SAMPLE_ARTICLES: readonly SampleArticle[] = [HSIPAW_ARTICLE, PAKOKKU_ARTICLE, XSS_ARTICLE];
