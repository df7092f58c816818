// RSS 2.0 and Atom feeds: one article per <item> or <entry>. The text is the item's full content
// (content:encoded, Atom <content>) or, when the feed gives only that, its description/summary;
// the outlet is the channel's title, the date its pubDate/published/updated/dc:date. A bad item
// is reported as `file#n` and the rest of the feed goes on; a file that is no feed is one error.
import { SitrepError, asSitrepError } from '../core/errors.js';
import { articleToDoc } from './article.js';
import { decodeEntities, htmlFragmentToText } from './html.js';
import type { ReadResult } from './sources.js';

/** The text of the first <name> child (CDATA unwrapped, entities decoded), or null. */
function child(xml: string, names: readonly string[]): string | null {
  for (const name of names) {
    const m = new RegExp(`<${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${name}>)`, 'i').exec(xml);
    if (m?.[1] === undefined) continue;
    const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(m[1]);
    const value = (cdata ? cdata[1]! : decodeEntities(m[1])).trim();
    if (value) return value;
  }
  return null;
}

/** An Atom <link href="…"> (the alternate one), or RSS <link>…</link>. */
function link(xml: string): string | null {
  const atom = /<link\b(?=[^>]*\brel\s*=\s*["']alternate["']|(?![^>]*\brel\s*=))[^>]*\bhref\s*=\s*["']([^"']+)["']/i.exec(xml);
  return atom?.[1] ?? child(xml, ['link']);
}

export function isFeed(content: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(content);
}

export function* feedArticles(content: string, file: string, requireDate: boolean): Generator<ReadResult> {
  if (!isFeed(content)) {
    yield { ok: false, error: new SitrepError('E018', 'no <rss>, <feed> or <rdf:RDF> root element', file), subject: file };
    return;
  }
  const items = [...content.matchAll(/<(item|entry)\b[^>]*>([\s\S]*?)<\/\1>/gi)].map((m) => m[2]!);
  const head = content.slice(0, content.search(/<(?:item|entry)\b/i) >>> 0);
  const outlet = child(head, ['title']);
  if (!items.length) yield { ok: false, error: new SitrepError('E018', 'the feed has no <item> or <entry>', file), subject: file };
  for (const [i, item] of items.entries()) {
    const subject = `${file}#${i + 1}`;
    try {
      const html = child(item, ['content:encoded', 'content', 'description', 'summary']);
      if (!html) throw new SitrepError('E018', 'the item has no content, description or summary', subject);
      const text = htmlFragmentToText(html);
      const title = child(item, ['title']);
      yield { ok: true, doc: articleToDoc(text, { source: outlet, published: child(item, ['pubDate', 'published', 'dc:date', 'updated']), title, url: link(item), path: subject }, subject, requireDate), subject };
    } catch (e) {
      yield { ok: false, error: asSitrepError(e, 'E018', subject), subject };
    }
  }
}
