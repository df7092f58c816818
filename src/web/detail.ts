// Event detail: what happened, where (with how precisely the place is known), who (linked to
// actor pages), and every source side by side — outlet, date, fatalities as that source reports
// them, and its evidence sentence with the event's words highlighted in context.
import { actorId } from './actor-id.js';
import type { ArticleView, EventReport } from './api.js';
import { typeColor } from './colors.js';
import { action, append, clear, el } from './dom.js';
import { dateRange, fatalities, placeName, precisionNote } from './format.js';

export interface DetailHandlers {
  onActor(id: string): void;
  onArticle(articleId: string, eventId: string): void;
  onClose(): void;
}

/** A merged event (when the knowledge base provides one) has several reports and a reason. */
export interface MergedView {
  reports: EventReport[];
  explanation: string | null;
}

/** The evidence sentence with up to 160 characters of context each side, the evidence marked. */
function evidenceInContext(e: EventReport, article: ArticleView | undefined): HTMLElement {
  const quote = el('blockquote', { className: 'evidence' });
  if (article && e.span && e.span.end <= article.text.length) {
    const t = article.text;
    const a = Math.max(0, e.span.start - 160);
    const b = Math.min(t.length, e.span.end + 160);
    append(quote, a > 0 ? '…' : '', t.slice(a, e.span.start), el('mark', { className: 'hl hl-events hl-selected' }, t.slice(e.span.start, e.span.end)),
      t.slice(e.span.end, b), b < t.length ? '…' : '');
  } else if (e.evidence) {
    quote.append(el('mark', { className: 'hl hl-events hl-selected' }, e.evidence));
  } else quote.append(el('span', { className: 'muted' }, 'no evidence sentence stored'));
  return quote;
}

function actorLinks(e: EventReport, h: DetailHandlers): HTMLElement {
  const list = el('ul', { className: 'actors' });
  const roles: [string, EventReport['actors']][] = [['actor 1', e.actors.slice(0, 1)], ['actor 2', e.actors.slice(1, 2)],
    ['also named', e.actors.slice(2)], ['associated', e.associated_actors]];
  for (const [role, actors] of roles) {
    for (const a of actors) {
      list.append(el('li', {}, action(a.name, () => h.onActor(actorId(a))), el('span', { className: 'muted' }, ` ${role}${a.kind ? `, ${a.kind}` : ''}`)));
    }
  }
  if (!list.children.length) list.append(el('li', { className: 'muted' }, 'no actors named'));
  return list;
}

export function renderDetail(container: HTMLElement, merged: MergedView, articles: Map<string, ArticleView>, h: DetailHandlers): void {
  clear(container);
  const e = merged.reports[0]!;
  const loc = e.location;
  const sources = el('table', { className: 'sources' },
    el('caption', {}, `Sources (${merged.reports.length})`),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Source'), el('th', { scope: 'col', className: 'num' }, 'Fatalities'),
      el('th', { scope: 'col' }, 'Evidence'))),
    el('tbody', {}, ...merged.reports.map((r) => el('tr', {},
      el('td', {}, el('strong', {}, r.source ?? 'unknown outlet'), el('br'), el('small', {}, r.published ?? 'undated'), el('br'),
        action('Open article', () => h.onArticle(r.article_id, r.id), { className: 'open-article', 'data-article': r.article_id })),
      el('td', { className: 'num' }, fatalities(r.fatalities)),
      el('td', {}, evidenceInContext(r, articles.get(r.article_id)))))));
  append(container,
    action('← Back to list', h.onClose, { className: 'back' }),
    el('h2', { className: 'event-title' }, el('span', { className: 'swatch', 'aria-hidden': 'true' }), e.sub_event_type),
    el('p', {}, el('span', { className: 'type-chip', 'data-type': e.event_type }, e.event_type), ' · ', dateRange(e)),
    el('dl', { className: 'facts' },
      el('dt', {}, 'Place'), el('dd', {}, placeName(loc), loc?.admin3_pcode ? el('small', { className: 'muted' }, ` ${loc.admin3_pcode}`) : null),
      el('dt', {}, 'Known to'), el('dd', {}, precisionNote(loc)),
      el('dt', {}, 'Actors'), el('dd', {}, actorLinks(e, h))),
    sources,
    el('p', { className: 'merge muted' }, merged.explanation
      ?? (merged.reports.length > 1 ? 'Merged from the reports above.' : 'One report: no other source was merged with it.')),
  );
  const swatch = container.querySelector<HTMLElement>('.swatch');
  if (swatch) swatch.style.background = typeColor(e.event_type); // CSSOM, which the CSP allows (no inline style attribute)
}
