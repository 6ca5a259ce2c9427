import type { TriggerSense } from '../lexicon.js'
import type { WordFacts } from '../word-facts.js'

/**
 * A trigger's sense; `object`: the token that gave it ("aid" in "suspended aid"), which is no event of its own;
 * `rule`: the rule that read it (set by `senseOf`).
 */
export type Sense = TriggerSense & { object?: number; rule?: string }

/** What a sense rule reads around token i: the words, the tokens inside names, each spelling's facts. */
export interface SenseContext {
  lower: (i: number) => string
  named: Uint8Array
  facts: readonly WordFacts[]
}
