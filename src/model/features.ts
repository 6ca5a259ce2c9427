/**
 * The features of one sequence (a sentence), as hashed bucket ids: token `t` owns
 * `ids[offsets[t]] … ids[offsets[t + 1] - 1]`. Every trained sequence model takes this shape.
 */
export interface FeatureSeq {
  ids: Int32Array
  offsets: Int32Array
}

/**
 * Collects bucket ids token by token into a `FeatureSeq`, in growable typed arrays. A hot loop can keep one
 * builder, `reset()` it per sentence and read `ids` and `offsets` (valid up to `tokens`) without `build()`:
 * allocating typed arrays per sentence costs more than scoring the sentence.
 */
export class FeatureSeqBuilder {
  ids: Int32Array
  offsets = new Int32Array(32)
  /** Tokens closed so far. */
  tokens = 0
  private length = 0

  /** `mask` is applied to every hash (-1 keeps ids as they are); `capacity` is a first guess of the total. */
  constructor(
    private readonly mask: number,
    capacity = 64,
  ) {
    this.ids = new Int32Array(Math.max(16, capacity))
  }

  /** Empties the builder, keeping its arrays. */
  reset(): void {
    this.tokens = 0
    this.length = 0
  }

  /** Adds one feature (a 32-bit hash) to the current token. */
  add(hash: number): void {
    if (this.length === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2)
      grown.set(this.ids)
      this.ids = grown
    }
    this.ids[this.length++] = hash & this.mask
  }

  /** Closes the current token. */
  next(): void {
    if (this.tokens + 2 > this.offsets.length) {
      const grown = new Int32Array(this.offsets.length * 2)
      grown.set(this.offsets)
      this.offsets = grown
    }
    this.offsets[++this.tokens] = this.length
  }

  build(): FeatureSeq {
    return { ids: this.ids.subarray(0, this.length), offsets: this.offsets.subarray(0, this.tokens + 1) }
  }
}
