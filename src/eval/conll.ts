import { readFileSync } from 'node:fs'
import { fromIob, type TokenSpan } from '../stages/mentions/bio.js'

/** One sentence of a CoNLL-2003 file: its words and gold entity spans. */
export interface ConllSentence {
  words: string[]
  spans: TokenSpan[]
}

/** One document (between -DOCSTART- lines). */
export type ConllDoc = ConllSentence[]

/** Parses CoNLL-2003 text (`token POS chunk NER` per line, blank lines between sentences) into documents. */
export function parseConll(text: string): ConllDoc[] {
  const docs: ConllDoc[] = []
  let doc: ConllDoc = []
  let words: string[] = []
  let tags: string[] = []
  const endSentence = () => {
    if (words.length) doc.push({ words, spans: fromIob(tags) })
    words = []
    tags = []
  }
  for (const line of text.split('\n')) {
    const trimmed = line.trim()
    if (!trimmed) {
      endSentence()
      continue
    }
    const cols = trimmed.split(/\s+/)
    if (cols[0] === '-DOCSTART-') {
      endSentence()
      if (doc.length) docs.push(doc)
      doc = []
      continue
    }
    words.push(cols[0])
    tags.push(cols[cols.length - 1])
  }
  endSentence()
  if (doc.length) docs.push(doc)
  return docs
}

/** Reads and parses a CoNLL-2003 file. */
export function readConll(path: string): ConllDoc[] {
  return parseConll(readFileSync(path, 'utf8'))
}
