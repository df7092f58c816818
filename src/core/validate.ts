// The one validator used on every CLI and API output that claims to be `extraction/v1`.
import { SitrepError } from './errors.js';
import { looksLikeExtraction } from './schema-check.js';
import { ExtractionSchema, type Extraction } from './schema.js';

export function validateExtraction(value: unknown, subject?: string): Extraction {
  // The fast check accepts only what zod accepts, and returns the value itself where zod would
  // return an equal copy; anything it doubts goes to zod, which decides and words the error.
  if (looksLikeExtraction(value)) return value as Extraction;
  const parsed = ExtractionSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new SitrepError('E030', first ? `${first.path.join('.')}: ${first.message}` : 'invalid', subject);
  }
  return parsed.data;
}

/** Evidence strings must be exact substrings of the article; returns the paths that are not. */
export function evidenceProblems(x: Extraction, text: string): string[] {
  const bad: string[] = [];
  for (const layer of ['events', 'quotes', 'claims', 'control', 'elections'] as const) {
    x[layer].forEach((item, i) => {
      const ev = (item as { evidence?: string }).evidence;
      if (ev !== undefined && !text.includes(ev)) bad.push(`${layer}[${i}].evidence`);
    });
  }
  return bad;
}
