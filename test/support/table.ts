// A table test: each case's input through `got` must give the wanted value; every wrong case is
// reported at once, with what it gave.
import assert from 'node:assert/strict';

export function assertTable<T>(cases: readonly (readonly [string, T])[], got: (input: string) => T): void {
  const wrong = cases.map(([input, want]) => ({ input, want, got: got(input) })).filter((x) => JSON.stringify(x.got) !== JSON.stringify(x.want));
  assert.deepEqual(wrong, []);
}
