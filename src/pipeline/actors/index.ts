// The actors stage: registry actors by any alias, military units ("Light Infantry Battalion
// 562", "LIB 562") as the state force, and unknown organisations kept as new actors for review.
import type { ActorEntry } from '../../core/pack.js';
import { need, type Stage } from '../../core/pipeline.js';
import type { ActorMention, Layers } from '../layers.js';
import { tokenize } from '../lexicon/tokens.js';
import { actorLexicon } from './registry-matcher.js';
import { findUnits, findUnknownOrganisations } from './patterns.js';

export const actorsStage: Stage<Layers> = {
  name: 'actors',
  requires: ['blocks'],
  assigns: ['actors'],
  run(ctx) {
    const { text } = ctx.doc;
    const lex = actorLexicon(ctx.pack);
    const out: ActorMention[] = [];
    for (const b of need(ctx, 'blocks')) {
      if (b.kind === 'header') continue;
      const tokens = tokenize(text, b.start, b.end);
      const taken: [number, number][] = [];
      for (const u of lex.stateForce ? findUnits(text, b.start, b.end) : []) {
        out.push({ ...u, actor: lex.stateForce! });
        taken.push([u.start, u.end]);
      }
      for (const m of lex.matcher.match(tokens, text)) {
        if (taken.some(([s, e]) => m.start < e && s < m.end)) continue;
        const surface = text.slice(m.start, m.end);
        if (!lex.lowerOk.has(m.key) && surface === surface.toLowerCase()) continue;
        if (surface.length <= 6 && /^\p{Lu}/u.test(surface) && !isAcronymOk(surface, m.values)) continue;
        out.push({ start: m.start, end: m.end, actor: pick(m.values) });
        taken.push([m.start, m.end]);
      }
      for (const u of findUnknownOrganisations(text, b.start, b.end)) {
        if (taken.some(([s, e]) => u.start < e && s < u.end)) continue;
        out.push(u);
      }
    }
    ctx.layers.actors = out.sort((a, b) => a.start - b.start);
  },
};

/** "Aa" is not "AA": a short name written with capitals must match an alias's capitals. */
function isAcronymOk(surface: string, values: readonly ActorEntry[]): boolean {
  return values.some((a) => [a.name, ...a.aliases].some((n) => n === surface || n.toLowerCase() !== n || surface !== surface.toUpperCase()))
    && (surface !== surface.toUpperCase() || values.some((a) => [a.name, ...a.aliases].some((n) => n.toUpperCase() === surface && n === n.toUpperCase())));
}

/** Several actors share an alias: prefer organisations over people, then registry order. */
function pick(values: readonly ActorEntry[]): ActorEntry {
  return values.find((a) => a.kind !== 'person') ?? values[0]!;
}
