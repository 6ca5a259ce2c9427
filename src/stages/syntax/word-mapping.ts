import { JOINED_HYPHEN_PREFIXES, SPLIT_CONTRACTIONS } from './lexicon.js'

/** A sentence's tokens as UD words: the words, and the token each word came from. */
export interface UdWords {
  words: string[]
  /** Index (into the tokens given) of each word's token. */
  tokenOf: number[]
}

/**
 * Maps tokens to UD English words. Our tokeniser already splits clitics as UD does ("do" "n't", "Peskov" "’s")
 * and keeps "U.S." whole; it keeps hyphenated words whole, which UD splits ("well-known" → "well" "-" "known",
 * but "pre-war" stays); and "cannot", "gonna" are two UD words.
 */
export function toUdWords(tokens: readonly string[]): UdWords {
  const words: string[] = []
  const tokenOf: number[] = []
  tokens.forEach((token, t) => {
    for (const word of splitToken(token)) {
      words.push(word)
      tokenOf.push(t)
    }
  })
  return { words, tokenOf }
}

/** The UD words of one token. */
export function splitToken(token: string): string[] {
  const first = SPLIT_CONTRACTIONS.get(token.toLowerCase())
  if (first !== undefined) return [token.slice(0, first), token.slice(first)]
  if (!isHyphenatedWord(token)) return [token]
  const parts = token.split('-')
  if (JOINED_HYPHEN_PREFIXES.has(parts[0].toLowerCase())) return [token]
  const words: string[] = []
  parts.forEach((part, k) => {
    if (k > 0) words.push('-')
    words.push(part)
  })
  return words
}

/** Letters on both sides of every hyphen: "well-known", "US-Ukraine"; not "3-2", "-", "2025-02-23". */
function isHyphenatedWord(token: string): boolean {
  return token.length > 2 && /^[\p{L}][\p{L}'’.]*(?:-[\p{L}][\p{L}'’.]*)+$/u.test(token)
}

/**
 * The word that stands for each token in the parse: of a token's words, the one whose head lies outside the
 * token ("well-known" → "known"; "cannot" → "can"). −1 for a token with no words.
 */
export function tokenHeads(mapping: UdWords, heads: Int32Array, tokenCount: number): Int32Array {
  const chosen = new Int32Array(tokenCount).fill(-1)
  const { tokenOf } = mapping
  const leavesToken = (w: number) => heads[w] < 0 || tokenOf[heads[w]] !== tokenOf[w]
  for (let w = 0; w < tokenOf.length; w++) {
    const t = tokenOf[w]
    if (chosen[t] < 0 || (leavesToken(w) && !leavesToken(chosen[t]))) chosen[t] = w
  }
  return chosen
}
