// Element-level cuts for news pages, by balanced tag matching (regex alone cannot find where a
// nested <div> ends): the story's container, and the wrappers around it that are not story.

/** Where the element opened at `open` (an index of "<tag") closes, after its end tag; -1 if never. */
function closeOf(html: string, open: number, tag: string): number {
  const re = new RegExp(`<(/?)${tag}\\b[^>]*?(/?)>`, 'gi');
  re.lastIndex = open;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[2]) continue; // <div/>
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

/** The inside of the page's longest <article>, else its <main>, else the whole page. */
export function mainContent(html: string): string {
  for (const tag of ['article', 'main']) {
    let best: string | null = null;
    for (const m of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
      const end = closeOf(html, m.index!, tag);
      const inner = end < 0 ? html.slice(m.index!) : html.slice(m.index!, end);
      if (!best || inner.length > best.length) best = inner;
    }
    // A teaser <article> in a list is short; the story is most of the page's text.
    if (best && best.replace(/<[^>]+>/g, '').trim().length > 200) return best;
  }
  return html;
}

// class or id words of wrappers that hold no story text.
const NOT_STORY = /\b(?:related|share|sharing|social|newsletter|subscribe|subscription|advert\w*|ads?|promo\w*|comments?|breadcrumbs?|tags|most-?read|popular|recommend\w*|read-?more|author-bio|sidebar|paywall|cookie\w*)\b/i;

/** The page without the elements whose class or id says they are not story. */
export function dropElements(html: string): string {
  const open = /<(div|section|ul|ol|p|span|figure|aside|nav)\b[^>]*\b(?:class|id)\s*=\s*["']([^"']*)["'][^>]*>/gi;
  let out = '';
  let from = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    if (!NOT_STORY.test(m[2]!.replace(/[_]/g, '-'))) continue;
    const end = closeOf(html, m.index, m[1]!);
    out += html.slice(from, m.index);
    from = end < 0 ? html.length : end;
    open.lastIndex = from;
  }
  return out + html.slice(from);
}
