// Minimal HTML to text for article pages: keeps the <article> (or <main>) when the page has one,
// drops scripts, navigation, asides, footers and the blocks pages wrap around a story (related
// links, share buttons, newsletter boxes, comments), keeps paragraph breaks, decodes entities.
// Good enough for news pages; not a general HTML renderer.
import { dropElements, mainContent } from './html-blocks.js';

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '\u2019', lsquo: '\u2018',
  rdquo: '\u201d', ldquo: '\u201c', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

// Lines a page puts between paragraphs that are links to other stories or calls to act.
const PROMO_LINE = /^(?:related|read more|read also|also read|see also|more on this|recommended|most read|follow us|subscribe|sign up|share (?:this|on)|advertisement)\b.*$/i;

/** Tags of inline elements, which render no space of their own. */
const INLINE_TAG = /<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|font|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)\b[^>]*>/gi;

/** The page's story text (its outlet, date and headline: `pageMeta` in html-meta.ts). */
export function htmlToText(html: string): string {
  const body = dropElements(mainContent(html.replace(/<!--[\s\S]*?-->/g, ' ')))
    .replace(/<(script|style|noscript|nav|header|footer|aside|svg|form|button|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|figcaption|blockquote|tr|section|article)>/gi, '\n\n')
    // Inline elements (links, bold, spans) are part of the words around them: "the <a>KIA</a>," is
    // "the KIA,", not "the KIA ," (a space before the comma that broke the rules reading "KIA,").
    .replace(INLINE_TAG, '')
    .replace(/<[^>]+>/g, ' ');
  return decodeEntities(body)
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => !PROMO_LINE.test(l))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text of an HTML fragment (a feed item's content, a scraper record's text): read as a page's
 * body, so its paragraphs and inline elements are handled as on a page. */
export const htmlFragmentToText = (fragment: string): string => htmlToText(`<body>${fragment}</body>`);
