// '"…," junta spokesperson Maj-Gen Zaw Min Tun said': a role before the name after a quote names
// the speaker; a new sentence after the quote does not. Hand-written sentences, the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const speakers = (body: string): string[] => extractStory('14 October 2025', body)
  .quotes.filter((q) => q.direct).map((q) => `${q.speaker?.name ?? '-'}|${q.speaker?.title ?? '-'}`);

test('a role, then the name, then the verb', () => {
  const cases: [string, string[]][] = [
    ['“The ceasefire is over,” junta spokesperson Maj-Gen Zaw Min Tun said at a press conference.', ['Zaw Min Tun|Maj-Gen']],
    ['“The ceasefire is over,” KIA spokesman Naw Bu said.', ['Naw Bu|spokesman']],
    ['“We ran at dawn,” local resident Ko Aung told the Wire.', ['Ko Aung|resident']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(speakers(body), expected, body);
});

test('a new sentence after the quote names no speaker of it', () => {
  const body = 'Ko Tun spoke first. “We ran at dawn.” Local resident Ko Aung said the jets came later.';
  assert.notDeepEqual(speakers(body), ['Ko Aung|resident']);
});
