// Colours. Event types use the Okabe–Ito palette (distinguishable with the common colour-vision
// deficiencies); choropleths use a light-to-dark ramp readable under the boundary lines.

export const TYPE_COLORS: Record<string, string> = {
  Battles: '#d55e00',
  'Explosions/Remote violence': '#e69f00',
  'Violence against civilians': '#cc79a7',
  Protests: '#009e73',
  Riots: '#0072b2',
  'Strategic developments': '#56b4e9',
};
export const typeColor = (t: string): string => TYPE_COLORS[t] ?? '#777777';

/** Categorical colours for actors in the control map; the rest share OTHER. */
export const ACTOR_COLORS = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#1f78b4'];
export const OTHER = '#9aa3ad';
export const CONTESTED_COLOR = '#5c5c5c';

/** Sequential ramp (YlOrRd) for counts. */
export const RAMP = ['#ffffcc', '#ffeda0', '#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#b10026'];

/** Colour of `n` on a log scale up to `max` (0 → none). */
export function rampColor(n: number, max: number): string | null {
  if (n <= 0 || max <= 0) return null;
  const t = max === 1 ? 1 : Math.log(n) / Math.log(max);
  return RAMP[Math.min(RAMP.length - 1, Math.floor(t * (RAMP.length - 1) + 0.5))]!;
}

export const ELECTION_COLORS = { included: '#4daf4a', partly: '#ffbf00', excluded: '#b2182b' } as const;
