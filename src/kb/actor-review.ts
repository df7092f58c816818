// The actors the KB has seen, across articles: registry actors under their id with every name
// and alias seen, unknown ones (`new:…`, review) under their own key. Unknown actors whose names
// are alike are put in one review cluster, and a registry actor with a similar name is suggested;
// nothing is merged until an analyst decides.
import { nameSimilarity, REVIEW_SIMILARITY } from './actors.js';
import type { KbActor } from './fact-records.js';

export interface ActorMention {
  readonly key: string;
  readonly name: string;
  readonly id: string | null;
  readonly kind: string | null;
  readonly review: boolean;
  readonly articleId: string;
  readonly names: readonly string[];
}

export function kbActors(mentions: readonly ActorMention[]): KbActor[] {
  const byKey = new Map<string, { m: ActorMention; names: Set<string>; articles: Set<string>; counts: Map<string, number> }>();
  for (const m of mentions) {
    const e = byKey.get(m.key) ?? { m, names: new Set<string>(), articles: new Set<string>(), counts: new Map<string, number>() };
    for (const n of m.names) e.names.add(n);
    e.articles.add(m.articleId);
    e.counts.set(m.name, (e.counts.get(m.name) ?? 0) + 1);
    byKey.set(m.key, e);
  }
  const actors: KbActor[] = [...byKey.entries()].map(([key, e]) => {
    // The most used name, ties alphabetical: independent of which article came first.
    const name = [...e.counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    return {
      key, name, id: e.m.id, kind: e.m.kind, review: e.m.review, names: [...e.names].sort(),
      articles: e.articles.size, cluster: null, suggestion: null,
    };
  }).sort((a, b) => (a.key < b.key ? -1 : 1));
  const review = actors.filter((a) => a.review);
  const known = actors.filter((a) => !a.review && a.id !== null);
  const alike = (a: KbActor, b: KbActor): boolean => a.names.some((x) => b.names.some((y) => nameSimilarity(x, y) >= REVIEW_SIMILARITY));
  // Single-link clusters of review actors; the cluster is named by its smallest key.
  const cluster = new Map(review.map((a) => [a.key, a.key]));
  const root = (k: string): string => (cluster.get(k) === k ? k : root(cluster.get(k)!));
  for (const a of review) for (const b of review) {
    if (a.key < b.key && alike(a, b)) {
      const [x, y] = [root(a.key), root(b.key)].sort() as [string, string];
      cluster.set(y, x);
    }
  }
  const sizes = new Map<string, number>();
  for (const a of review) sizes.set(root(a.key), (sizes.get(root(a.key)) ?? 0) + 1);
  for (const a of review) {
    const r = root(a.key);
    a.cluster = (sizes.get(r) ?? 0) > 1 ? r : null;
    const best = known.map((k) => ({ k, s: Math.max(...a.names.flatMap((x) => k.names.map((y) => nameSimilarity(x, y)))) }))
      .filter((x) => x.s >= REVIEW_SIMILARITY).sort((x, y) => y.s - x.s || (x.k.key < y.k.key ? -1 : 1))[0];
    a.suggestion = best ? { name: best.k.name, id: best.k.id!, ...(best.k.kind ? { kind: best.k.kind } : {}) } : null;
  }
  return actors;
}
