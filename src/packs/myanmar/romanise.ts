// Burmese place names have no one English spelling: MIMU writes "Chanmyathazi", news writes
// "Chan Mya Thazi", "Chanmyatharzi" or "Chan Mya Thar Si"; "Kyeemyindaing" is also "Kyimyindaing",
// "Hpruso" also "Pru Hso", "Khin-U" also "Khin Oo". `romanKey` folds the common alternations of
// romanised Burmese into one key so that a name the text types as a township ("X Township") can
// still be found when its spelling is not in MIMU or our alias table. The index built on it
// answers only when the folded key names one place (see `variants.ts`).

// Applied in order to each word's lower-case letters ("Mahar Aungmyay": the r of "Mahar" ends its word).
const FOLDS: readonly (readonly [RegExp, string])[] = [
  // aspirates written before or after the consonant: hp/ph, hk/kh, ht, hs
  [/hp|ph/g, 'p'],
  [/hk|kh/g, 'k'],
  [/ht/g, 't'],
  [/hs/g, 's'],
  // the silent r of the -ar spelling of a long a: "Mingalar", "Tharyar", "Mahar"
  [/ar(?![aeiou])/g, 'a'],
  // long vowels written double or with a second letter
  [/ee|ey/g, 'i'],
  [/oo|ou/g, 'u'],
  [/ay(?![aeiou])/g, 'e'],
  // z and s stand for the same sound ("Thazi", "Thar Si")
  [/z/g, 's'],
  // A consonant voiced inside a compound is written either way ("Ngapudaw"/"Ngaputaw",
  // "Ponnagyun"/"Ponnakyun", "Takaung"/"Tagaung", "Thabeikkyin"/"Thapeikkyin").
  [/g/g, 'k'],
  [/d/g, 't'],
  [/b/g, 'p'],
  // A nasal closing a syllable is one sound, written m or n ("Nanyun"/"Namyun").
  [/m(?![aeiouy]|$)/g, 'n'],
];
// Then, over the words joined: doubled letters ("Hommalin", "Thayarwaddy", "Salinggyi", "Maha Aung").
const DOUBLED = /([a-z])\1+/g;
const DOUBLED_CONSONANT = /([b-df-hj-np-tv-z])\1+/g;

/** The folded key of a romanised Burmese name (letters only; '' when none). */
export function romanKey(name: string): string {
  const words = name.toLowerCase().normalize('NFD').replace(/[^a-z\s-]/g, '').split(/[\s-]+/);
  // (Doubled consonants collapse first too: "Hommalin" is "Homalin" before the nasal fold reads its
  // "mm"; doubled vowels are the long-vowel folds' own.)
  return words.map((w) => FOLDS.reduce((key, [from, to]) => key.replace(from, to), w.replace(DOUBLED_CONSONANT, '$1'))).join('').replace(DOUBLED, '$1');
}
