// Spelling variants of Myanmar admin names: the place index's townships, towns and districts by
// their folded romanisation (`romanKey`), so "Chanmyatharzi Township" finds Chanmyathazi. Asked
// only for a name the text types with a word ("Township", "town", "District") and that is no
// key of its own; it answers only when the folded key means one place of that kind.
import type { PlaceKind } from '../../core/pack.js';
import type { MmPlace } from './places.js';
import { romanKey } from './romanise.js';

const KINDS: ReadonlySet<PlaceKind> = new Set(['township', 'town', 'district']);
// Shorter folded keys are too likely to be another word or name spelt alike.
const MIN_LENGTH = 5;

export class SpellingIndex {
  /** kind → folded key → the index keys naming places of that kind under it. */
  private readonly byKind = new Map<PlaceKind, Map<string, string[]>>();

  constructor(private readonly byKey: ReadonlyMap<string, readonly MmPlace[]>) {
    for (const [key, entries] of byKey) {
      for (const kind of new Set(entries.filter((e) => KINDS.has(e.kind) && e.country === 'MM').map((e) => e.kind))) {
        const folded = romanKey(key);
        if (folded.length < MIN_LENGTH) continue;
        let keys = this.byKind.get(kind);
        if (!keys) this.byKind.set(kind, (keys = new Map()));
        const list = keys.get(folded);
        if (list) list.push(key); else keys.set(folded, [key]);
      }
    }
  }

  /** The index key of the one `kind` place `key` may be a spelling of (a town may also be written
   * for its township's main town), or null. */
  variant(key: string, kind: PlaceKind): string | null {
    const folded = romanKey(key);
    if (folded.length < MIN_LENGTH) return null;
    const keys = this.byKind.get(kind)?.get(folded) ?? (kind === 'town' ? this.byKind.get('township')?.get(folded) : undefined);
    if (!keys) return null;
    // Several keys (a name and its alias) must name the same places.
    const ids = (k: string): string => this.byKey.get(k)!.filter((e) => e.kind === kind || kind === 'town').map((e) => e.id).sort().join(' ');
    const first = ids(keys[0]!);
    return keys.every((k) => ids(k) === first) ? keys[0]! : null;
  }
}
