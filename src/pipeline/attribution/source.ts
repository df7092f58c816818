// Who is speaking: the subject left of a speech verb (a person, a pronoun, an organisation, an
// unnamed source such as "residents"). The subject opening a span and the noun phrase after
// "according to": leading-source.ts; the subjects no list names: unlisted-subject.ts.
import type { ActorEntry } from '../../core/pack.js';
import type { Layers } from '../layers.js';
import type { Person } from '../people/index.js';
import { CITING, NAMED_BACK_HEADS } from './lexicon.js';
import { lastBeforeWhere, lastWithin } from './spans.js';
import { pronounPerson } from './pronoun.js';
import { cleanUnnamed, initialismBefore, ownerBody, withOwner } from './unnamed-name.js';
import { roleBack } from './role-back.js';
import { UNNAMED_FILTER, unnamedAtEnd } from './unnamed-source.js';
import { heSheAtEnd, itTheyAtEnd, withoutAdverb } from './source-ends.js';
import { statementAuthor } from './statement-author.js';
import { firstConjunct } from './joint-subject.js';
import { APPOSITIVE_CLAUSE, BODY_APPOSITION, BODY_NAMED, GROUP_OUTLET, NON_STATE_ORG, ORG_KINDS, THROUGH_ASIDE, WHO_CLAUSE, previousOpener } from './subject-shapes.js';
import { lastOrgBefore, unlistedSubject } from './unlisted-subject.js';

/** A pronoun subject, its first verb and that verb's clause, then "and" before the speech verb. */
const SHARED_SUBJECT = /^(\s*(?:It|They|He|She))\s+(?:also\s+|later\s+)?([a-z]+(?:ed|s))\b[^.;:]*\s+and\s+(?:also\s+|later\s+)?$/;
/** First verbs that charge (CHARGE_VERBS reads their whole clause as the claim). */
const CHARGE_FIRST = /^(?:described|describes|accused|accuses|blamed|blames|called|calls)$/;
/** The comma that sets off a tail source ("…, he said"). */
const COMMA_BEFORE = /,\s*$/;

export type Source =
  | { kind: 'person'; person: Person; start: number; end: number }
  | { kind: 'actor'; actor: ActorEntry; start: number; end: number; surface: string }
  | { kind: 'unnamed'; name: string; start: number; end: number; owner?: string };

/** An appositive or short adverbial between subject and verb: ", a spokesman for the AA,",
 * "forces" / "'s Dooplaya District" (the organisation's troops or one of its districts),
 * "'s True News Information Team" (a unit or office of the organisation named), "statement
 * released on Monday" (the office's text, dated). */
const GAP_OK = /^(?:[–-]\p{Lu}[\p{L}]+)?(?:['’]s)?(?:\s+(?:[\w-]+\s+){0,3}?(?:[Bb]attalion|[Uu]nits?|[Bb]rigade|fighters|forces|troops|[Dd]istrict|[Bb]ranch|[Hh]eadquarters|officials?|statement|(?:press\s+)?note|bulletin|broadcast|newscast|news|leaders?|leadership|spokes\w+|[Oo]ffice|[Cc]ommand|media arm|[Ww]ing|[Tt]eam|[Ee]mbassy|[Mm]inistry|[Gg]overnment|[Aa]rmy|military|police|[Dd]epartment|[Cc]ouncil)(?:\s+\d+)?(?:\s+(?:from|in|of|based in)\s+[\p{L}\s-]{1,30})?(?:\s+(?:released|issued|posted|published)\s+(?:on|late on|early on|last)\s+\w+)?)?(?:\s*,[^"“”]{0,160},)?\s*(?:also|later|then|(?:had|has|have)(?:\s+(?:long|repeatedly|previously|often|always|also|already))?|on\s+\w+|in\s+a\s+statement)?\s*$/u;

// The tests of the text between a candidate source and the verb (constants: a regex literal is
// a new object at each evaluation, and these run for every candidate of every speech verb).
const ONLY_COMMA = /^\s*,\s*$/;
const COMMA_END = /,\s*$/;
const CLOSE_TO = /^\s+close\s+to\s+(?:the\s+)?$/i;
const LEADING_PARENS = /^\s*\([^)]*\)/;
const APPOSITION_OPEN = /,\s+(?:the\s+)?$/;
const ADJACENT_GAP = /^\s*(?:\([^)]*\))?\s*$/;
/** "…, which operates the port, had earlier told": the auxiliary and adverb before the verb, off the relative clause. */
const AUX_AT_END = /,\s*(?:had|has|have)(?:\s+(?:earlier|previously|already|since|also|long|repeatedly))?\s*$/;
const IN_WHICH_IT = /\b(?:in|through|with)\s+which\s+it$/i;
/** A capital after the first letter: a name in the subject. */
const NAME_AFTER_FIRST = /\p{Lu}/u;
const FIGHTERS_HEAD = /\b(?:fighters?|combatants?)$/i;

/** What `sourceBefore` reads: the actors and people found, and the pack's nouns that name back an
 * organisation ("the group", "the junta": state-words.ts). */
export type SourceCtx = Pick<Layers, 'actors'> & { people: readonly Person[]; anaphoricOrgs: RegExp };

/** `topic`: the organisation whose statement the story is reporting, for "it said" / "the group said". */
export function sourceBefore(text: string, sentStart: number, verbStart: number, layers: SourceCtx, storyPeople: readonly Person[], topic?: ActorEntry): Source | null {
  const left = text.slice(sentStart, verbStart);
  const cited = CITING.exec(left);
  if (cited) return sourceBefore(text, sentStart, sentStart + cited.index, layers, storyPeople, topic);
  // "It described the three as members of a \"terrorist\" cell and said they had confessed": the
  // second verb shares the sentence's pronoun subject; the nouns of the first verb's object are no
  // source. A charge's whole clause is the claim (charges.ts), so none here; else the pronoun speaks.
  const shared = left.length > 20 && left.endsWith(' and ') ? SHARED_SUBJECT.exec(left) : null;
  if (shared) return CHARGE_FIRST.test(shared[2]!) ? null : sourceBefore(text, sentStart, sentStart + shared[1]!.length + 1, layers, storyPeople, topic);
  // "A statement by the Sagaing information team, carried by the Kyemon daily, said …": the statement's author speaks.
  const author = statementAuthor(text, sentStart, left, layers);
  if (author) return author;
  // "Islamic State, through its propaganda channel Amaq, claimed …": the medium between commas is no subject.
  const through = left.length > 20 && (left.includes(', through ') || left.includes(', via ')) ? THROUGH_ASIDE.exec(left) : null;
  if (through && through.index > 0) {
    const head = sourceBefore(text, sentStart, sentStart + through.index, layers, storyPeople, topic);
    if (head) return head;
  }
  // "The group's Radio Andalus said …": a group's own outlet speaks for the group last named.
  const outletOf = left.length < 60 && GROUP_OUTLET.test(left) && !layers.people.some((p) => p.start >= sentStart && p.end <= verbStart) ? lastBeforeWhere(layers.actors, sentStart, (a) => NON_STATE_ORG.has(a.actor.kind)) : undefined;
  if (outletOf) {
    const surface = left.trim();
    return { kind: 'actor', actor: outletOf.actor, start: sentStart + left.indexOf(surface), end: sentStart + left.indexOf(surface) + surface.length, surface };
  }
  // "A security official, who asked not to be named, said …": the subject stands before the relative clause.
  const rel = left.length > 20 && left.includes(', wh') ? WHO_CLAUSE.exec(left.replace(AUX_AT_END, ',')) : null;
  if (rel && rel.index > 0) return sourceBefore(text, sentStart, sentStart + rel.index, layers, storyPeople, topic);
  // "The YASG, a small cell that says it answers to the NUG's Ministry of Defence, said": a
  // description with its own clause stands in apposition; its inner nouns are not the subject.
  const appos = left.length > 30 && (left.includes(' that ') || left.includes(' which ') || left.includes(' who ')) ? APPOSITIVE_CLAUSE.exec(left) : null;
  if (appos && appos.index > 0) {
    const head = sourceBefore(text, sentStart, sentStart + appos.index, layers, storyPeople, topic);
    if (head) return head;
    // "The Emergency Lawyers, a group that documents abuses, said": a title-case name the appositive calls a body.
    const named = BODY_NAMED.exec(left.slice(0, appos.index));
    if (named && BODY_APPOSITION.test(appos[0])) {
      const name = named[1]!;
      const start = sentStart + named.index + named[0].length - name.length;
      return { kind: 'actor', actor: { id: `new:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, name, aliases: [], kind: 'organisation', inter: null }, start, end: start + name.length, surface: name };
    }
  }
  // "Residents also said", "It later said": the adverb between subject and verb is left out.
  const trimmed = withoutAdverb(left.trimEnd()); // the same white space as \s
  const itPron = itTheyAtEnd(trimmed);
  // "It said …" opening the sentence, or "…, it added." ending it.
  // ("… released a video on Monday in which it claimed …": the relative's "it" is the organisation too.)
  if (itPron && (trimmed.length - itPron[1]!.length < 40 || COMMA_END.test(trimmed.slice(-itPron[1]!.length - 3, -itPron[1]!.length)) || IN_WHICH_IT.test(trimmed))) {
    // "Myawady, the military's channel, did not mention the loss. It said …": "it" opening the
    // sentence names the organisation the sentence before opened on, over the story's last speaker.
    // ("The ARSA released a video in which it claimed": the organisation of the sentence, not the story's last speaker.)
    const own = IN_WHICH_IT.test(trimmed) ? lastOrgBefore(layers.actors, verbStart) : undefined;
    if (own && own.start >= sentStart) return { kind: 'actor', actor: own.actor, start: verbStart - itPron[1]!.length - 1, end: verbStart - 1, surface: itPron[1]! };
    const opener = /^it$/i.test(itPron[1]!) ? previousOpener(text, sentStart, layers.actors) : undefined;
    if (opener && typeof opener === 'string') return { kind: 'unnamed', name: opener, start: verbStart - itPron[1]!.length - 1, end: verbStart - 1 };
    if (opener && typeof opener !== 'string') return { kind: 'actor', actor: opener.actor, start: verbStart - itPron[1]!.length - 1, end: verbStart - 1, surface: itPron[1]! };
    if (topic) return { kind: 'actor', actor: topic, start: verbStart - itPron[1]!.length - 1, end: verbStart - 1, surface: itPron[1]! };
    const prev = lastOrgBefore(layers.actors, verbStart - itPron[1]!.length);
    if (prev) return { kind: 'actor', actor: prev.actor, start: verbStart - itPron[1]!.length - 1, end: verbStart - 1, surface: itPron[1]! };
  }
  const pron = heSheAtEnd(trimmed);
  if (pron) {
    const at = verbStart - pron[1]!.length - 1;
    let p = pronounPerson(text, storyPeople, verbStart, pron[1]!);
    // "…, including U Tun Shein, he said": a person named inside the words the tail reports is not
    // who "he" is (only one opening the sentence may be): the speaker is named before the sentence.
    if (p && p.start > sentStart + 3 && p.start < at && COMMA_BEFORE.test(text.slice(Math.max(sentStart, at - 4), at))) p = pronounPerson(text, storyPeople, sentStart + 3, pron[1]!);
    return p ? { kind: 'person', person: p, start: at, end: verbStart } : null;
  }
  // The name may close an apposition: "A PDF spokesman, Ko Thura Aung, told Myanmar Now that …".
  const person = lastWithin(layers.people, sentStart, verbStart, (p) => GAP_OK.test(text.slice(p.end, verbStart).replace(ONLY_COMMA, '')));
  // Only read without a person and with a source noun about (the stage's costliest scan). In
  // "…, among them two mothers of men on the list, relatives said" the source right before the verb wins.
  // "One of them, a retired teacher, told us …": an unnamed source in apposition, its closing comma before the verb.
  // (Only after a subject with no name of its own: "The Thegon Revolution Force, a local resistance group," is the group.)
  const opening = trimmed.endsWith(',') ? trimmed.lastIndexOf(',', trimmed.length - 2) : -1;
  const apposed = !person && opening > 0 && !NAME_AFTER_FIRST.test(trimmed.slice(1, opening)) ? trimmed.slice(0, -1) : trimmed;
  const cut = apposed.lastIndexOf(',');
  const un = person || !UNNAMED_FILTER.mayMatch(apposed.toLowerCase())[0] ? null : (cut >= 0 ? unnamedAtEnd(apposed.slice(cut)) : null) ?? unnamedAtEnd(apposed);
  // An organisation named right before the verb wins over an unnamed noun further left
  // ("… six people in shallow graves, the PDF said").
  // (Not looked for after a person: the person is the source then.)
  // "A joint force of the Dawei District PDF and the KNLA's 4th Brigade said", "The KIA and the allied PDF said":
  // a joint subject's first named body is its claimant (the annotated stories name the first).
  const joint = person || !left.includes(' and ') ? null : firstConjunct(text, sentStart, verbStart, layers.actors);
  if (joint) return joint;
  const adjacent = person ? undefined : lastWithin(layers.actors, sentStart, verbStart, (a) => ADJACENT_GAP.test(text.slice(a.end, verbStart)));
  const headEnd = un ? sentStart + apposed.length - un[0].trimStart().length + un[1]!.length : 0;
  // "A source close to the military told …": the source, not the military.
  if (un && adjacent && adjacent.start > headEnd && CLOSE_TO.test(text.slice(headEnd, adjacent.start))) {
    const start = headEnd - un[1]!.trim().length;
    return { kind: 'unnamed', name: `${cleanUnnamed(un[1]!.trim())} ${text.slice(headEnd, adjacent.end).trim()}`, start, end: adjacent.end };
  }
  if (adjacent && !person && (!un || adjacent.start > headEnd)) {
    return { kind: 'actor', actor: adjacent.actor, start: adjacent.start, end: adjacent.end, surface: text.slice(adjacent.start, adjacent.end) };
  }
  if (un && !person) {
    const phrase = un[1]!.trim();
    const start = sentStart + apposed.length - un[0].trimStart().length;
    // "the Mon State Federal Council said": a named organisation, not an unnamed council.
    // "KIA fighters said": a group's fighters speak for the group; only "resistance fighters" are unnamed.
    const named = layers.actors.find((a) => a.start >= start && (Math.abs(a.end - (start + phrase.length)) <= 2 || a.end < start + phrase.length && FIGHTERS_HEAD.test(phrase)));
    if (named) return { kind: 'actor', actor: named.actor, start: named.start, end: named.end, surface: text.slice(named.start, named.end) };
    // "The council said" after "Chinland Council forces …": the organisation last named with that head noun.
    const back = NAMED_BACK_HEADS.exec(phrase);
    const prev = back ? lastBeforeWhere(layers.actors, start, (a) => ORG_KINDS.has(a.actor.kind) && text.slice(a.start, a.end).toLowerCase().endsWith(back[1]!.toLowerCase())) : undefined;
    if (prev) return { kind: 'actor', actor: prev.actor, start, end: start + phrase.length, surface: phrase };
    // "A U.S. official said": the initialism the phrase's letters-only modifiers left out.
    const abbr = initialismBefore(text, start);
    const tail = text.slice(start + phrase.length, verbStart);
    // "An official at the Red Sea Ports Corporation said": the body the official speaks for, by its title-case name.
    const owner = ownerBody(tail);
    return roleBack(text, phrase, start, start + phrase.length, storyPeople) ?? { kind: 'unnamed', name: (abbr ? `${abbr} ` : '') + withOwner(cleanUnnamed(phrase), tail), start: start - (abbr ? abbr.length + 1 : 0), end: start + phrase.length, ...owner ? { owner } : {} };
  }
  if (person) return { kind: 'person', person, start: person.start, end: person.end };
  // "An urban guerrilla group, the NLF (Northern Liberation Front), said": the name closes an apposition.
  const actor = lastWithin(layers.actors, sentStart, verbStart, (a) => GAP_OK.test(text.slice(a.end, verbStart).replace(LEADING_PARENS, ''))
    || (ONLY_COMMA.test(text.slice(a.end, verbStart).replace(LEADING_PARENS, '')) && APPOSITION_OPEN.test(text.slice(Math.max(sentStart, a.start - 6), a.start))));
  if (actor) return { kind: 'actor', actor: actor.actor, start: actor.start, end: actor.end, surface: text.slice(actor.start, actor.end) };
  return unlistedSubject(text, sentStart, verbStart, trimmed, layers, topic);
}
