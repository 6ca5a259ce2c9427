import type { Span } from './types.js'

/**
 * One record per spelling, shared by the stages that keep facts about words: each token finds its spelling with
 * one lookup for the whole pipeline, and each stage reads its own facts from a field of its own (a field, not a
 * list: one memory access fewer for every token). In news with a large vocabulary, two stages looking up the same
 * words in maps of their own cost a tenth of the pipeline.
 */
export class Spelling {
  /** The name tagger's facts (its word info for ordinary sentences). */
  names: unknown = undefined
  /** The attribution tagger's facts (its word view). */
  attribution: unknown = undefined
  /** The event coder's facts (the word's trigger sense, whether it names a group). */
  events: unknown = undefined
  private lowered: string | undefined = undefined

  /** `hash`: of its characters (`hashChars`), when the vocabulary made it. */
  constructor(
    readonly text: string,
    readonly hash = hashChars(text, 0, text.length),
  ) {}

  /** The spelling in lower case: one string for every token so spelt, so that each stage's maps hash it once. */
  get lower(): string {
    return (this.lowered ??= this.text.toLowerCase())
  }
}

/** FNV-1a over text[start, end). */
function hashChars(text: string, start: number, end: number): number {
  let h = 0x811c9dc5
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193)
  return h
}

function sameChars(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false
  return true
}

/**
 * The vocabulary: the spellings in the order made, and an open-addressing table over their hashes (index + 1, 0
 * for an empty slot). A token's characters are hashed and compared where they stand: no string is cut from the
 * text for a spelling seen before, and every token so spelt shares one string.
 */
const spellings: Spelling[] = []
let table = new Int32Array(1 << 12)
/** Past this many spellings the vocabulary starts again (between documents): a long run must not grow it forever. */
const VOCAB_LIMIT = 300_000
const byTokens = new WeakMap<readonly Span[], Spelling[]>()
const textByTokens = new WeakMap<readonly Span[], string[]>()
const lowerByTokens = new WeakMap<readonly Span[], string[]>()

function spellingAt(text: string, start: number, end: number): Spelling {
  const hash = hashChars(text, start, end)
  const mask = table.length - 1
  let slot = hash & mask
  for (let at = table[slot]; at !== 0; at = table[slot]) {
    const spelling = spellings[at - 1]
    if (spelling.hash === hash && spelling.text.length === end - start && sameChars(text, start, spelling.text))
      return spelling
    slot = (slot + 1) & mask
  }
  const spelling = new Spelling(ownString(text.slice(start, end)), hash)
  spellings.push(spelling)
  table[slot] = spellings.length
  if (spellings.length * 2 > table.length) rehash(table.length * 2)
  return spelling
}

/**
 * A copy of `word` that holds its own characters. V8 gives a slice of 13 characters or more as a view of the whole
 * text: a vocabulary entry kept so would keep its document alive for as long as the vocabulary lasts.
 */
function ownString(word: string): string {
  return word.length < 13 ? word : Buffer.from(word, 'utf16le').toString('utf16le')
}

function rehash(size: number): void {
  table = new Int32Array(size)
  const mask = size - 1
  spellings.forEach((spelling, i) => {
    let slot = spelling.hash & mask
    while (table[slot] !== 0) slot = (slot + 1) & mask
    table[slot] = i + 1
  })
}

/** The spelling of every token, found once per token list: `spellingsOf(text, tokens)[i]`. */
export function spellingsOf(text: string, tokens: readonly Span[]): Spelling[] {
  let found = byTokens.get(tokens)
  if (!found) {
    if (spellings.length > VOCAB_LIMIT) {
      spellings.length = 0
      table = new Int32Array(1 << 12)
    }
    found = tokens.map((t) => spellingAt(text, t.start, t.end))
    byTokens.set(tokens, found)
  }
  return found
}

/** One string of every token's spelling, read once per token list and kept in `cache`. */
function perToken(
  cache: WeakMap<readonly Span[], string[]>,
  text: string,
  tokens: readonly Span[],
  read: (spelling: Spelling) => string,
): string[] {
  let words = cache.get(tokens)
  if (!words) {
    words = spellingsOf(text, tokens).map(read)
    cache.set(tokens, words)
  }
  return words
}

/**
 * The text of every token, shared by the stages that read words (names, quotes, events): `tokenTexts(text,
 * tokens)[i]`. Each is its spelling's string: one string for every token so spelt, in every document, which each
 * stage's word caches hash once.
 */
export function tokenTexts(text: string, tokens: readonly Span[]): string[] {
  return perToken(textByTokens, text, tokens, (spelling) => spelling.text)
}

/** The lower-cased text of every token: `lowerTokens(text, tokens)[i]`. */
export function lowerTokens(text: string, tokens: readonly Span[]): string[] {
  return perToken(lowerByTokens, text, tokens, (spelling) => spelling.lower)
}
