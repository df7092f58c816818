// Splits a merge group (reports connected by the merge rule) into events. Pairs are joined
// strongest first, never putting two reports of one article in one event (an extraction already
// says those are different events). Deterministic: the result depends only on the set of reports.
import type { MergeLink } from './kb-records.js';
import { matchReports } from './match.js';
import type { EventReport } from './records.js';

export interface Cluster {
  /** Oldest source first (see bySourceOrder). */
  readonly reports: EventReport[];
  /** The pairs that joined it, strongest first. */
  readonly links: MergeLink[];
}

/** Publication order (undated last), then article id, then index: the order history is told in. */
export function bySourceOrder(a: EventReport, b: EventReport): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

interface Edge { i: number; j: number; link: MergeLink }

function edges(rs: EventReport[]): Edge[] {
  const out: Edge[] = [];
  for (let i = 0; i < rs.length; i++) {
    for (let j = i + 1; j < rs.length; j++) {
      const m = matchReports(rs[i]!, rs[j]!);
      if (m.match) out.push({ i, j, link: { a: rs[i]!.id, b: rs[j]!.id, score: m.score, agreed: m.agreed } });
    }
  }
  // Strongest first; ties by the ids, so equal scores are still taken in one fixed order.
  return out.sort((x, y) => y.link.score - x.link.score || x.i - y.i || x.j - y.j);
}

export function partition(reports: readonly EventReport[]): Cluster[] {
  const rs = [...reports].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const parent = rs.map((_, i) => i);
  const articles = rs.map((r) => new Set([r.article_id]));
  const links: MergeLink[][] = rs.map(() => []);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const e of edges(rs)) {
    const a = find(e.i);
    const b = find(e.j);
    if (a === b) continue;
    const [small, big] = articles[a]!.size <= articles[b]!.size ? [a, b] : [b, a];
    if ([...articles[small]!].some((x) => articles[big]!.has(x))) continue; // two reports of one article
    const [root, child] = a < b ? [a, b] : [b, a];
    parent[child] = root;
    for (const x of articles[child]!) articles[root]!.add(x);
    links[root]!.push(...links[child]!, e.link);
  }
  const groups = new Map<number, EventReport[]>();
  rs.forEach((r, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  });
  return [...groups.entries()].map(([root, members]) => ({
    reports: members.sort(bySourceOrder),
    links: links[root]!.sort((x, y) => y.score - x.score || (x.a + x.b < y.a + y.b ? -1 : 1)),
  }));
}
