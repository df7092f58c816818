// The subject no person, listed actor or unnamed-source noun before the verb gave: the report the
// story was reporting, an acronym or title-case body the registry does not know, a noun naming
// back an organisation, an office named by its last words. Split from source.ts.
import type { ActorEntry } from '../../core/pack.js';
import type { ActorMention } from '../layers.js';
import { GROUP_BACK_HEADS, OUTLET_BACK_HEADS } from './lexicon.js';
import { lastBeforeWhere } from './spans.js';
import { theNounAtEnd } from './source-ends.js';
import { DESCRIBED_HEAD_AT_END, DESCRIBED_ORG, GROUP_THEN_NAME, NAMED_BODY, NAME_THEN_UNIT, NON_STATE_ORG, ORG_KINDS, UNIT_BACK, UNIT_HEAD_AT_END, namedUnitBefore } from './subject-shapes.js';
import type { Source, SourceCtx } from './source.js';

// "The same statement alleged", "the same defence ministry communiqué said" (not "the same reports": plural, they may be anyone's).
const THE_REPORT = /\b(?:the|its|their)\s+(?:same\s+(?:[\w'’-]+\s+){0,3}?(?=(?:report|statement|announcement|post|communiqu[eé]|notification)$))?(?:reports?|statement|announcement|post|communiqu[eé]|notification)$/i;
/** "the note claimed", "the group's press note said", "The Maoist note described": a document the story's last speaker issued. */
const THE_DOCUMENT = /\b(?:the|its|their)\s+(?:[\p{L}()'’-]+\s+){0,2}?(?:note|press\s+note|press\s+release|bulletin|leaflet|pamphlet|letter|video|communiqu[eé])$/iu;
const ACRONYM_AT_END = /(?:^|[\s,])([A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]+)?)$/;
const UP_TO_THE = /^.*?\b(the|its)\b/i;
/** The whole subject "The Yangon Night Owls" (after an opening adverbial at most): two to four title-case words. */
const THE_TITLED = /^(?:[^,;"“”]{0,30},\s+)?[Tt]he\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)$/u;

/** `trimmed`: the text from the sentence start to the verb, its adverb left out; `topic` as in sourceBefore. */
export function unlistedSubject(text: string, sentStart: number, verbStart: number, trimmed: string, layers: SourceCtx, topic?: ActorEntry): Source | null {
  // "The reports added that", "the statement said": the source the story was just reporting.
  // (Where the document's words stand: "The statement also accused …" keeps an adverb before the verb.)
  const doc = topic ? THE_REPORT.exec(trimmed) ?? THE_DOCUMENT.exec(trimmed) : null;
  if (topic && doc) return { kind: 'actor', actor: topic, start: sentStart + doc.index, end: sentStart + doc.index + doc[0].length, surface: 'the report' };
  // "M23 said": an acronym the registry does not know is still an organisation speaking.
  const acro = ACRONYM_AT_END.exec(trimmed);
  if (acro && !['I', 'AM', 'PM', 'TV'].includes(acro[1]!)) {
    const start = sentStart + trimmed.length - acro[1]!.length;
    return { kind: 'actor', actor: { id: `new:${acro[1]!.toLowerCase()}`, name: acro[1]!, aliases: [], kind: 'unknown', inter: null }, start, end: start + acro[1]!.length, surface: acro[1]! };
  }
  // "The Meitei group Arambai Tenggol denied": a name the registry does not know, told as a group's.
  const grouped = GROUP_THEN_NAME.exec(trimmed.slice(-80)) ?? NAME_THEN_UNIT.exec(trimmed.slice(-80));
  if (grouped) {
    const name = grouped[1]!;
    const start = sentStart + trimmed.length - name.length;
    return { kind: 'actor', actor: { id: `new:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, name, aliases: [], kind: 'organisation', inter: null }, start, end: start + name.length, surface: name };
  }
  // "The International Organization for Migration said", "The Air Component of Operation X said":
  // a body the registry does not know, named in title case on an agency's head noun, as the subject.
  const body = trimmed.length <= 90 ? NAMED_BODY.exec(trimmed) : null;
  if (body) {
    const name = body[1]!;
    const start = sentStart + body.index + body[0].length - name.length;
    return { kind: 'actor', actor: { id: `new:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, name, aliases: [], kind: 'organisation', inter: null }, start, end: start + name.length, surface: name };
  }
  // "The Yangon Night Owls said": a title-case name after "the", the whole subject, that no list
  // knows and the people stage took for no person, is a body's.
  const titled = trimmed.length <= 60 ? THE_TITLED.exec(trimmed) : null;
  if (titled) {
    const name = titled[1]!;
    const start = sentStart + titled.index + titled[0].length - name.length;
    return { kind: 'actor', actor: { id: `new:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, name, aliases: [], kind: 'organisation', inter: null }, start, end: start + name.length, surface: name };
  }
  const ana = theNounAtEnd(trimmed) ? layers.anaphoricOrgs.exec(trimmed.slice(-40).replace(UP_TO_THE, '$1')) : null;
  if (ana) {
    // "the command said" names back the organisation last named with that head noun ("United
    // States Africa Command"): a command is never the state's forces or a group at large.
    const head = ana[1]!.toLowerCase();
    // "The column denied …" names back a non-state armed group, "the paper claimed …" an outlet.
    const prev = head === 'command' ? lastBeforeWhere(layers.actors, sentStart, (a) => text.slice(a.start, a.end).toLowerCase().endsWith(head))
      : GROUP_BACK_HEADS.test(head) ? lastBeforeWhere(layers.actors, sentStart, (a) => NON_STATE_ORG.has(a.actor.kind))
      : OUTLET_BACK_HEADS.test(head) ? lastBeforeWhere(layers.actors, sentStart, (a) => a.actor.kind === 'outlet')
      : lastOrgBefore(layers.actors, sentStart);
    if (prev) return { kind: 'actor', actor: prev.actor, start: verbStart - ana[0].length - 1, end: verbStart - 1, surface: ana[0] };
  }
  // "The resistance alliance said": a described organisation is the first one the sentence before names.
  const described = trimmed.length > 10 && DESCRIBED_HEAD_AT_END.test(trimmed.slice(-14)) ? DESCRIBED_ORG.exec(trimmed) : null;
  if (described) {
    const start = sentStart + described.index + described[0].length - described[1]!.length;
    const prevStart = Math.max(text.lastIndexOf('. ', sentStart - 3), text.lastIndexOf('\n', sentStart - 2)) + 1;
    const first = /^\p{Lu}/u.test(described[1]!) ? undefined : layers.actors.find((a) => a.start >= prevStart && a.end <= sentStart && NON_STATE_ORG.has(a.actor.kind));
    if (first) return { kind: 'actor', actor: first.actor, start, end: start + described[1]!.length, surface: described[1]! };
    return { kind: 'unnamed', name: described[1]!, start, end: start + described[1]!.length };
  }
  // "…, the information team said": an office named back by its last words ("True News Information Team").
  const unit = trimmed.length > 8 && UNIT_HEAD_AT_END.test(trimmed.slice(-12)) ? UNIT_BACK.exec(trimmed) : null;
  if (unit) {
    const words = unit[1]!.replace(/\s+/g, ' ');
    const named = namedUnitBefore(text, sentStart, words.toLowerCase());
    const start = sentStart + unit.index + unit[0].length - unit[1]!.length;
    if (named) return { kind: 'actor', actor: { id: `new:${named.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, name: named, aliases: [words], kind: 'organisation', inter: null }, start, end: start + unit[1]!.length, surface: unit[1]! };
    return { kind: 'unnamed', name: words, start, end: start + unit[1]!.length };
  }
  return null;
}

/** The last organisation named before `pos` (`actors` sorted by start, as the actors layer is). */
export function lastOrgBefore(actors: readonly ActorMention[], pos: number): ActorMention | undefined {
  return lastBeforeWhere(actors, pos, (a) => ORG_KINDS.has(a.actor.kind));
}
