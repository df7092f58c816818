// Random text for property tests of scanners that stand for regexes: the patterns' own words and
// phrases, mixed with noise words, glued with spaces and other characters, in random case.
import fc from 'fast-check';

export function patternText(patterns: readonly RegExp[], noise: readonly string[], glue: readonly string[], maxLength: number): fc.Arbitrary<string> {
  const pieces = [...new Set(patterns.flatMap((re) => re.source.match(/[A-Za-z][A-Za-z ]+/g) ?? []).flatMap((p) => [p, ...p.split(' ')]))]
    .filter((p) => p.length > 1);
  const word = fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...noise));
  return fc.array(fc.tuple(word, fc.constantFrom(...glue), fc.boolean()), { maxLength })
    .map((xs) => xs.map(([w, g, up]) => (up ? w.toUpperCase() : w) + g).join(''));
}
