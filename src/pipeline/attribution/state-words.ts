// The attribution patterns that name the home state's forces or outlets: generic English here,
// the pack's own names (PackLexicon: "Tatmadaw", "SAC") spliced in once per pack.
import { orWords, perPack } from '../../core/pack-lexicon.js';

export interface StateWords {
  /** Nouns that refer back to the last organisation named ("the group said", "the junta said"). */
  readonly anaphoricOrgs: RegExp;
  /** Sources whose claims speak for the state's armed forces ("junta-controlled media", "state-run TV"). */
  readonly stateMedia: RegExp;
  /** A party named as the doer in a denial ("… was laid by the military", "the army had …"). */
  readonly blame: RegExp;
}

export const stateWords = perPack((lex): StateWords => {
  const forces = orWords(lex.stateForceNames);
  return {
    anaphoricOrgs: new RegExp(String.raw`^(?:the|its)\s+(group|alliance|organi[sz]ation|brigade|council|commission|army|movement|front|party|force|battalion|coalition|government|ministry|junta${forces}|regime|military|command|column|faction|paramilitary|paper|newspaper)\b`, 'i'),
    stateMedia: new RegExp(String.raw`^(?:junta-controlled${orWords(lex.stateForceNames, '-controlled')}|state-run|state|junta${forces}|military-run|regime)\b`, 'i'),
    blame: new RegExp(String.raw`\b(?:by|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}]*|military|junta${forces}|regime|army)\b|\b(?:the\s+)?(?:military|junta${forces}|regime|army)\s+(?:was|were|had|has)\b`, 'u'),
  };
});
