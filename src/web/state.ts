// The view's state lives in the query string, so any view can be shared as a link and the back
// button steps through it. Filter names are the API's own (`/api/events?<same query>`).

export const FILTER_KEYS = ['event_type', 'sub_event_type', 'actor', 'admin1_pcode', 'admin3_pcode', 'from', 'to', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export const MODES = ['none', 'counts', 'control', 'elections'] as const;
export type Mode = (typeof MODES)[number];

export interface Open {
  kind: 'event' | 'article' | 'actor';
  id: string;
}

export interface ViewState {
  filters: Filters;
  mode: Mode;
  /** Control date (ISO day), for mode=control; empty = latest. */
  on: string;
  /** The panel: an event, an article (optionally with an event's evidence selected) or an actor. */
  open: Open | null;
  /** For an article: the event whose evidence is selected. */
  hl: string;
}

export function readState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const filters: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = p.get(k)?.trim();
    if (v) filters[k] = v;
  }
  const mode = p.get('mode') as Mode | null;
  const open = /^(event|article|actor):(.+)$/.exec(p.get('open') ?? '');
  return {
    filters,
    mode: mode && (MODES as readonly string[]).includes(mode) ? mode : 'none',
    on: /^\d{4}-\d{2}-\d{2}$/.test(p.get('on') ?? '') ? p.get('on')! : '',
    open: open ? { kind: open[1] as Open['kind'], id: open[2]! } : null,
    hl: p.get('hl') ?? '',
  };
}

export function writeState(s: ViewState): string {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (s.filters[k]) p.set(k, s.filters[k]!);
  if (s.mode !== 'none') p.set('mode', s.mode);
  if (s.mode === 'control' && s.on) p.set('on', s.on);
  if (s.open) p.set('open', `${s.open.kind}:${s.open.id}`);
  if (s.open?.kind === 'article' && s.hl) p.set('hl', s.hl);
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** The API query of the filters (only those given). */
export function filterQuery(f: Filters, keys: readonly FilterKey[] = FILTER_KEYS): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of keys) if (f[k]) p.set(k, f[k]!);
  return p;
}
