// The passes over all of a story's events once each candidate has made its own: doers named or
// claimed in other sentences, tolls told after, restatements and other versions of one event,
// then the events that only sum others up and the duplicates are left out. Split from index.ts.
import type { DomainPack } from '../../core/pack.js';
import type { EventOut } from '../../core/schema.js';
import type { Layers } from '../layers.js';
import { tollsInNextSentence } from './tolls.js';
import { claimedBombings, definiteAccounts, groupVersions } from './group-versions.js';
import { blamePerpetrators, detentionsAtProtests, otherVersions } from './story-revisions.js';
import { dedupe } from './dedupe.js';
import { foreignStriker } from './state-doers.js';
import { attackerOfTheAttack } from './the-attack.js';
import { unclaimedStrikes } from './unclaimed.js';
import { ownDevices } from './own-devices.js';
import { theFightingBefore } from './the-fighting.js';
import { bodiesAfterBurning } from './found-after-burning.js';
import { withoutRestatements } from './state-versions.js';
import { summedUp } from './analysis.js';
import { memberGroups } from './member-groups.js';
import { assaultTotals } from './assault-totals.js';

/** `where`: the story's country; `dated`: the events dated by their own text (dedupe.ts). */
export function storyPasses(text: string, events: EventOut[], layers: Layers, where: string, dated: Set<EventOut>, pack: DomainPack): EventOut[] {
  blamePerpetrators(text, events, layers);
  claimedBombings(text, events, layers);
  ownDevices(text, events);
  foreignStriker(events);
  attackerOfTheAttack(text, events);
  detentionsAtProtests(text, events, layers);
  tollsInNextSentence(text, events, layers);
  theFightingBefore(text, events);
  bodiesAfterBurning(text, events, layers);
  otherVersions(text, events, layers.places);
  groupVersions(text, events, layers);
  definiteAccounts(text, events);
  unclaimedStrikes(text, events, layers, where);
  memberGroups(text, events, layers.actors);
  const out = dedupe(withoutRestatements(events, pack).filter((e) => !summedUp(e, dated)), dated);
  assaultTotals(out);
  return out;
}
