// Stand-off spans: UTF-16 offsets into a Doc's text, end exclusive. Layers never copy text.

export interface Span {
  readonly start: number;
  readonly end: number;
}

export const span = (start: number, end: number): Span => ({ start, end });
export const spanText = (text: string, s: Span): string => text.slice(s.start, s.end);
export const spanLength = (s: Span): number => s.end - s.start;
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const byStart = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;

/** Shrinks a span so it does not start or end with whitespace or the given punctuation. */
export function trimSpan(text: string, s: Span, chars = ' \t\r\n'): Span {
  let { start, end } = s;
  while (start < end && chars.includes(text[start] ?? '')) start++;
  while (end > start && chars.includes(text[end - 1] ?? '')) end--;
  return { start, end };
}
