// Myanmar's own words where generic English would stand (core/pack.ts PackLexicon): the names of
// the military and its ruling council, the state outlets that speak for it, how names are written
// (honorifics, ranks) and the country's peoples.
import type { PackLexicon } from '../../core/pack.js';

export const MYANMAR_LEXICON: PackLexicon = {
  // The armed forces' own name, and the State Administration Council that ruled after the 2021 coup.
  stateForceNames: ['Tatmadaw', 'SAC'],
  // State television and the state daily (its "Global" edition contains the name).
  stateMedia: ['MRTV', 'New Light of Myanmar'],
  // The People's Defence Forces, the resistance's local units, named as a kind of fighter.
  armedGroupWords: ['PDF', 'PDFs'],
  // Burmese and ethnic honorifics, part of how a name is written ("U Thein", "Daw Khin", "Saw
  // Htoo", "Nang Hseng"). "Naw" is a Karen woman's honorific but also a Kachin man's given name
  // ("Colonel Naw Bu"); "Duwa", "Pu", "Mai", "Khu", "Maw" tell no gender the pronoun link relies on.
  honorifics: {
    male: ['U', 'Ko', 'Nai', 'Saw', 'Salai', 'Padoh', 'Khun', 'Sai', 'Mahn', 'Bo', 'Sao', 'Hkun'],
    female: ['Daw', 'Ma', 'Mi', 'Nang', 'Nan', 'Nant'],
    neutral: ['Naw', 'Duwa', 'Pu', 'Mai', 'Khu', 'Maw'],
  },
  // The junta chief's rank and his deputy's.
  titles: { neutral: ['Senior General', 'Vice-Senior General', 'Vice Senior General'] },
  // A man's name element ("Maung Maung Ohn"), too common inside names to open one.
  genderedNames: { male: ['Maung'] },
  // A senior Buddhist monk ("the sayadaw of the village monastery").
  roles: ['sayadaw'],
  // The country's peoples: "Kachin fighters" are of a people, not a group named "Kachin". (Naga,
  // Lahu, Akha and Lisu live across the borders too; a pack for India or Thailand would list them.)
  peoples: ['Rohingya', 'Bamar', 'Burman', 'Karen', 'Kachin', 'Shan', 'Chin', 'Mon', 'Rakhine', 'Arakanese', 'Karenni', 'Kayah',
    'Kayin', 'Pa-O', "Ta'ang", 'Palaung', 'Wa', 'Kokang', 'Naga', 'Lahu', 'Akha', 'Lisu'],
  // Unnamed anti-junta fighters ("resistance forces" in a story naming no group): the PDF, as ACLED codes them.
  resistanceForce: 'pdf',
};
