import type { SyntaxModel } from '../stages/syntax/syntax-model.js'
import type { ConlluSentence } from './conllu.js'

/** Tagging and parsing scores on gold words (shares 0–1), and the speed of tagging plus parsing. */
export interface ParseScores {
  sentences: number
  words: number
  upos: number
  xpos: number
  /** Words whose head is right. */
  uas: number
  /** Words whose head and universal label (the part before ":") are right, as the CoNLL 2018 shared task scores. */
  las: number
  /** Words whose head and full label ("nsubj:pass", "acl:relcl") are right. */
  lasFull: number
  tokensPerSecond: number
}

/**
 * Tags and parses each sentence's gold words and scores every word, punctuation included (CoNLL 2018 shared
 * task: UAS, LAS over universal labels). The clock covers tagging and parsing only, not reading the file.
 */
export function evalParse(model: SyntaxModel, sentences: readonly ConlluSentence[]): ParseScores {
  let words = 0
  let upos = 0
  let xpos = 0
  let uas = 0
  let las = 0
  let lasFull = 0
  let elapsed = 0
  const { uposTags, xposTags, deprels } = model
  for (const s of sentences) {
    const started = performance.now()
    const result = model.analyze(s.words)
    elapsed += performance.now() - started
    for (let i = 0; i < s.words.length; i++) {
      words++
      if (uposTags[result.upos[i]] === s.upos[i]) upos++
      if (xposTags[result.xpos[i]] === s.xpos[i]) xpos++
      if (result.heads[i] + 1 !== s.heads[i]) continue
      uas++
      const label = deprels[result.labels[i]] ?? ''
      if (universal(label) === universal(s.deprels[i])) las++
      if (label === s.deprels[i]) lasFull++
    }
  }
  const share = (k: number) => (words > 0 ? k / words : 0)
  return {
    sentences: sentences.length,
    words,
    upos: share(upos),
    xpos: share(xpos),
    uas: share(uas),
    las: share(las),
    lasFull: share(lasFull),
    tokensPerSecond: elapsed > 0 ? Math.round(words / (elapsed / 1000)) : 0,
  }
}

/** The universal part of a UD label: "nsubj:pass" → "nsubj". */
function universal(label: string): string {
  const colon = label.indexOf(':')
  return colon < 0 ? label : label.slice(0, colon)
}
