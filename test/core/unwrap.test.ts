import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unwrapLines } from '../../src/core/unwrap.js';
import { normaliseText } from '../../src/core/doc.js';

/** Cuts each paragraph at `width` columns (as a plain-text newsletter or an e-mail does). */
function wrap(paragraphs: string[], width: number, gap = '\n\n'): string {
  return paragraphs.map((p) => {
    const lines: string[] = [];
    let line = '';
    for (const w of p.split(' ')) {
      if (line && line.length + 1 + w.length > width) { lines.push(line); line = w; } else line = line ? `${line} ${w}` : w;
    }
    lines.push(line);
    return lines.join('\n');
  }).join(gap);
}

const STORY = [
  'Fighting resumed on Tuesday around the town of Rivertown, where resistance fighters attacked an army outpost on the main road before dawn, residents said.',
  'A local rescue worker said at least four civilians were killed when shells fell on a market near the river on Wednesday afternoon, and that more than twenty houses had burned down.',
  'The army said in a statement that its troops had repelled the attack and killed a number of fighters, a claim that could not be independently verified by this outlet.',
  'Most families from the villages around the town have fled towards the hills, and aid groups say they have received no supplies for more than two weeks.',
];

const cases: Array<{ name: string; text: string; joined: boolean }> = [
  { name: 'wrapped at 72 columns, blank lines between paragraphs', text: wrap(STORY, 72), joined: true },
  { name: 'wrapped at 60 columns, no blank lines between paragraphs', text: wrap(STORY, 60, '\n'), joined: true },
  { name: 'wrapped at 100 columns', text: wrap(STORY, 100), joined: true },
  { name: 'one paragraph per line (not wrapped)', text: STORY.join('\n'), joined: false },
  { name: 'a bulletin of short one-line items', text: ['Rivertown: clashes on Monday.', 'Hillview: two shells hit a school.', 'Lakeside: the army arrested five men.', 'Rivertown: a drone struck a road.', 'Hillview: residents fled south.', 'Lakeside: roads closed for a week.', 'Rivertown: the market reopened.'].join('\n'), joined: false },
  { name: 'a list of items each on its own line', text: ['The commission listed these townships for the second phase of the vote, it said in a', 'statement released on Tuesday evening to the state newspapers and to foreign media:', '- Rivertown, where three village tracts will not vote because of the fighting there', '- Hillview, where the whole township votes for the first time since the last election', '- Lakeside, where polling was moved to the town hall after the school was damaged', '1. A second list item that is long enough to be as wide as the lines of the statement'].join('\n'), joined: false },
];

for (const c of cases) {
  test(`unwrap: ${c.name}`, () => {
    const out = unwrapLines(c.text);
    assert.equal(out.length, c.text.length, 'same length: offsets stay');
    if (!c.joined) { if (c.name.startsWith('a list')) { assert.ok(out.includes('\n- Hillview') && out.includes('\n1. A second')); } else assert.equal(out, c.text); return; }
    const paragraphs = out.split(/\n+/).map((p) => p.trim());
    assert.deepEqual(paragraphs, STORY);
  });
}

test('unwrap: normaliseText joins a wrapped story after its header lines stay apart', () => {
  const text = `Freedonia Daily\n3 January 2026\nFighting near Rivertown\n\n${wrap(STORY, 72)}\n`;
  const out = normaliseText(text);
  assert.deepEqual(out.split(/\n+/), ['Freedonia Daily', '3 January 2026', 'Fighting near Rivertown', ...STORY]);
});
