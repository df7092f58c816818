// trimName scans by hand what split/join regexes did: it must give the same name and offset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { trimName } from '../../src/pipeline/people/find.js';
import { NOT_NAMES } from '../../src/pipeline/people/lexicon.js';

/** The definition trimName replaced. */
function reference(name: string): { name: string; offset: number } | null {
  const words = name.split(/(\s+)/);
  let offset = 0;
  while (words.length && NOT_NAMES.has(words[0]!.toLowerCase().replace(/['’]s$/, ''))) {
    offset += words[0]!.length + (words[1]?.length ?? 0);
    words.splice(0, 2);
  }
  let n = words.join('');
  n = n.replace(/['’]s$/, '');
  const parts = n.split(/\s+/);
  while (parts.length && NOT_NAMES.has(parts[parts.length - 1]!.toLowerCase())) parts.pop();
  n = parts.join(' ');
  return n ? { name: n, offset } : null;
}

const same = (s: string): void => assert.deepEqual(trimName(s), reference(s), JSON.stringify(s));

test('trimName: fixed cases', () => {
  for (const s of ['', ' ', 'The', 'The Aung Min', 'Junta’s Aung', "JUNTA'S Aung", 'Aung Min’s', 'Aung  Min', 'Aung\u00a0Min', ' Aung', 'Aung ', 'Aung Police',
    'The Police', 'Asked  U Aung Min said', 'Aung’S', "Min's Army", 'A\nB', 'The\tAung Min Monday']) same(s);
});

test('trimName gives what the split/join definition gives', () => {
  const words = ['The', 'the', 'Asked', 'Aung', 'Min', 'Junta', "Junta's", 'Junta’s', 'Police', 'police', 'Monday', 'İ', 'Ko', 'ARMY', "'s", 's', ''];
  const glue = [' ', ' ', '  ', '\u00a0', '\n', '\t ', "'s", '’s', ''];
  const name = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 8 }).map((xs) => xs.flat().join(''));
  fc.assert(fc.property(name, same), { numRuns: 10000 });
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'T', 'h', 'e', ' ', '\u00a0', "'", '’', 's', 'S') }), same), { numRuns: 10000 });
});
