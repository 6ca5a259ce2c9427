import type { Span } from './types.js'
import { tokenTexts } from './span.js'

/**
 * One record per spelling, shared by the stages that keep facts about words: each token finds its spelling with
 * one map lookup for the whole pipeline, and each stage reads its own facts from a field of its own (a field, not a
 * list: one memory access fewer for every token). In news with a large vocabulary, two stages looking up the same
 * words in maps of their own cost a tenth of the pipeline.
 */
export class Spelling {
  /** The name tagger's facts (its word info for ordinary sentences). */
  names: unknown = undefined
  /** The attribution tagger's facts (its word view). */
  attribution: unknown = undefined
  private lowered: string | undefined = undefined

  constructor(readonly text: string) {}

  /** The spelling in lower case: one string for every token so spelt, so that each stage's maps hash it once. */
  get lower(): string {
    return (this.lowered ??= this.text.toLowerCase())
  }
}

const spellings = new Map<string, Spelling>()
/** Past this many spellings the vocabulary starts again (between documents): a long run must not grow it forever. */
const VOCAB_LIMIT = 300_000
const byTokens = new WeakMap<readonly Span[], Spelling[]>()
const lowerByTokens = new WeakMap<readonly Span[], string[]>()

/** The spelling of every token, found once per token list: `spellingsOf(text, tokens)[i]`. */
export function spellingsOf(text: string, tokens: readonly Span[]): Spelling[] {
  let found = byTokens.get(tokens)
  if (!found) {
    if (spellings.size > VOCAB_LIMIT) spellings.clear()
    found = tokenTexts(text, tokens).map((word) => {
      let spelling = spellings.get(word)
      if (!spelling) spellings.set(word, (spelling = new Spelling(word)))
      return spelling
    })
    byTokens.set(tokens, found)
  }
  return found
}

/** The lower-cased text of every token, computed once per token list: `lowerTokens(text, tokens)[i]`. */
export function lowerTokens(text: string, tokens: readonly Span[]): string[] {
  let words = lowerByTokens.get(tokens)
  if (!words) {
    words = spellingsOf(text, tokens).map((spelling) => spelling.lower)
    lowerByTokens.set(tokens, words)
  }
  return words
}
