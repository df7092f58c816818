// "the alliance", "the group", "the brigade" refer back to the last organisation of that sort
// named before them; they become mentions of it, so events and claims get the right actor.
import type { ActorEntry } from '../../core/pack.js';
import type { ActorMention } from '../layers.js';
import { NON_STATE_SIDE_KINDS } from '../../core/actor-kinds.js';

// ("the same group": "same" may stand before the noun.)
// ("the Ta'ang group", "the Kokang group": a people's name may qualify the noun; group 2.)
const ANAPHOR = /\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:same\s+)?(?:([A-Z][a-z]+(?:['’][a-z]+)?)\s+(?=group\b))?(group|alliance|brigade|organi[sz]ation|movement|front|coalition|militia|rebels|insurgents|fighters|militants|paramilitaries)\b/g;
const NAME_AFTER = /^ \p{Lu}\p{Ll}/u;

export function resolveAnaphora(text: string, from: number, to: number, mentions: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  const slice = text.slice(from, to);
  ANAPHOR.lastIndex = 0;
  for (let m = ANAPHOR.exec(slice); m; m = ANAPHOR.exec(slice)) {
    const start = from + m.index, end = start + m[0].length;
    if (mentions.some((a) => a.start < end && start < a.end)) continue;
    // "The Meitei group Arambai Tenggol": the noun introduces the name after it, refers to nothing before.
    if (NAME_AFTER.test(text.slice(end, end + 3))) continue;
    // The last earlier mention of an organisation (of an alliance, for "the alliance", when there
    // is one), looking back from the end: no filtered copy of the mentions per match.
    let last: ActorMention | undefined;
    let fit: ActorMention | undefined;
    // "the alliance" wants an alliance; "the rebels" a rebel group over a militia named since
    // ("M23 rebels … the army and the Wazalendo militia withdrew … the rebels"), when there is one.
    const noun = m[2]!.toLowerCase();
    const want = noun === 'alliance' ? 'alliance' : noun === 'rebels' || noun === 'insurgents' ? 'rebel' : null;
    // "the Ta'ang group": the last organisation whose name holds that word, when one was named.
    const qualifier = m[1]?.toLowerCase();
    for (let k = mentions.length - 1; k >= 0 && !fit; k--) {
      const a = mentions[k]!;
      if (!isPrior(a, start)) continue;
      last ??= a;
      if (qualifier ? [a.actor.name, ...a.actor.aliases].some((n) => n.toLowerCase().includes(qualifier)) : !want || a.actor.kind === want) fit = a;
    }
    const ref = qualified(text, fit ?? last, mentions);
    if (ref) out.push({ start, end, actor: ref.actor });
  }
  out.push(...headNounReferences(text, from, to, mentions));
  return out;
}

/** Between a group and a mention in a relative clause about it: "\"Yangon Thunderbolt Force\", which is under the command of …". */
const SENTENCE_END = /[.;!?]\s/;
const RELATIVE_BETWEEN = /^["”’]?,\s+(?:which|who)\s[^.;!?]*$/;
/** "members of the X Force, which is under the command of the PDF … members of the group": a group
 * named in a relative clause only describes the one it follows, which "the group" refers back to. */
function qualified(text: string, ref: ActorMention | undefined, mentions: readonly ActorMention[]): ActorMention | undefined {
  if (!ref) return ref;
  for (let k = mentions.indexOf(ref) - 1; k >= 0; k--) {
    const b = mentions[k]!;
    if (b.end > ref.start) continue;
    const between = text.slice(b.end, ref.start);
    if (SENTENCE_END.test(between)) break;
    if (RELATIVE_BETWEEN.test(between) && isPrior(b, ref.start)) return b;
  }
  return ref;
}

/** Whether `a`, before `start`, is an organisation an anaphor can refer back to. */
const isPrior = (a: ActorMention, start: number): boolean => a.end <= start
  && (a.actor.kind === 'unknown' ? /\b(?:Forces?|Army|Front|Group|Alliance)$/.test(a.actor.name) : NON_STATE_SIDE_KINDS.has(a.actor.kind));

const HEAD = /\b[Tt]he\s+(\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu})/gu;

/** "the Brotherhood" after "the Chin Brotherhood alliance", "the Council" after "the Chinland
 * Council": a capitalised head noun alone names the last organisation whose name ends with it. */
function headNounReferences(text: string, from: number, to: number, mentions: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  const slice = text.slice(from, to);
  /** Per head noun, the actors (of this document's mentions) with a name ending in it: the same
   * actor is mentioned many times, and each mention read every name of it again. */
  const ending = new Map<string, Map<ActorEntry, boolean>>();
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(slice); m; m = HEAD.exec(slice)) {
    const start = from + m.index + m[0].length - m[1]!.length, end = from + m.index + m[0].length;
    if (mentions.some((a) => a.start < end && start < a.end)) continue;
    const head = ` ${m[1]!.toLowerCase()}`;
    let ends = ending.get(head);
    if (!ends) ending.set(head, (ends = new Map()));
    // The last such mention before it, looking back from the end (no reversed copy per match).
    for (let k = mentions.length - 1; k >= 0; k--) {
      const a = mentions[k]!;
      if (a.end > start || a.actor.kind === 'person' || a.actor.kind === 'outlet') continue;
      let ok = ends.get(a.actor);
      if (ok === undefined) ends.set(a.actor, (ok = endsWithHead(a.actor, head)));
      if (ok) { out.push({ start, end, actor: a.actor }); break; }
    }
  }
  return out;
}

/** Whether one of the actor's names of several words ends with `head` (" council"), lower-cased.
 * Read without lower-casing copies (most entries are fresh per article, so nothing is cached). */
function endsWithHead(a: ActorEntry, head: string): boolean {
  if (nameEndsWith(a.name, head)) return true;
  for (const n of a.aliases) if (nameEndsWith(n, head)) return true;
  return false;
}

/**
 * `n.toLowerCase().endsWith(head)`, `head` lower-cased and starting with a space (so a match
 * is a name of several words). Compared from the end: while the characters read are ASCII, each
 * lower-cases to one character, so they are the end of the lower-cased name; any other one
 * (which may lower-case to two) sends the name to the definition.
 */
export function nameEndsWith(n: string, head: string): boolean {
  const from = n.length - head.length;
  if (from < 0) return n.toLowerCase().endsWith(head);
  for (let i = head.length - 1; i >= 0; i--) {
    let c = n.charCodeAt(from + i);
    if (c >= 128) return n.toLowerCase().endsWith(head);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== head.charCodeAt(i)) return false;
  }
  return true;
}
