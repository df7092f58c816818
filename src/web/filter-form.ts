// The filter form: its fields mirror the view state's filters (the query string), a change in a
// field sets that filter (typed fields after a pause), and the menus fill from the store's facets
// (event types, states, townships with counts) and the loaded events (sub-types).
import { getJson, type ActorSummary, type Facets } from './api.js';
import { dayRange, isoOfDay, type Dataset } from './data.js';
import { byId, el } from './dom.js';
import type { FilterKey, Filters, Mode, ViewState } from './state.js';

export interface FormActions {
  setFilters(change: Filters, replace?: boolean): void;
  navigate(change: Partial<ViewState>, replace?: boolean): void;
  status(text: string, error?: boolean): void;
}

const option = (value: string, label: string): HTMLOptionElement => el('option', { value }, label);

export class FilterForm {
  private readonly fields: Record<FilterKey, HTMLInputElement | HTMLSelectElement> = {
    event_type: byId('f-type'), sub_event_type: byId('f-sub'), actor: byId('f-actor'), admin1_pcode: byId('f-state'),
    admin3_pcode: byId('f-township'), from: byId('f-from'), to: byId('f-to'), q: byId('f-q'),
  };
  /** The control map's day slider. */
  readonly onInput = byId<HTMLInputElement>('on');
  private facets: Facets | null = null;
  private typing: number | undefined;

  constructor(private readonly state: () => ViewState, private readonly ds: () => Dataset | null, private readonly act: FormActions) {
    for (const [k, input] of this.entries()) {
      const typed = k === 'q' || k === 'actor';
      input.addEventListener(typed ? 'input' : 'change', () => {
        const change: Filters = { [k]: input.value.trim() || undefined };
        const township = this.state().filters.admin3_pcode;
        if (k === 'event_type') change.sub_event_type = undefined;
        if (k === 'admin1_pcode' && township && !township.startsWith(input.value)) change.admin3_pcode = undefined;
        if (!typed) { act.setFilters(change); return; }
        window.clearTimeout(this.typing);
        this.typing = window.setTimeout(() => act.setFilters(change, true), 300);
      });
    }
    byId<HTMLFormElement>('filters').addEventListener('submit', (e) => e.preventDefault());
    byId('f-clear').addEventListener('click', () => act.navigate({ filters: {}, open: null }));
    byId<HTMLSelectElement>('mode').addEventListener('change', (e) => act.navigate({ mode: (e.target as HTMLSelectElement).value as Mode }));
    this.onInput.addEventListener('input', () => act.navigate({ on: isoOfDay(Number(this.onInput.value)) }, true));
  }

  private entries(): [FilterKey, HTMLInputElement | HTMLSelectElement][] {
    return Object.entries(this.fields) as [FilterKey, HTMLInputElement | HTMLSelectElement][];
  }

  /** The fields and menus as the state has them (a field being typed in is left alone). */
  sync(): void {
    this.fillSubTypes();
    this.fillTownships();
    const filters = this.state().filters;
    for (const [k, input] of this.entries()) {
      const v = filters[k] ?? '';
      // Date inputs hold whole days: a partial `from=2025-10` shows as its first day.
      const shown = (k === 'from' || k === 'to') && v && v.length < 10 ? isoOfDay(dayRange(v)[k === 'from' ? 0 : 1]) : v;
      if (input.value !== shown && document.activeElement !== input) input.value = shown;
    }
    byId<HTMLSelectElement>('mode').value = this.state().mode;
  }

  /** The sub-types of the loaded events (of the chosen type), and the chosen one. */
  fillSubTypes(): void {
    const sel = this.fields.sub_event_type as HTMLSelectElement;
    const ds = this.ds();
    if (!ds) return;
    const r = ds.raw;
    const { event_type: type, sub_event_type: current } = this.state().filters;
    const seen = new Set<number>();
    const t = type ? r.event_types.indexOf(type) : -1;
    for (let i = 0; i < ds.n; i++) if (t < 0 || r.type[i] === t) seen.add(r.sub_type[i]!);
    const wanted = [...seen].map((s) => r.sub_event_types[s]!).sort();
    if (current && !wanted.includes(current)) wanted.unshift(current);
    const have = [...sel.options].slice(1).map((o) => o.value);
    if (have.join('|') === wanted.join('|')) return;
    while (sel.options.length > 1) sel.remove(1);
    for (const s of wanted) sel.append(option(s, s));
  }

  private fillTownships(): void {
    const sel = this.fields.admin3_pcode as HTMLSelectElement;
    if (!this.facets) return;
    const { admin1_pcode: st, admin3_pcode: current } = this.state().filters;
    const wanted = this.facets.admin3.filter((p) => !st || p.pcode.startsWith(st));
    if (sel.dataset.state === (st ?? '') && sel.options.length > 1) return;
    sel.dataset.state = st ?? '';
    while (sel.options.length > 1) sel.remove(1);
    for (const p of wanted) sel.append(option(p.pcode, `${p.name ?? p.pcode}${p.admin1 && !st ? `, ${p.admin1}` : ''} (${p.count})`));
    if (current && !wanted.some((p) => p.pcode === current)) sel.append(option(current, current));
  }

  /** The menus of event types and states, and the store's counts. */
  async loadFacets(): Promise<void> {
    const facets = this.facets = await getJson<Facets>('/api/facets');
    byId('counts').textContent = `${facets.counts.events.toLocaleString('en')} events from ${facets.counts.articles.toLocaleString('en')} articles`;
    for (const t of facets.event_types) this.fields.event_type.append(option(t.value, `${t.value} (${t.count})`));
    for (const p of facets.admin1) this.fields.admin1_pcode.append(option(p.pcode, `${p.name ?? p.pcode} (${p.count})`));
    this.sync();
    if (facets.counts.events === 0) this.act.status('No events yet: add articles with `sitrep ingest <files>`, then reload.');
  }

  /** Actor names and aliases as suggestions for the actor field. */
  async loadActorNames(): Promise<void> {
    const page = await getJson<{ items: ActorSummary[] }>('/api/actors?limit=10000');
    const dl = byId('actor-names');
    for (const a of page.items) {
      dl.append(option(a.name, `${a.events} events`));
      for (const alias of a.aliases) dl.append(option(alias, `→ ${a.name}`));
    }
  }
}
