// A state outlet named with its owner ("junta-controlled Myawady television", "the regime's
// mouthpiece, the Mirror newspaper"): the claimant is the outlet as readers know it ("Myawady"),
// with the phrase as written, the outlet with its medium ("Myawady television") and the state's
// own names as aliases, since such media speak for it. Generic phrases ("state newspapers",
// "junta-run media") stay as written.

/** The owner before the outlet's name: "junta-controlled", "the regime's", "state-run", "military-owned". */
const OWNER = /^(?:the\s+)?(?:[\p{L}]+-(?:controlled|run|owned|backed|aligned|affiliated)|[\p{L}]+['’]s|state|pro-[\p{L}]+)\s+(?:(?:mouthpiece|outlet|broadcaster|newspaper|daily|channel)\s*,?\s+(?:the\s+)?)?/iu;
/** The medium after the outlet's name: "Myawady television", "Mirror newspaper", "Myanma Alinn daily". */
const MEDIUM = /\s+(?:(?:television|TV|radio)(?:\s+station)?|newspaper|daily|broadcaster|channel)$/i;
/** Words that make the phrase a medium at all ("the junta's Kalay district administration" is an office). */
const MEDIA_WORD = /\b(?:television|TV|newspapers?|daily|radio|broadcaster|channel|mouthpiece|media|paper)\b/i;
/** Platforms are where an outlet posts, not the outlet ("a junta-aligned Telegram channel"). */
const PLATFORM = /^(?:Telegram|Facebook|TikTok|YouTube|Twitter|X|VK|WhatsApp|Viber)$/;

/** `{ name, aliases }` for a state outlet's claims; null when the phrase names no outlet of its own. */
export function stateOutletName(phrase: string, stateNames: readonly string[]): { name: string; aliases: string[] } | null {
  if (!MEDIA_WORD.test(phrase)) return null;
  const owner = OWNER.exec(phrase);
  const outlet = owner ? phrase.slice(owner[0].length) : phrase;
  if (!/^\p{Lu}/u.test(outlet)) return null;
  const bare = outlet.replace(MEDIUM, '');
  if (PLATFORM.test(bare)) return null;
  const aliases = [...new Set([outlet, phrase].filter((a) => a !== bare))];
  return { name: bare, aliases: [...aliases, 'state media', ...stateNames] };
}
