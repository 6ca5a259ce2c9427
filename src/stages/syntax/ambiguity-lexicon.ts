import { RowTable } from '../../model/linear-chain.js'

/**
 * Word form → ambiguity class: the hash of the set of tags training saw the form with ("back" → RB|RP|JJ|NN|VB),
 * and that set itself. The tagger reads the class for the word and its neighbours (the tags a word can take,
 * before any is chosen), and chooses a known word's XPOS among its set only.
 */
export class AmbiguityLexicon {
  constructor(
    readonly table: RowTable,
    /** The class of the form in row r. */
    readonly classes: Int32Array,
    /** The XPOS ids of the form in row r, as a bitset: ids 0–31 at `2r`, 32–63 at `2r + 1`. */
    readonly tagSets: Int32Array,
  ) {}

  /** Builds the lexicon from form hashes, their classes and tag sets. */
  static of(forms: Int32Array, classes: Int32Array, tagSets: Int32Array): AmbiguityLexicon {
    return new AmbiguityLexicon(RowTable.of(forms), classes, tagSets)
  }

  /** The row of a form hash, −1 when training never saw it (twice). */
  rowOf(formHash: number): number {
    return this.table.get(formHash | 0)
  }

  /** The class of a form hash, 0 when training never saw it. */
  classOf(formHash: number): number {
    const row = this.rowOf(formHash)
    return row < 0 ? 0 : this.classes[row]
  }

  /** The forms, row by row (to store the lexicon). */
  forms(): Int32Array {
    return this.table.buckets(this.classes.length)
  }
}
