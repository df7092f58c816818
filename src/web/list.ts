// The event list: the same filters as the map, asked of the server a page at a time (newest
// first). Each row is a button, so the list works with the keyboard and a screen reader.
import { getJson, type EventReport } from './api.js';
import { typeColor } from './colors.js';
import { clear, el } from './dom.js';
import { dateRange, placeName } from './format.js';
import { filterQuery, type Filters } from './state.js';

export class EventList {
  private cursor: string | null = null;
  private loadId = 0;
  private filters: Filters = {};

  constructor(private list: HTMLOListElement, private more: HTMLButtonElement, private status: (text: string, error?: boolean) => void,
    private onOpen: (id: string) => void) {
    more.addEventListener('click', () => void this.load(true));
  }

  setFilters(f: Filters): Promise<void> {
    this.filters = f;
    return this.load(false);
  }

  private row(e: EventReport): HTMLLIElement {
    const dot = el('span', { className: 'dot', 'aria-hidden': 'true' });
    dot.style.background = typeColor(e.event_type);
    const area = e.location && (e.location.precision === 'township' || e.location.precision === 'state');
    const b = el('button', { type: 'button', className: 'event-row', 'data-id': e.id },
      el('span', { className: 'when' }, dateRange(e)),
      el('span', { className: 'what' }, dot, e.sub_event_type),
      el('span', { className: 'where' }, placeName(e.location), area ? el('span', { className: 'badge' }, e.location!.precision) : null),
      el('span', { className: 'who' }, e.actors.map((a) => a.name).join(' · ') || 'no actors named'),
      el('span', { className: 'toll' }, e.fatalities === null ? '' : `${e.fatalities} killed`));
    b.addEventListener('click', () => this.onOpen(e.id));
    return el('li', {}, b);
  }

  async load(append: boolean): Promise<void> {
    const id = ++this.loadId; // a newer filter change wins over a slower older request
    const p = filterQuery(this.filters);
    p.set('limit', '50');
    if (append && this.cursor) p.set('cursor', this.cursor);
    try {
      const page = await getJson<{ items: EventReport[]; next_cursor: string | null }>(`/api/events?${p}`);
      if (id !== this.loadId) return;
      if (!append) clear(this.list);
      for (const e of page.items) this.list.append(this.row(e));
      this.cursor = page.next_cursor;
      this.more.hidden = !page.next_cursor;
      const shown = this.list.children.length;
      this.status(shown ? `${shown} event${shown === 1 ? '' : 's'} listed${page.next_cursor ? ' (more below)' : ''}` : 'No events match these filters.');
    } catch (err) {
      if (id === this.loadId) this.status((err as Error).message, true);
    }
  }
}
