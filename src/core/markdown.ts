// Articles copied as Markdown (web clippers, page-to-Markdown readers, newsletters): the markup
// is not text. "**Bhamo**" is no place name to a rule that reads words, and "[the KIA](https://…)"
// no actor; bold names alone took the dev gold from 0.970 to 0.689. The marks go and the words
// stay; a link keeps its text, an image goes. Only a text with a clear Markdown signal (bold, a
// link, a heading line) is touched, so an ordinary story's asterisks and underscores stay.

const SIGNAL = /\*\*[^\s*]|\]\((?:https?:|\/|#|www\.)|^#{1,6}\s/m;

const IMAGE = /!\[[^\]\n]*\]\([^)\s]*(?:\s+"[^"\n]*")?\)/g;
const LINK = /\[([^\]\n]+)\]\((?:https?:|\/|#|www\.)[^)\s]*(?:\s+"[^"\n]*")?\)/g;
const REF_LINK = /\[([^\]\n]+)\]\[[^\]\n]*\]/g;
const STRONG = /(\*\*|__)(?=[^\s*_])([^\n]*?[^\s*_])\1/g;
const EM_STAR = /(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])/g;
const EM_UNDERSCORE = /(?<![\w_])_(?=[^\s_])([^_\n]*?[^\s_])_(?![\w_])/g;
const HEADING = /^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm;
const QUOTE_BLOCK = /^>[ \t]?/gm;
const RULE = /^(?:[ \t]*[-*_][ \t]*){3,}$/gm;
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!>])/g;
/** Link reference definitions ("[1]: https://…") are no text at all. */
const REF_DEFINITION = /^\[[^\]\n]+\]:[ \t]+\S+.*$/gm;

export function stripMarkdown(s: string): string {
  if (!SIGNAL.test(s)) return s;
  return s
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(REF_LINK, '$1')
    .replace(REF_DEFINITION, '')
    .replace(HEADING, '$1')
    .replace(QUOTE_BLOCK, '')
    .replace(RULE, '')
    .replace(STRONG, '$2')
    .replace(EM_STAR, '$1')
    .replace(EM_UNDERSCORE, '$1')
    .replace(ESCAPED, '$1');
}
