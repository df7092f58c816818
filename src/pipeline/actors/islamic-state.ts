// "Islamic State fighters attacked …", "Islamic State-linked insurgents", "ISIS militants": in a
// story about one of the countries where the movement has a province, the bare name stands for
// that province, the actor ACLED codes ("Islamic State Mozambique Province"), not a new actor
// "Islamic State" (or none at all: the bare name is in no registry). Elsewhere it is left alone.
import type { ActorEntry } from '../../core/pack.js';
import type { ActorMention } from '../layers.js';

/** The province ACLED names for the movement in each country (the registry's world groups). */
const PROVINCE: Record<string, string> = {
  MZ: 'Islamic State Mozambique Province',
  ML: 'Islamic State Sahel Province', NE: 'Islamic State Sahel Province', BF: 'Islamic State Sahel Province',
  NG: 'Islamic State West Africa Province', CM: 'Islamic State West Africa Province', TD: 'Islamic State West Africa Province',
};

/** The bare name (a province's own name, "Islamic State in the Greater Sahara" or "of Iraq" is not). */
const BARE = /\b(?:Islamic State(?![ -](?:West|Sahel|Mozambique|Central|Khorasan|Somalia|Pakistan|Province|in|of)\b)(?:-(?:linked|affiliated|aligned|allied))?|ISIS|ISIL|Daesh)\b/g;

/** The mentions with the bare name's uses made the province's; the same array when none applies. */
export function islamicStateProvince(text: string, mentions: ActorMention[], country: string, named: (name: string) => ActorEntry | undefined): ActorMention[] {
  const name = PROVINCE[country];
  if (!name || (!text.includes('Islamic State') && !/\bIS[IL]S?\b|Daesh/.test(text))) return mentions;
  const province = named(name);
  if (!province) return mentions;
  const found: ActorMention[] = [];
  for (const m of text.matchAll(BARE)) found.push({ start: m.index, end: m.index + m[0].length, actor: province });
  if (!found.length) return mentions;
  const kept = mentions.filter((m) => !found.some((f) => m.start < f.end && f.start < m.end));
  return [...kept, ...found].sort((a, b) => a.start - b.start);
}
