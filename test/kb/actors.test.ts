// Actor identity across articles and the review list of unknown actors.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kbActors, type ActorMention } from '../../src/kb/actor-review.js';
import { nameSimilarity, sameActor } from '../../src/kb/actors.js';
import { FORCES, FRONT, JUNTA, KIA } from '../support/kb-samples.js';

const mention = (key: string, name: string, article: string, review = false, names = [name]): ActorMention =>
  ({ key, name, id: review ? null : key, kind: review ? 'unknown' : 'rebel', review, articleId: article, names });

describe('actors', () => {
  it('resolves aliases across articles; registry ids decide when both have one', () => {
    assert.equal(sameActor(KIA, { name: 'KIA' }), true);
    assert.equal(sameActor(KIA, { name: 'kachin independence army', id: 'new:kachin-independence-army' }), true);
    assert.equal(sameActor(KIA, JUNTA), false);
    assert.equal(sameActor({ ...KIA, id: 'kio' }, KIA), false, 'different registry ids stay apart even with one name');
    assert.equal(sameActor(FRONT, FORCES), false);
  });

  it('clusters unknown actors with similar names for review and suggests a registry actor', () => {
    assert.equal(nameSimilarity('Kachin Revolutionary Front', 'Kachin Revolutionary Forces'), 0.5);
    const actors = kbActors([
      mention('kia', 'Kachin Independence Army', 'a1', false, ['Kachin Independence Army', 'KIA']),
      mention('new:kachin-revolutionary-front', 'Kachin Revolutionary Front', 'a2', true),
      mention('new:kachin-revolutionary-forces', 'Kachin Revolutionary Forces', 'a3', true),
      mention('new:kachin-independence-army-kia', 'Kachin Independence Army (KIA)', 'a4', true),
      mention('new:joint-forces', 'Joint Forces', 'a5', true),
    ]);
    const review = Object.fromEntries(actors.filter((a) => a.review).map((a) => [a.key, [a.cluster, a.suggestion?.id ?? null]]));
    assert.deepEqual(review, {
      'new:joint-forces': [null, null],
      'new:kachin-independence-army-kia': [null, 'kia'],
      'new:kachin-revolutionary-forces': ['new:kachin-revolutionary-forces', null],
      'new:kachin-revolutionary-front': ['new:kachin-revolutionary-forces', null],
    });
    assert.deepEqual(actors.find((a) => a.key === 'kia')!.names, ['KIA', 'Kachin Independence Army'], 'sorted');
  });
});
