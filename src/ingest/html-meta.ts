// What a news page says about itself: its outlet, publication date and headline, from the meta
// tags, JSON-LD and <time> elements publishers write for search engines and social cards. The
// body text alone often has neither outlet nor date, and every event's date is counted from it.
import { decodeEntities } from './html.js';

export interface PageMeta { source: string | null; published: string | null; title: string | null }

/** content="…" of the first <meta> whose property/name/itemprop is one of `keys` (case-insensitive). */
function metaContent(html: string, keys: readonly string[]): string | null {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const key = /\b(?:property|name|itemprop)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1]?.toLowerCase();
    if (!key || !wanted.has(key)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const value = decodeEntities(content?.[1] ?? content?.[2] ?? '').trim();
    if (value) return value;
  }
  return null;
}

/** A string field of the page's JSON-LD ("datePublished", "publisher.name"), read leniently. */
function jsonLd(html: string, field: 'datePublished' | 'headline' | 'publisher'): string | null {
  for (const m of html.matchAll(/<script[^>]+application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi)) {
    const re = field === 'publisher'
      ? /"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"((?:[^"\\]|\\.)*)"/
      : new RegExp(`"${field}"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"`);
    const hit = re.exec(m[1]!);
    if (hit) return decodeEntities(hit[1]!.replace(/\\(.)/g, '$1')).trim() || null;
  }
  return null;
}

/** The headline without the " | Outlet" or " - Outlet" a <title> ends with. */
function withoutSiteName(title: string, source: string | null): string {
  if (source) {
    const cut = title.lastIndexOf(source);
    if (cut > 0 && /[|–—-]\s*$/.test(title.slice(0, cut))) return title.slice(0, cut).replace(/\s*[|–—-]\s*$/, '').trim();
  }
  return title.replace(/\s+\|\s+[^|]{1,60}$/, '').trim();
}

export function pageMeta(html: string): PageMeta {
  const source = metaContent(html, ['og:site_name', 'application-name', 'publisher']) ?? jsonLd(html, 'publisher');
  const published = metaContent(html, ['article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'date',
    'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'og:published_time'])
    ?? jsonLd(html, 'datePublished')
    ?? /<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["']/i.exec(html)?.[1]?.trim() ?? null;
  const raw = metaContent(html, ['og:title', 'twitter:title']) ?? jsonLd(html, 'headline')
    ?? /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? null;
  const title = raw ? withoutSiteName(decodeEntities(raw).replace(/\s+/g, ' ').trim(), source) || null : null;
  // "2025-03-04T08:00:00+06:30" is 4 March where it was written: the day as written, not in UTC.
  return { source, published: published ? /^\d{4}-\d{2}-\d{2}/.exec(published)?.[0] ?? published : null, title };
}
