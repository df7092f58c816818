// Question-and-answer passages: answers printed without quotation marks are the interviewee's
// direct quotes. Invented names and wording.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from '../places/helpers.js';

const quotes = (body: string): string[] =>
  extractDoc(articleToDoc(`Test Wire\n14 January 2026\n\n${body}\n`, { path: 'test' }, 'test', false), myanmar())
    .quotes.filter((q) => q.direct).map((q) => `${q.speaker?.name ?? '-'}: ${q.text}`);

test('Q&A answers are direct quotes of the person named before the first question', () => {
  const intro = 'Fighting went on near the bridge this week.\n\nTest Wire spoke to Saw Kaw Htoo, a spokesman for the brigade.\n\n';
  const cases: [string, string[]][] = [
    [`${intro}Q: Who holds the bridge now?\nA: Our fighters hold both banks. Nobody will push us out.\n\nQ: What about the prisoners?\nA: They are being fed and will be released.`,
      ['Saw Kaw Htoo: Our fighters hold both banks. Nobody will push us out.', 'Saw Kaw Htoo: They are being fed and will be released.']],
    [`${intro}Question – Who holds the bridge now?\n\nAnswer – Our fighters hold both banks.`, ['Saw Kaw Htoo: Our fighters hold both banks.']],
    [`${intro}Q. Who holds the bridge now?\nA. Our fighters hold both banks.`, ['Saw Kaw Htoo: Our fighters hold both banks.']],
    // No question before it: "A:" alone is no answer; "A." after "Q:" questions is no answer either.
    [`${intro}A: Our fighters hold both banks.`, []],
    [`${intro}Q: Who holds the bridge now?\nA. Kyaw said nothing.`, []],
  ];
  for (const [body, want] of cases) assert.deepEqual(quotes(body), want, body);
});
