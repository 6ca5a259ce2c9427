/**
 * How a cost grows: the best of a few timings of `run(n)` and of `run(8n)`, and their ratio. A linear cost gives
 * about 8, a quadratic one 64; tests assert a generous bound (< 16), never a wall-clock time, so a loaded machine
 * does not fail them.
 */
export function growthRatio(run: (n: number) => void, n: number, repeats = 3): number {
  // A collection or a busy neighbour can land in one timing of the large size: measure again, up to three times,
  // and keep the smallest ratio. A quadratic cost is about 64 every time, so this only removes noise.
  let ratio = measureGrowth(run, n, repeats)
  for (let trial = 1; trial < 3 && ratio >= 12; trial++) ratio = Math.min(ratio, measureGrowth(run, n, repeats))
  return ratio
}

function measureGrowth(run: (n: number) => void, n: number, repeats: number): number {
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
