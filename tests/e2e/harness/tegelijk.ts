/** A small worker pool: the machines have two cores, so "all at once" is slower than "a few at a time". */

/**
 * Runs `taken` with at most `n` at a time, starting them in list order; resolves with every outcome in list
 * order once all are done (a failing task does not stop the others).
 */
export async function metHoogstens<T>(n: number, taken: (() => Promise<T>)[]): Promise<PromiseSettledResult<T>[]> {
  if (!(n >= 1)) throw new Error(`metHoogstens: n moet 1 of meer zijn, niet ${n}`);
  const uit: PromiseSettledResult<T>[] = new Array(taken.length);
  let volgende = 0;
  const werker = async () => {
    while (volgende < taken.length) {
      const i = volgende++;
      try {
        uit[i] = { status: 'fulfilled', value: await taken[i]!() };
      } catch (reason) {
        uit[i] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, taken.length) }, werker));
  return uit;
}
