// "Karenni resistance forces have held Shadaw since 2023", "Depayin, which is largely under the
// control of resistance forces": a story names the resistance group once and then speaks of
// "resistance forces". For statements of control only, such a phrase stands for the armed
// non-state group named most often before it (one whose name holds the qualifier, "Karenni", when given).
import type { Layers } from '../layers.js';
import { ARMED_GROUP_KINDS } from '../../core/actor-kinds.js';

type Mention = Layers['actors'][number];

// The phrase is found by its literal head, the capitalised qualifier before it read from there:
// one /u pattern over the whole text, with an optional word before its literal, cost 50 µs a story.
const GENERIC = /[Rr]esistance\s+(?:forces|fighters|groups?|troops|army)\b/g;
const QUALIFIER_BEFORE = /(?:^|[^\p{L}\p{N}_])(\p{Lu}\p{Ll}+)\s+$/u;
const WORD_BEFORE = /\w/;
/** Words before "resistance" that name no people. */
const NOT_QUALIFIER = /^(?:the|local|armed|other|its|their|some|many|several|allied|all)$/i;

/** The mentions the generic phrases of `text` stand for (none where an actor already covers the phrase). */
export function genericHolders(text: string, actors: readonly Mention[]): Mention[] {
  if (!/resistance/i.test(text)) return [];
  const out: Mention[] = [];
  for (const g of text.matchAll(GENERIC)) {
    const at = g.index!;
    if (WORD_BEFORE.test(text.charAt(at - 1))) continue; // ("Antiresistance": no word start)
    // The capitalised word right before, unless the 40-character window cut it.
    const from = Math.max(0, at - 40);
    const q = QUALIFIER_BEFORE.exec(text.slice(from, at));
    const qStart = q ? at - q[1]!.length - (q[0].length - q[0].trimEnd().length) : -1;
    const word = q && (qStart > from || !WORD_BEFORE.test(text.charAt(from - 1))) ? q[1]! : null;
    const start = word ? qStart : at, end = at + g[0].length;
    if (actors.some((a) => a.start < end && start < a.end)) continue;
    const qualifier = word && !NOT_QUALIFIER.test(word) ? word.toLowerCase() : null;
    const prior = actors.filter((a) => a.end <= start && ARMED_GROUP_KINDS.has(a.actor.kind)).sort((a, b) => a.end - b.end);
    const fit = qualifier ? prior.filter((a) => [a.actor.name, ...a.actor.aliases].some((n) => n.toLowerCase().includes(qualifier))) : prior;
    // The group named most often before it (the latest of equals): a group named once in passing
    // ("after the TNLA pulled out") is less likely meant than the story's own resistance group.
    const count = new Map<Mention['actor'], number>();
    for (const a of fit) count.set(a.actor, (count.get(a.actor) ?? 0) + 1);
    const ref = fit.reduce<Mention | undefined>((best, a) => (!best || count.get(a.actor)! >= count.get(best.actor)! ? a : best), undefined);
    if (ref) out.push({ start, end, actor: ref.actor });
  }
  return out;
}
