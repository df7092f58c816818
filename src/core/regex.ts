// Text written into a pattern as itself: names and words from lexicons, registries and the text.

/** `s` with every regex metacharacter escaped, for building a pattern that matches `s` literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
