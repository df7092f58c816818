// Question-and-answer passages: answers printed without quotation marks are the interviewee's
// direct quotes. Invented names and wording.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const quotes = (body: string): string[] =>
  extractStory('14 January 2026', body)
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

test('speaker-labelled interviews: the first question label asks, a label naming a person answers', () => {
  const intro = 'Fighting went on near the bridge this week.\n\nTest Wire spoke to Saw Kaw Htoo, a spokesman for the brigade, and Naw Paw Say, who runs the camp.\n\n';
  const cases: [string, string[]][] = [
    [`${intro}Test Wire: Who holds the bridge now?\n\nSaw Kaw Htoo: Our fighters hold both banks.\n\nTest Wire: And the camp?\n\nNaw Paw Say: We have no rice left.\n\nWe need help before the rains.`,
      ['Saw Kaw Htoo: Our fighters hold both banks.', 'Naw Paw Say: We have no rice left.', 'Naw Paw Say: We need help before the rains.']],
    [`${intro}Interviewer: Who holds the bridge now?\n\nKaw Htoo: Our fighters hold both banks.`, ['Saw Kaw Htoo: Our fighters hold both banks.']],
    // A label that is no one's speech, and labels with no question before them, are left alone.
    [`${intro}Note: The bridge was closed.\n\nSaw Kaw Htoo: Our fighters hold both banks.`, []],
  ];
  for (const [body, want] of cases) assert.deepEqual(quotes(body), want, body);
});

test('an answer runs on over its later paragraphs up to the next question', () => {
  const intro = 'Test Wire spoke to Saw Kaw Htoo, a spokesman for the brigade.\n\n';
  assert.deepEqual(quotes(`${intro}Q: Who holds the bridge now?\n\nA: Our fighters hold both banks.\n\nThey came back on Monday.\n\nQ: And the prisoners?\n\nA: They are fed.`),
    ['Saw Kaw Htoo: Our fighters hold both banks.', 'Saw Kaw Htoo: They came back on Monday.', 'Saw Kaw Htoo: They are fed.']);
});

test('questions alone on their line are an interview only when the opening says so', () => {
  const qa = 'Who holds the bridge now?\n\nOur fighters hold both banks. Nobody will push us out.\n\nThey came back on Monday.\n\nWhat will happen to the prisoners?\n\nThey are being fed and will be released.';
  const cases: [string, string[]][] = [
    [`Fighting went on near the bridge.\n\nIn an interview with Test Wire, Saw Kaw Htoo, a spokesman for the brigade, spoke about the battle.\n\n${qa}`,
      ['Saw Kaw Htoo: Our fighters hold both banks. Nobody will push us out.', 'Saw Kaw Htoo: They came back on Monday.', 'Saw Kaw Htoo: They are being fed and will be released.']],
    [`Test Wire asked Saw Kaw Htoo, a spokesman for the brigade, about the battle.\n\n${qa}`,
      ['Saw Kaw Htoo: Our fighters hold both banks. Nobody will push us out.', 'Saw Kaw Htoo: They came back on Monday.', 'Saw Kaw Htoo: They are being fed and will be released.']],
    // An explainer's question headings: no interview named, the outlet's own voice.
    [`Saw Kaw Htoo leads the brigade that took the bridge.\n\n${qa}`, []],
    // One question is a rhetorical one, not an interview.
    [`Test Wire spoke to Saw Kaw Htoo, a spokesman for the brigade.\n\nWho holds the bridge now?\n\nOur fighters hold both banks.`, []],
    // A quoted question is a quotation, not the interviewer's.
    [`Test Wire spoke to Saw Kaw Htoo, a spokesman for the brigade.\n\n"Who will pay?"\n\nThe bridge stayed shut.\n\n"Who will fix it?"\n\nNo one answered.`, []],
  ];
  for (const [body, want] of cases) assert.deepEqual(quotes(body), want, body);
});

test('after the last answer the story speaks in its own voice again', () => {
  const intro = 'Test Wire spoke to Saw Kaw Htoo, a spokesman for the brigade.\n\n';
  const cases: [string, string[]][] = [
    [`${intro}Q: Who holds the bridge now?\nA: Our fighters hold both banks.\n\nResidents of the village said most families had fled.\n\nEditor's note: The bridge was built in 1998.`,
      ['Saw Kaw Htoo: Our fighters hold both banks.']],
    [`${intro}Q: Who holds the bridge now?\nA: Our fighters hold both banks.\n\nWe will stay there until the rains.`,
      ['Saw Kaw Htoo: Our fighters hold both banks.', 'Saw Kaw Htoo: We will stay there until the rains.']],
    [`${intro}Who holds the bridge now?\n\nOur fighters hold both banks.\n\nWhat about the prisoners?\n\nThey are fed.\n\nWe will free them soon.\n\nThe brigade took the bridge in March, residents said.`,
      ['Saw Kaw Htoo: Our fighters hold both banks.', 'Saw Kaw Htoo: They are fed.', 'Saw Kaw Htoo: We will free them soon.']],
  ];
  for (const [body, want] of cases) assert.deepEqual(quotes(body), want, body);
});
