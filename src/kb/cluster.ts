// Splits a merge group (reports connected by the merge rule) into events. Pairs are joined
// strongest first, and two events are joined only when every report of one matches every report
// of the other (complete linkage: a vague report cannot chain two different clashes together) and
// they share no article (an extraction already says those are different events).
// Deterministic: the result depends only on the set of reports.
import type { MergeLink } from './kb-records.js';
import { matchReports, matchScore as ruleScore } from './match.js';

/** The merge rule's score of a pair, or -1 (a store may pass a cached one: reports never change). */
export type Scorer = (a: EventReport, b: EventReport) => number;
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

interface Edge { i: number; j: number; score: number }

function edges(rs: EventReport[], matches: Set<number>, matchScore: Scorer): Edge[] {
  const out: Edge[] = [];
  for (let i = 0; i < rs.length; i++) {
    for (let j = i + 1; j < rs.length; j++) {
      const score = matchScore(rs[i]!, rs[j]!);
      if (score < 0) continue;
      matches.add(i * rs.length + j);
      out.push({ i, j, score });
    }
  }
  // Strongest first; ties by the ids, so equal scores are still taken in one fixed order.
  return out.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
}

export function partition(reports: readonly EventReport[], score: Scorer = ruleScore): Cluster[] {
  const rs = [...reports].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const parent = rs.map((_, i) => i);
  const members = rs.map((_, i) => [i]);
  const articles = rs.map((r) => new Set([r.article_id]));
  const matches = new Set<number>();
  const matched = (i: number, j: number): boolean => matches.has(Math.min(i, j) * rs.length + Math.max(i, j));
  const links: MergeLink[][] = rs.map(() => []);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const e of edges(rs, matches, score)) {
    const a = find(e.i);
    const b = find(e.j);
    if (a === b) continue;
    const [small, big] = articles[a]!.size <= articles[b]!.size ? [a, b] : [b, a];
    if ([...articles[small]!].some((x) => articles[big]!.has(x))) continue; // two reports of one article
    if (!members[a]!.every((i) => members[b]!.every((j) => matched(i, j)))) continue; // not every pair agrees
    const [root, child] = a < b ? [a, b] : [b, a];
    parent[child] = root;
    members[root]!.push(...members[child]!);
    for (const x of articles[child]!) articles[root]!.add(x);
    const m = matchReports(rs[e.i]!, rs[e.j]!); // explained only for the pairs that join events
    links[root]!.push(...links[child]!, { a: rs[e.i]!.id, b: rs[e.j]!.id, score: m.score, agreed: m.agreed });
  }
  const groups = new Map<number, EventReport[]>();
  rs.forEach((r, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(r);
    else groups.set(root, [r]);
  });
  return [...groups.entries()].map(([root, members]) => ({ reports: members.sort(bySourceOrder), links: links[root]!.sort(byLinkOrder) }));
}

const byLinkOrder = (x: MergeLink, y: MergeLink): number => y.score - x.score || (x.a + x.b < y.a + y.b ? -1 : 1);

/** Kruskal's order: score descending, then the pair's ids (lower id first) — as `edges` sorts. */
const byEdgeOrder = (x: MergeLink, y: MergeLink): number =>
  y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0);

/**
 * partition(event's reports + r) when the event is a whole group and r matches every one of its
 * reports: then the result is one event, joined by the strongest spanning tree of the pairs, which
 * lies within the event's links plus r's pairs. Linear in the event's size instead of quadratic
 * (one story syndicated by dozens of outlets). null when r does not match every report.
 */
export function extendClique(event: Cluster, r: EventReport, score: Scorer = ruleScore): Cluster | null {
  if (event.reports.some((x) => x.article_id === r.article_id)) return null;
  const fresh: MergeLink[] = [];
  for (const x of event.reports) {
    const s = score(r, x);
    if (s < 0) return null;
    fresh.push(r.id < x.id ? { a: r.id, b: x.id, score: s, agreed: [] } : { a: x.id, b: r.id, score: s, agreed: [] });
  }
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let p = parent.get(id) ?? id;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p)!;
    return p;
  };
  const isFresh = new Set(fresh);
  const accepted: MergeLink[] = [];
  for (const e of [...event.links, ...fresh].sort(byEdgeOrder)) {
    const [a, b] = [find(e.a), find(e.b)];
    if (a === b) continue;
    parent.set(a < b ? b : a, a < b ? a : b);
    accepted.push(isFresh.has(e) ? explain(e, r, event.reports) : e);
  }
  return { reports: [...event.reports, r].sort(bySourceOrder), links: accepted.sort(byLinkOrder) };
}

function explain(e: MergeLink, r: EventReport, others: readonly EventReport[]): MergeLink {
  const other = others.find((x) => x.id === (e.a === r.id ? e.b : e.a))!;
  const [a, b] = r.id < other.id ? [r, other] : [other, r];
  const m = matchReports(a, b);
  return { a: a.id, b: b.id, score: m.score, agreed: m.agreed };
}
