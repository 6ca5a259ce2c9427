import { readFileSync } from 'node:fs'

/** One sentence of a CoNLL-U file: its syntactic words (multiword-token ranges and empty nodes left out). */
export interface ConlluSentence {
  words: string[]
  lemmas: string[]
  upos: string[]
  xpos: string[]
  /** Head of each word: 1-based word number, 0 for the root. */
  heads: number[]
  deprels: string[]
}

/**
 * Parses CoNLL-U text. Multiword tokens ("don't" over "do" "n't") and empty nodes ("8.1", enhanced graphs only)
 * are skipped: the basic tree is over the word lines. A malformed line is skipped, never thrown on.
 */
export function parseConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = []
  let current = emptySentence()
  const close = () => {
    if (current.words.length > 0) sentences.push(current)
    current = emptySentence()
  }
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      close()
      continue
    }
    if (line.startsWith('#')) continue
    const cols = line.split('\t')
    if (cols.length < 8 || !/^\d+$/.test(cols[0])) continue
    current.words.push(cols[1])
    current.lemmas.push(cols[2])
    current.upos.push(cols[3])
    current.xpos.push(cols[4])
    const head = Number(cols[6])
    current.heads.push(Number.isInteger(head) ? head : 0)
    current.deprels.push(cols[7])
  }
  close()
  return sentences
}

/** Reads a CoNLL-U file (see `parseConllu`). */
export function readConllu(path: string): ConlluSentence[] {
  return parseConllu(readFileSync(path, 'utf8'))
}

function emptySentence(): ConlluSentence {
  return { words: [], lemmas: [], upos: [], xpos: [], heads: [], deprels: [] }
}
