// Replies for expensive, cacheable GETs (the map's event columns, facets, actors): the rendered body is kept per
// query while the store's counts stay the same, with a strong ETag, so a reload costs a 304.
// Reports are immutable once stored (re-ingest is a no-op; merging never rewrites them), so equal
// counts mean an equal answer; any ingest changes the counts and drops the entry.
import { createHash } from 'node:crypto';
import type { Store } from '../kb/store.js';

interface Entry { key: string; body: string; etag: string }

export class EtagCache {
  private entries = new Map<string, Entry>();

  constructor(private store: Store, private size = 8) {}

  async get(url: URL, compute: () => Promise<unknown>): Promise<{ body: string; etag: string }> {
    const c = await this.store.counts();
    const version = `${c.articles}/${c.events}`;
    const query = `${url.pathname}?${[...url.searchParams].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join('&')}`;
    const hit = this.entries.get(query);
    if (hit?.key === version) {
      this.entries.delete(query); // keep recently used entries last
      this.entries.set(query, hit);
      return hit;
    }
    const body = `${JSON.stringify(await compute())}\n`;
    const etag = `"${createHash('sha256').update(version).update(query).digest('base64url').slice(0, 27)}"`;
    this.entries.set(query, { key: version, body, etag });
    while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    return { body, etag };
  }
}
