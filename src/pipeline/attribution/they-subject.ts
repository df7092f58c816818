// "Residents of the village described the raid on Monday. They said soldiers looted shops …": "They"
// opening a sentence names the plural people who were the subject of the sentence before (same
// paragraph), when that sentence reported no statement to name them by (back-reference.ts reads
// "They" after a statement's unnamed source). Not the last organisation named ("junta troops").
import type { Sentence } from '../layers.js';
import type { Source } from './source.js';

/** Plural people opening a sentence as its subject, optionally after a quantifier or "the". */
const PLURAL_SUBJECT = /^\s*(?:(?:many|some|several|other|most|the|local|displaced|fleeing|frightened)\s+){0,2}(residents|villagers|witnesses|locals|farmers|traders|shopkeepers|refugees|survivors|relatives|families|parents|teachers|monks|students|fishermen|workers|volunteers|activists|doctors|medics|nurses|rescuers|displaced people|aid workers|rescue workers|health workers|passengers|drivers)\b(?!['’])/i;
const THEY_OPENS = /^They\s/;

/** The unnamed plural source "They" opening sentence `si` names back, or null. */
export function pluralSubjectBefore(text: string, sentences: readonly Sentence[], si: number): Source | null {
  const s = sentences[si]!, prev = sentences[si - 1];
  if (!prev || prev.block !== s.block || !THEY_OPENS.test(text.slice(s.start, s.start + 5))) return null;
  const m = PLURAL_SUBJECT.exec(text.slice(prev.start, Math.min(prev.end, prev.start + 60)));
  if (!m) return null;
  const end = prev.start + m[0].length;
  return { kind: 'unnamed', name: m[1]!.toLowerCase(), start: end - m[1]!.length, end };
}
