// Beam-search decoding for the greedily trained parser: an experiment, to measure whether a beam helps.
import { FeatureSeqBuilder } from '../../src/model/features.js'
import { ACTIONS, LEFT, ParseState, RIGHT } from '../../src/stages/syntax/arc-eager.js'
import { type DependencyParser, type SentenceParse, keepOneRoot } from '../../src/stages/syntax/dependency-parser.js'
import { addParserFeatures, type ParserWords } from '../../src/stages/syntax/parser-features.js'

interface Item {
  state: ParseState
  score: number
}

/**
 * Parses with a beam of `width` states, each scored by the sum of its transitions' scores (arc-eager takes 2n
 * transitions on every path, so the states stay in step). Labels are chosen greedily per arc.
 */
export function beamParse(parser: DependencyParser, words: ParserWords, width: number): SentenceParse {
  const n = words.n
  const b = new FeatureSeqBuilder(parser.actionMask, 128)
  const scores = new Float64Array(ACTIONS)
  let beam: Item[] = [{ state: ParseState.start(n, new ParseState(n + 1)), score: 0 }]
  while (!beam[0].state.done) {
    const candidates: { from: Item; action: number; score: number }[] = []
    for (const item of beam) {
      const s = item.state
      const forced = s.forced()
      if (forced >= 0) {
        candidates.push({ from: item, action: forced, score: item.score })
        continue
      }
      b.reset()
      addParserFeatures(words, s, b)
      scores.fill(0)
      parser.actions.addFeatures(b.ids, 0, b.offsets[1], scores, 0)
      for (let a = 0; a < ACTIONS; a++)
        if (s.isLegal(a)) candidates.push({ from: item, action: a, score: item.score + scores[a] })
    }
    candidates.sort((x, y) => y.score - x.score)
    beam = candidates.slice(0, width).map(({ from, action, score }) => {
      const state = new ParseState(n + 1)
      state.copyFrom(from.state)
      let label = -1
      if (action === LEFT || action === RIGHT) {
        const head = action === LEFT ? state.b : state.s0
        const dependent = action === LEFT ? state.s0 : state.b
        label = head === n ? parser.rootLabel : parser.chooseLabel(words, state, head, dependent)
      }
      state.apply(action, label)
      return { state, score }
    })
  }
  const best = beam[0].state
  const parse = { heads: new Int32Array(n), labels: new Int32Array(n) }
  for (let i = 0; i < n; i++) {
    parse.heads[i] = best.heads[i] === n ? -1 : best.heads[i]
    parse.labels[i] = best.labels[i]
  }
  keepOneRoot(parse, n, parser.deprels.indexOf('parataxis'))
  return parse
}
