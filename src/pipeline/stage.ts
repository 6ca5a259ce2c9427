import type { Doc, Layer } from '../doc/types.js'
import type { Context } from './context.js'

/**
 * A pipeline stage: reads the `Doc` and returns its one layer; the pipeline stores it.
 * `requires` names the layers some earlier stage must have added.
 */
export interface Stage<L extends Layer = Layer> {
  readonly layer: L
  readonly requires: readonly Layer[]
  run(doc: Doc, ctx: Context): Doc[L]
}
