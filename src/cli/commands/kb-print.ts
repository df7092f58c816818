// Plain-text renderings of knowledge-base records for `sitrep kb …` (the --json forms print the
// API's JSON instead). One record per block, sources named, figures side by side.
import type { ElectionRecord, Finding, KbActor, Proposition } from '../../kb/fact-records.js';
import type { ControlStep, KbEvent, KbEventVersion, PlaceControl } from '../../kb/kb-records.js';
import type { MatchExplanation } from '../../api/kb-resources.js';

const names = (xs: readonly (string | null)[]): string => [...new Set(xs.filter((x): x is string => !!x))].join(', ');

export function eventLine(e: KbEvent): string {
  const place = e.location ? `${e.location.name}${e.location.admin1 ? ` (${e.location.admin1})` : ''}` : 'unknown place';
  const figures = e.sources.filter((s) => s.fatalities !== null).map((s) => `${s.source ?? s.article_id} ${s.fatalities}`);
  return `${e.id}  ${e.date ?? 'undated'}${e.date_end ? `..${e.date_end}` : ''}  ${e.sub_event_type}  ${place}  `
    + `${e.actors.map((a) => a.name).join(' / ') || 'no actors'}  sources ${e.source_count} [${e.outlets.join(', ')}]`
    + `${figures.length ? `  fatalities ${figures.join(' · ')}` : ''}`;
}

export function eventDetail(e: KbEvent, history: readonly KbEventVersion[]): string {
  const lines = [eventLine(e), 'sources:'];
  for (const s of e.sources) {
    lines.push(`  ${s.ref}  ${s.source ?? '?'} ${s.published ?? ''}  ${s.sub_event_type}  ${s.location?.name ?? '?'}  `
      + `${s.date ?? 'undated'}  fatalities ${s.fatalities ?? '-'}`, `    "${s.evidence ?? ''}"`);
  }
  if (e.links.length) lines.push('merged because:');
  for (const l of e.links) lines.push(`  ${l.a} + ${l.b}  score ${l.score}: ${l.agreed.map((a) => a.detail).join('; ')}`);
  if (history.length) lines.push('history:');
  for (const v of history) lines.push(`  v${v.version}  ${v.published ?? 'undated'}  ${v.source ?? v.article_id}  changed: ${v.changed.join(', ')}`);
  return lines.join('\n');
}

export function matchText(m: MatchExplanation): string {
  const verdict = m.match ? `would merge (score ${m.score})` : `would not merge: ${m.refused}`;
  const merged = m.events[0] !== null && m.events[0] === m.events[1] ? `merged in ${m.events[0]}` : 'in different KB events';
  return [`${m.a} + ${m.b}: ${verdict}; ${merged}`, ...m.agreed.map((a) => `  ${a.field}: ${a.detail} (${a.score})`)].join('\n');
}

const stepText = (s: ControlStep): string => {
  const who = s.status === 'contested' ? 'contested' : `${s.controller?.name ?? 'unknown'} controls`;
  const contra = s.contradicting.length ? `; contradicted by ${names(s.contradicting.map((c) => c.source))}` : '';
  return `${s.from ?? '?'} → ${s.to ?? 'now'}  ${who} (${s.how})  confidence ${s.confidence}  `
    + `[${names(s.supporting.map((c) => c.source))}]${contra}`;
};

export function controlText(p: PlaceControl): string {
  const head = `${p.place.name} (${p.place.key}${p.place.admin1 ? `, ${p.place.admin1}` : ''})`;
  const at = p.at ? stepText(p.at) : 'no step known for that date';
  return [head, `  ${p.on ? `on ${p.on}` : 'now'}: ${at}`, '  timeline:', ...p.timeline.map((s) => `    ${stepText(s)}`)].join('\n');
}

/** "CNI News (2026-01-03) ×3; Laiza Weekly (2024-03-09)": one entry per article. */
function articles(xs: readonly { source: string | null; article_id: string; published: string | null }[]): string {
  const counts = new Map<string, number>();
  for (const s of xs) {
    const k = `${s.source ?? s.article_id} (${s.published ?? '?'})`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join('; ');
}

export function findingText(f: Finding): string {
  return `[${f.kind}] ${f.date ?? ''}  ${f.summary}\n  sources: ${articles(f.sources)}`;
}

export function electionText(r: ElectionRecord): string {
  const parts = [
    r.phase ? `phase ${r.phase}` : null, r.polling_date ? `polling ${r.polling_date}` : null, r.included ? 'included' : 'not included',
    r.excluded_village_tracts !== null ? `${r.excluded_village_tracts} village tracts excluded` : null,
    r.excluded_wards !== null ? `${r.excluded_wards} wards excluded` : null,
    r.announced ? `announced ${r.announced}${r.announced_by ? ` by ${r.announced_by.name}` : ''}` : null,
  ].filter(Boolean);
  const totals = r.totals ? `\n  townships: ${r.totals.townships}, sum ${r.totals.excluded_village_tracts} village tracts`
    + ` + ${r.totals.excluded_wards} wards; agrees: ${r.totals.agrees ?? 'n/a'}` : '';
  const conflicts = r.conflicts.map((c) => `\n  sources differ on ${c.field}: ${c.values.map((v) => `${String(v.value)} (${v.sources.join(', ')})`).join(' vs ')}`).join('');
  return `${r.place.name} [${r.level}] ${r.election}: ${parts.join(', ')}  [${names(r.sources.map((s) => s.source))}]${totals}${conflicts}`;
}

export function propositionText(p: Proposition): string {
  const lines = [`${p.id}  (${p.kind}) ${p.label}${p.disputed ? '  DISPUTED' : ''}${p.corroborated ? '  corroborated' : ''}`];
  for (const c of p.claims) {
    const via = c.reported_by ? ` via ${c.reported_by.name}` : '';
    lines.push(`  - ${c.claimant?.name ?? c.source ?? '?'}${via}${c.hedged ? ' [hedged]' : ''}: "${c.text}" (${c.source ?? '?'}, ${c.published ?? '?'})`);
  }
  if (p.values.length) lines.push(`  figures: ${p.values.map((v) => `${v.what} ${v.value} (${v.asserted_by.join(', ')})`).join(' · ')}`);
  for (const x of p.corroboration) lines.push(`  ${x.claim_id} confirmed by ${x.confirmed_by.source ?? x.confirmed_by.article_id} (${x.confirmed_by.ref})`);
  return lines.join('\n');
}

export function actorText(a: KbActor): string {
  return `${a.key}  ${a.name}${a.kind ? ` (${a.kind})` : ''}  articles ${a.articles}${a.review ? '  [review]' : ''}`
    + `${a.cluster ? `  cluster ${a.cluster}` : ''}${a.suggestion ? `  maybe ${a.suggestion.id} (${a.suggestion.name})` : ''}`;
}
