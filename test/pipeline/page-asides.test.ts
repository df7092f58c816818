// A page's furniture and links to other stories are asides that no stage reads: tags, share
// lines, an embedded post's credit line, and every headline under a related-stories heading (bulleted or not).
// Invented text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks } from '../../src/pipeline/structure/blocks.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from '../places/helpers.js';

const kinds = (text: string): string[] => splitBlocks(text, 0).map((b) => `${b.kind}: ${text.slice(b.start, b.end).split(' ').slice(0, 3).join(' ')}`);

test('page notes and unbulleted headlines under a related-stories heading are asides', () => {
  const text = 'The army lost the camp on Monday.\n— Delta Front (@DeltaFront) March 5, 2026\nTags: Myanmar, Sagaing, KIA\nFiled under: Conflict\nShare this:\n'
    + 'Editor\'s note: Hpapun was left out of the vote.\nYou may also like\nJets bomb Kanbalu village\nKIA takes Bhamo airport\nThe story continues here.';
  assert.deepEqual(kinds(text), [
    'paragraph: The army lost', 'aside: — Delta Front', 'aside: Tags: Myanmar, Sagaing,', 'aside: Filed under: Conflict', 'aside: Share this:',
    'paragraph: Editor\'s note: Hpapun', 'aside: You may also', 'aside: Jets bomb Kanbalu', 'aside: KIA takes Bhamo',
    'paragraph: The story continues',
  ]);
});

test('a linked headline or a tag list yields no event, place or actor of the story', () => {
  const story = 'Test Wire\n14 January 2026\n\nFighting went on in Nigeria\'s Borno State on Monday, where ISWAP fighters attacked an army base in Damboa, residents said.\n';
  const tail = '\nTags: Myanmar, Sagaing, KIA\n\nYou may also like\nJunta jets bomb Kanbalu village, killing 12\nKIA captures Bhamo airport\n';
  const events = (text: string) => extractDoc(articleToDoc(text, { path: 't' }, 't', false), myanmar()).events
    .map((e) => `${e.sub_event_type} ${e.location?.country ?? ''} ${e.actors.map((a) => a.name).join('/')}`);
  assert.deepEqual(events(story + tail), events(story));
});

test('"Related news:", "More stories", "See also" head a list of links; a wire photo\'s long caption is a caption', async () => {
  const { splitBlocks } = await import('../../src/pipeline/structure/blocks.js');
  const k = (text: string): string[] => splitBlocks(text, 0).map((b) => b.kind);
  assert.deepEqual(k('The camp fell.\nRelated news:\n- Jets bomb a market in Budalin\n- Farmers flee'), ['paragraph', 'aside', 'aside', 'aside']);
  assert.deepEqual(k('The camp fell.\nMore stories\nJets bomb a market in Budalin'), ['paragraph', 'aside', 'aside']);
  const caption = 'Villagers dig graves after an air strike in a village of Kanbalu township, Sagaing region, February 2, 2026, in this picture obtained by the Wire. Local group/Handout via WIRE';
  assert.deepEqual(k(`${caption}\nThe story starts here.`), ['caption', 'paragraph']);
});
