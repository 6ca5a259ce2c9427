import type { Spelling } from '../../doc/vocab.js'
import { PAIR_STARTS, WORD_CONTEXTS } from './contexts.js'
import { GROUP_NOUNS, type TriggerSense } from './lexicon.js'
import { WORD_SENSES } from './senses/read-sense.js'

/** What the event coder keeps of a spelling, on the spelling itself: read once per spelling, not per token. */
export interface WordFacts {
  /** Its plain trigger sense; null when `senseOf` reads its neighbours; undefined for no trigger. */
  sense: TriggerSense | null | undefined
  /** It names a group that acts without a name ("police", "rebels"). */
  group: boolean
  /** The PLOVER contexts it cues (indexes into `CONTEXTS`), and whether it may open a two-word cue ("human rights"). */
  contexts: readonly number[]
  pairStart: boolean
  capitalised: boolean
}

const NO_CONTEXTS: readonly number[] = []

export function factsOf(spelling: Spelling): WordFacts {
  let facts = spelling.events as WordFacts | undefined
  if (!facts) {
    const w = spelling.lower
    facts = {
      sense: WORD_SENSES.get(w),
      group: GROUP_NOUNS.has(w),
      contexts: WORD_CONTEXTS.get(w) ?? NO_CONTEXTS,
      pairStart: PAIR_STARTS.has(w),
      capitalised: isCapitalised(spelling.text),
    }
    spelling.events = facts
  }
  return facts
}

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0)
  return c < 128 ? c >= 65 && c <= 90 : word[0] !== word[0].toLowerCase()
}
