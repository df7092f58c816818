// "Militants attacked an FC post in Tump … The BLF said its fighters had overrun the post": a
// group's own account of an attack the story told before ("the post": a definite site) is that
// attack, and names its doer. The earlier event takes the group as its unidentified side; the
// account is no second event.
import type { EventOut } from '../../core/schema.js';
import type { Layers } from '../layers.js';
import { actorOut } from '../output.js';
import { ARMED_GROUP_KINDS } from '../../core/actor-kinds.js';

/** "said its fighters had overrun the post", "claimed its men had stormed the base". */
const OWN_ACCOUNT = /\b(?:said|says|claimed|stated)\s+(?:that\s+)?(?:its|their)\s+(?:fighters|men|militants|members|cadres|forces|guerrillas)\s+had\s+(?:\w+\s+)?(?:overrun|overran|attacked|stormed|ambushed|raided|captured|seized|struck|hit|destroyed)\s+the\s+(?:post|base|camp|checkpoint|outpost|convoy|station|position|garrison|camp)\b/i;
const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
const WEEK = 7 * 86_400_000;

export function groupVersions(text: string, events: EventOut[], layers: Layers): void {
  for (let i = events.length - 1; i > 0; i--) {
    const e = events[i]!;
    if (!e.span) continue;
    const sentence = text.slice(e.span.start, e.span.end);
    const m = OWN_ACCOUNT.exec(sentence);
    if (!m) continue;
    const saidAt = e.span.start + m.index;
    const group = layers.actors.findLast((a) => a.start >= e.span!.start && a.end <= saidAt && ARMED_GROUP_KINDS.has(a.actor.kind));
    if (!group) continue;
    // The attack told before: the latest earlier violent event in the same place, within a week.
    const first = events.slice(0, i).findLast((o) => VIOLENT.has(o.event_type) && !!o.location && o.location.name === e.location?.name
      && (!o.date || !e.date || Math.abs(Date.parse(o.date) - Date.parse(e.date)) <= WEEK));
    if (!first) continue;
    const k = first.actors.findIndex((a) => a.name.startsWith('Unidentified Armed Group'));
    if (k >= 0) first.actors[k] = actorOut(group.actor);
    events.splice(i, 1);
  }
}

/** "… affirmed that the bombs were fired by FARDC drones": "the bombs" of an account are those told before. */
const DEFINITE_ACCOUNT = /\b(?:said|says|affirmed|claimed|insisted|maintained|alleged|denied|stated)\s+(?:[\w-]+\s+){0,3}?that\s+the\s+(?:bombs|shells|missiles|rockets|strikes?|air ?strikes?|drones?|explosions?|blasts?)\s+(?:were|was|had been|came)\b/i;

/** A party's account of who fired "the bombs" already told is the same strike (its blame is a
 * claim), not a second strike where the account's sentence happens to name a place. */
export function definiteAccounts(text: string, events: EventOut[]): void {
  for (let i = events.length - 1; i > 0; i--) {
    const e = events[i]!;
    if (!e.span || e.event_type !== 'Explosions/Remote violence' || !DEFINITE_ACCOUNT.test(text.slice(e.span.start, e.span.end))) continue;
    const told = events.slice(0, i).some((o) => o.event_type === e.event_type && (!o.date || !e.date || Math.abs(Date.parse(o.date) - Date.parse(e.date)) <= WEEK));
    if (told) events.splice(i, 1);
  }
}

/** "The banned BLA claimed responsibility in a statement": a claim with no attack of its own named. */
const CLAIMED = /\bclaimed responsibility\b(?!\s+for\s+(?:an?\s+)?(?:separate|other|another|earlier|previous))/i;
const BOMBINGS = new Set(['Remote explosive/landmine/IED', 'Suicide bomb', 'Grenade']);
/** How far back (characters) a claim of responsibility still reaches a bombing the story told. */
const CLAIM_REACH = 1500;

/** A group claiming responsibility a few paragraphs after a bombing with no doer named (the
 * sentences right after are blamePerpetrators'): the latest such bombing before it is the group's. */
export function claimedBombings(text: string, events: EventOut[], layers: Layers): void {
  for (const s of layers.sentences) {
    const m = CLAIMED.exec(text.slice(s.start, s.end));
    if (!m) continue;
    const at = s.start + m.index;
    const group = layers.actors.findLast((a) => a.start >= s.start && a.end <= at && ARMED_GROUP_KINDS.has(a.actor.kind));
    if (!group) continue;
    const bombing = events.findLast((e) => !!e.span && e.span.end <= s.start && s.start - e.span.end <= CLAIM_REACH && BOMBINGS.has(e.sub_event_type));
    const k = bombing ? bombing.actors.findIndex((a) => a.name.startsWith('Unidentified Armed Group')) : -1;
    if (k >= 0) bombing!.actors[k] = actorOut(group.actor);
  }
}
