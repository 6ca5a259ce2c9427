/**
 * How a cost grows: the best of a few timings of `run(n)` and of `run(8n)`, and their ratio. A linear cost gives
 * about 8, a quadratic one 64; tests assert a generous bound (< 16), never a wall-clock time, so a loaded machine
 * does not fail them.
 */
export function growthRatio(run: (n: number) => void, n: number, repeats = 3): number {
  const best = (size: number) => {
    let fastest = Number.POSITIVE_INFINITY
    for (let k = 0; k < repeats; k++) {
      const began = performance.now()
      run(size)
      fastest = Math.min(fastest, performance.now() - began)
    }
    return fastest
  }
  run(8 * n) // warm up: compile the code paths and grow the heap before timing them
  // The small size is timed more often: its timings suffer most from a busy machine.
  const small = Math.max(Math.min(best(n), best(n)), 1)
  return best(8 * n) / small
}
