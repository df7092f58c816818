// Clauses of an election sentence: "X is among the townships scheduled to vote, but … no polls will
// be held at all in Y" says two things, one of each township.

/** The stretch of `sent` around `at` between clause breaks (", but", "; ", ": ", ", while", ", whereas", ", although", "except"). */
// (", … except in Kyunsu, where no polling has been scheduled": the exception is a clause of its own.)
const CLAUSE_BREAKS = /,\s+(?:but|while|whereas|although|though)\b|,?\s+except\b|[;:]\s/g;
export function clauseAround(sent: string, at: number): [number, number] {
  let from = 0, to = sent.length;
  for (const m of sent.matchAll(CLAUSE_BREAKS)) {
    if (m.index! + m[0].length <= at) from = m.index! + m[0].length;
    else if (m.index! > at) { to = m.index!; break; }
  }
  return [from, to];
}
