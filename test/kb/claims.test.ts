// Claims: figures they assert, linking to items, grouping by wording, and propositions with
// values side by side and corroboration by independent sources.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildProposition, claimRecord, claimTerms, claimValues, linkedItem, precedingItem } from '../../src/kb/claims.js';
import type { KbEventSource } from '../../src/kb/kb-records.js';
import { KIA, KNU, STATE_MEDIA } from '../support/kb-samples.js';

const claim = (id: string, text: string, claimant: typeof KIA | null, source: string, published: string, hedged = false) =>
  claimRecord(id, 0, { text, claimant, hedged }, { source, published }, null);

describe('claims', () => {
  it('reads the figures a claim asserts, not dates or years', () => {
    assert.deepEqual(claimValues('troops killed 40 KIA fighters'), [{ what: 'killed', value: 40 }]);
    assert.deepEqual(claimValues('12 junta soldiers were killed in June'), [{ what: 'killed', value: 12 }], '"junta" is not a month');
    assert.deepEqual(claimValues('it had lost three fighters and killed 15 soldiers'), [{ what: 'killed', value: 3 }, { what: 'killed', value: 15 }]);
    assert.deepEqual(claimValues('two children were among the dead and that nine other people were wounded'),
      [{ what: 'killed', value: 2 }, { what: 'wounded', value: 9 }]);
    assert.deepEqual(claimValues('hit a monastery on 1 May 2025, killing seven'), [{ what: 'killed', value: 7 }]);
    assert.deepEqual(claimValues('more than 2,000 people have fled'), []);
    assert.deepEqual(claimValues('police detained 12 students'), [{ what: 'arrested', value: 12 }]);
  });

  it('groups by distinctive words only', () => {
    assert.deepEqual(claimTerms('Troops killed 40 KIA fighters since the fighting started'), ['kia']);
    assert.deepEqual(claimTerms('a secret agreement was signed between the KIA and India'), ['secret', 'agreement', 'signed', 'between', 'kia', 'india']);
  });

  it('links a claim to the item its evidence overlaps most, or to the event just before it', () => {
    assert.equal(linkedItem({ start: 10, end: 30 }, [{ start: 0, end: 12 }, { start: 12, end: 40 }, null]), 1);
    assert.equal(linkedItem({ start: 50, end: 60 }, [{ start: 0, end: 12 }]), null);
    assert.equal(precedingItem({ start: 100, end: 120 }, [{ start: 0, end: 40 }, { start: 50, end: 90 }, { start: 130, end: 150 }], 800), 1);
    assert.equal(precedingItem({ start: 1000, end: 1020 }, [{ start: 0, end: 40 }], 800), null);
  });

  it('puts every figure side by side with who asserts it, and flags the dispute', () => {
    const junta = claim('j', 'troops killed 40 KIA fighters', STATE_MEDIA, 'Myitkyina Journal', '2025-12-29', true);
    const kia = claim('k', 'it had lost three fighters and killed 15 soldiers', KIA, 'Myitkyina Journal', '2025-12-29');
    const report = { ref: 'r1', article_id: 'r', source: 'Kachin Frontline', published: '2025-12-27', fatalities: 12 } as KbEventSource;
    const p = buildProposition('event', 'kb-x', 'Armed clash in Bhamo', [kia, junta], [report]);
    assert.deepEqual(p.values.map((v) => `${v.what} ${v.value}: ${v.asserted_by.join(', ')}`), [
      'killed 3: Kachin Independence Army', 'killed 12: Kachin Frontline', 'killed 15: Kachin Independence Army', 'killed 40: Junta-controlled media',
    ]);
    assert.equal(p.disputed, true);
    assert.deepEqual(p.asserted_by.map((a) => [a.name, a.hedged]), [['Junta-controlled media', true], ['Kachin Independence Army', false]]);
    assert.deepEqual(p.relayed_by, ['Myitkyina Journal']);
    assert.equal(p.corroborated, false, 'nobody independent repeats either figure');
  });

  it('marks a claim corroborated when an independent, same-or-later source confirms it', () => {
    const hedged = claim('h', 'an air strike reportedly hit a monastery, killing seven civilians', { name: 'residents' } as typeof KIA, 'Salween Times', '2025-05-03', true);
    const knu = claim('n', 'Seven civilians were killed when junta aircraft bombed a monastery', KNU, 'Karen News Desk', '2025-05-06');
    const p = buildProposition('event', 'kb-y', 'Air strike in Hpapun', [knu, hedged]);
    assert.deepEqual(p.corroboration.map((c) => [c.claim_id, c.confirmed_by.ref]), [['h-claim-0', 'n-claim-0']]);
    const sameOutlet = claim('s', 'killing seven civilians', KNU, 'Salween Times', '2025-05-04');
    assert.equal(buildProposition('event', 'kb-y', 'x', [hedged, sameOutlet]).corroborated, false, 'the same outlet is not independent');
    const earlier = claim('e', 'killing seven civilians', KNU, 'Karen News Desk', '2025-05-01');
    assert.equal(buildProposition('event', 'kb-y', 'x', [hedged, earlier]).corroboration.length, 0, 'confirmation comes the same day or later');
    const report = { ref: 'r2', article_id: 'r', source: 'Karen News Desk', published: '2025-05-06', fatalities: 7 } as KbEventSource;
    assert.deepEqual(buildProposition('event', 'kb-y', 'x', [hedged], [report]).corroboration.map((c) => c.confirmed_by.ref), ['r2']);
  });
});
