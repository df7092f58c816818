// The claimant a statement's source becomes: a person, an actor, state media named for the state's
// forces, or an unnamed source with the shorter names it goes by. Split from index.ts.
import type { ActorEntry } from '../../core/pack.js';
import type { ActorOut } from '../../core/schema.js';
import { actorOut, namedOut, personOut } from '../output.js';
import type { Source } from './source.js';
import { bodyName, peoplesBody } from './body-name.js';
import { BARE_HEAD } from './unnamed-name.js';
import { stateOutletName } from './state-outlet.js';

const INITIALISM_OPENS = /^(?:\p{Lu}\.){2,}\s+(.+)$/u;

/** State media speak for the state's forces: their claims carry its names as aliases. */
export function claimantOf(src: Source, stateForce: ActorEntry | undefined, stateMedia: RegExp, text?: string): ActorOut {
  if (src.kind === 'person') return personOut(src.person);
  if (src.kind === 'actor') {
    // ("the Ayeyarwady Region Police Force said": the registry's police, by the name the text gives the body.)
    const out = actorOut(src.actor);
    const named = text && text.slice(src.start, src.end) === src.surface ? bodyName(text, src.start, src.end) : null;
    if (!named || named === out.name || out.aliases?.includes(named)) return out;
    // (Built in the schema's key order, aliases after the name, as validation prints it.)
    const { name, aliases, ...rest } = out;
    return { name, aliases: [named, ...(aliases ?? [])], ...rest };
  }
  if (stateMedia.test(src.name) && stateForce) {
    // ("junta-controlled Myawady television": the outlet is "Myawady", state-outlet.ts.)
    const stateNames = [stateForce.name, ...stateForce.aliases];
    return { ...stateOutletName(src.name, stateNames) ?? { name: src.name, aliases: ['state media', ...stateNames] }, kind: 'outlet' };
  }
  // ("the township people's administration team said": the body, not "township people".)
  const body = text && text.slice(src.start, src.end).endsWith(src.name) ? peoplesBody(text, src.name, src.end) : null;
  if (body) return namedOut(body);
  // The phrase without its owner or workplace ("officials at Nasser Hospital" → "officials") and
  // without an initialism ("U.S. official" → "official") names the same source.
  const aliases: string[] = [];
  // ("An official at the Red Sea Ports Corporation": the body is the claimant as much as its official.)
  if (src.owner) aliases.push(src.owner);
  const bare = BARE_HEAD.exec(src.name);
  if (bare) aliases.push(bare[1]!);
  const plain = INITIALISM_OPENS.exec(src.name);
  if (plain) aliases.push(plain[1]!);
  // (Keys in the schema's order, name then aliases: the CLI prints this object as it is.)
  return aliases.length ? { name: src.name, aliases, kind: 'unnamed_source' } : namedOut(src.name);
}
