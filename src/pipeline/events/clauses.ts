// Event candidates: trigger words in story sentences (outside direct quotes), filtered for
// negation and modality, one candidate per clause and sub-type.
import type { SubEventType } from '../../core/schema.js';
import type { Block, Quotation, Sentence } from '../layers.js';
import { NEGATION, TRIGGERS } from './model/triggers.js';

export interface Candidate {
  sub: SubEventType;
  sentence: Sentence;
  trigger: { start: number; end: number };
  /** The clause around the trigger (between ; or sentence bounds). */
  clause: { start: number; end: number };
}

export function findCandidates(text: string, sentences: readonly Sentence[], quotations: readonly Quotation[], blocks: readonly Block[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    const quoted = quotations.filter((q) => q.inner.end - q.inner.start > 30 && q.start < s.end && s.start < q.end);
    // Inside a quotation only territory changes count ("those towns returned to the Tatmadaw").
    const inQuote = quoted.some((q) => q.start <= s.start && s.end <= q.end + 2);
    const sent = text.slice(s.start, s.end);
    const para = blocks[s.block] ? text.slice(blocks[s.block]!.start, blocks[s.block]!.end) : sent;
    const seen = new Set<SubEventType>();
    for (const t of TRIGGERS) {
      if (seen.has(t.sub) || blocked(t.sub, seen)) continue;
      if (inQuote && t.sub !== 'Non-violent transfer of territory') continue;
      t.re.lastIndex = 0;
      const m = new RegExp(t.re.source, t.re.flags.includes('g') ? t.re.flags : t.re.flags + 'g');
      for (let hit = m.exec(sent); hit; hit = m.exec(sent)) {
        const start = s.start + hit.index;
        if (!inQuote && quoted.some((q) => q.inner.start <= start && start < q.inner.end)) continue;
        if (t.with && !t.with.test(t.context === 'paragraph' ? para : sent)) continue;
        if (t.without && t.without.test(sent.slice(hit.index, hit.index + 60))) continue;
        const clause = clauseAround(text, s, start);
        if (NEGATION.test(text.slice(clause.start, start))) continue;
        out.push({ sub: t.sub, sentence: s, trigger: { start, end: start + hit[0].length }, clause });
        seen.add(t.sub);
        break;
      }
    }
  }
  return out;
}

/** A capture or handover already explains the fighting, strike or protest words around it. */
function blocked(sub: SubEventType, seen: Set<SubEventType>): boolean {
  if (sub === 'Peaceful protest') return seen.has('Protest with intervention') || seen.has('Excessive force against protesters') || seen.has('Violent demonstration');
  if (sub === 'Protest with intervention') return seen.has('Excessive force against protesters');
  if (sub === 'Arrests') return seen.has('Protest with intervention') || seen.has('Abduction/forced disappearance');
  if (sub === 'Attack') return [...seen].some((s) => s !== 'Looting/property destruction' && s !== 'Sexual violence' && s !== 'Abduction/forced disappearance');
  if (sub === 'Looting/property destruction') return seen.has('Air/drone strike') || seen.has('Shelling/artillery/missile attack') || seen.has('Attack');
  if (sub === 'Remote explosive/landmine/IED') return seen.has('Air/drone strike') || seen.has('Grenade') || seen.has('Suicide bomb') || seen.has('Shelling/artillery/missile attack');
  if (sub === 'Shelling/artillery/missile attack') return seen.has('Air/drone strike');
  if (sub === 'Non-state actor overtakes territory') return seen.has('Non-violent transfer of territory');
  if (sub === 'Disrupted weapons use') return seen.has('Arrests') || seen.has('Non-state actor overtakes territory');
  return false;
}

function clauseAround(text: string, s: Sentence, pos: number): { start: number; end: number } {
  let a = pos, b = pos;
  while (a > s.start && !/[;:]/.test(text[a - 1]!)) a--;
  while (b < s.end && !/[;]/.test(text[b]!)) b++;
  const local = text.slice(a, pos);
  const cut = Math.max(local.lastIndexOf(', but '), local.lastIndexOf(', while '), local.lastIndexOf(', and '), local.lastIndexOf(' but '));
  return { start: cut > 0 ? a + cut + 2 : a, end: b };
}
