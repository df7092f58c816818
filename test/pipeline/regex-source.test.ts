// The regex-source reader both pattern analyses share (required-words.ts, leading-words.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRegexSource, type RegexNode } from '../../src/pipeline/lexicon/regex-source.js';

/** A compact rendering of the tree, to write the expected shapes by hand. */
function show(n: RegexNode): string {
  switch (n.kind) {
    case 'alt': return `alt(${n.branches.map(show).join(' | ')})`;
    case 'seq': return n.items.map(show).join(' ');
    case 'repeat': return `${show(n.node)}{${n.min},${n.max === Infinity ? '' : n.max}}`;
    case 'char': return n.c;
    case 'class': return `[${n.body}]`;
    case 'any': return 'ANY';
    case 'assert': return '@';
  }
}

const CASES: [RegExp, string][] = [
  [/said/, 's a i d'],
  [/\bfell to\b/i, '@ f e l l   t o @'],
  [/a|bc/, 'alt(a | b c)'],
  [/(?:took|taken)\s+men/, 'alt(t o o k | t a k e n) ANY{1,} m e n'],
  [/x?y*z+w{2}v{1,3}u{2,}t+?/, 'x{0,1} y{0,} z{1,} w{2,2} v{1,3} u{2,} t{1,}'],
  [/(?<!stun )grenade(?=s)/, '@ g r e n a d e @'],
  [/(?<n>a)\k<n>/, 'a ANY'],
  [/[Ss]aid\.|[^a-z]/, 'alt([Ss] a i d . | [^a-z])'],
  [/(a)\p{Lu}\u0041\u{41}\x41\cA\d\1/u, 'a ANY ANY ANY ANY ANY ANY ANY'],
  [/^’s$/, '@ ’ s @'],
];

test('regex sources read into trees', () => {
  for (const [re, want] of CASES) assert.equal(show(parseRegexSource(re)), want, String(re));
});

test('a source it cannot read throws (the analyses then give no condition)', () => {
  // "\k<" with no ">" is a literal in a pattern without named groups: it used to send the
  // readers back to the start of the source, for ever.
  assert.throws(() => parseRegexSource(new RegExp('a\\k<b')));
});
