// The side panel's detail view: one event (with the reports merged into it and their articles),
// one article with its highlights, or one actor. The list view beside it is ./list.ts.
import { renderActor } from './actor.js';
import { getJson, getOptional, type ActorDetail, type ArticleView, type EventReport, type KbEvent } from './api.js';
import { renderArticle } from './article.js';
import { renderDetail, type MergedView } from './detail.js';
import { byId, clear, el } from './dom.js';
import type { EventMap } from './map.js';
import type { Filters, Open, ViewState } from './state.js';

export interface PanelActions {
  navigate(change: Partial<ViewState>): void;
  setFilters(change: Filters): void;
}

export class SidePanel {
  private readonly listView = byId('list-view');
  private readonly detailView = byId('detail-view');
  /** Articles already fetched: an event's sources and the article views share them. */
  private readonly articles = new Map<string, ArticleView>();

  constructor(private readonly map: EventMap, private readonly act: PanelActions) {}

  private readonly back = (): void => this.act.navigate({ open: null });

  private async article(id: string): Promise<ArticleView> {
    let v = this.articles.get(id);
    if (!v) {
      v = await getJson<ArticleView>(`/api/articles/${encodeURIComponent(id)}`);
      this.articles.set(id, v);
    }
    return v;
  }

  /** Shows `open` (null: the list), `hl` the event to highlight in an article. */
  async show(open: Open | null, hl: string): Promise<void> {
    const { detailView, act, back } = this;
    this.listView.hidden = !!open;
    detailView.hidden = !open;
    byId('panel').scrollTop = 0;
    if (!open) { void this.map.select(null); return; }
    try {
      if (open.kind === 'event') {
        const e = await getJson<EventReport>(`/api/events/${encodeURIComponent(open.id)}`);
        const merged = await mergedView(e);
        const sources = new Map<string, ArticleView>();
        await Promise.all(merged.reports.slice(0, 12).map(async (r) => {
          const a = await this.article(r.article_id).catch(() => undefined);
          if (a) sources.set(r.article_id, a);
        }));
        renderDetail(detailView, merged, sources, {
          onActor: (id) => act.navigate({ open: { kind: 'actor', id } }),
          onArticle: (aid, eid) => act.navigate({ open: { kind: 'article', id: aid }, hl: eid }),
          onClose: back,
        });
        void this.map.select({ ...e.location, precision: e.location?.precision });
      } else if (open.kind === 'article') {
        renderArticle(detailView, await this.article(open.id), hl, {
          onEvent: (id) => act.navigate({ open: { kind: 'event', id } }),
          onActor: (id) => act.navigate({ open: { kind: 'actor', id } }),
          onClose: back,
        });
      } else {
        const a = await getJson<ActorDetail>(`/api/actors/${encodeURIComponent(open.id)}`);
        renderActor(detailView, a, {
          onFilterActor: (name) => act.setFilters({ actor: name }),
          onTownship: (pcode) => act.setFilters({ admin3_pcode: pcode }),
          onEvent: (id) => act.navigate({ open: { kind: 'event', id } }),
          onClose: back,
        });
      }
      detailView.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
      detailView.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    } catch (err) {
      clear(detailView);
      detailView.append(el('button', { type: 'button', className: 'back' }, '← Back'), el('p', { className: 'status error' }, (err as Error).message));
      detailView.querySelector('button')?.addEventListener('click', back);
    }
  }
}

/** The merged event a report belongs to, when the server's knowledge base has one. */
async function mergedView(e: EventReport): Promise<MergedView> {
  const kb = await getOptional<KbEvent>(`/api/kb/events/${encodeURIComponent(e.id)}`).catch(() => null);
  if (!kb || kb.sources.length < 2) return { reports: [e], explanation: null };
  const reports = await Promise.all(kb.sources.map((s) => (s.ref === e.id ? e
    : getJson<EventReport>(`/api/events/${encodeURIComponent(s.ref)}`).catch(() => null))));
  const why = kb.links.map((l) => `${l.a} + ${l.b} (score ${l.score.toFixed(2)}): `
    + l.agreed.map((g) => `${g.field} ${g.detail}`).join('; '));
  return {
    reports: reports.filter((r): r is EventReport => r !== null),
    explanation: `Merged from ${kb.sources.length} reports in ${kb.outlets.length} outlet(s). ${why.join(' · ')}`,
  };
}
