import { RowTable } from '../../model/linear-chain.js'

/**
 * Word form → ambiguity class: the hash of the set of tags training saw the form with ("back" → RB|RP|JJ|NN|VB).
 * The tagger reads it for the word and its neighbours: the tags a word can take, before any is chosen.
 */
export class AmbiguityLexicon {
  constructor(
    readonly table: RowTable,
    /** The class of the form in row r. */
    readonly classes: Int32Array,
  ) {}

  /** Builds the lexicon from form hashes and their classes. */
  static of(forms: Int32Array, classes: Int32Array): AmbiguityLexicon {
    return new AmbiguityLexicon(RowTable.of(forms), classes)
  }

  /** The class of a form hash, 0 when training never saw it. */
  classOf(formHash: number): number {
    const row = this.table.get(formHash | 0)
    return row < 0 ? 0 : this.classes[row]
  }

  /** The forms, row by row (to store the lexicon). */
  forms(): Int32Array {
    return this.table.buckets(this.classes.length)
  }
}
