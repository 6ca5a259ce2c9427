import { createRandom } from '../../src/model/random.js'
import { FeatureSeqBuilder } from '../../src/model/features.js'
import { QuantizedRows, rowsOf } from '../../src/model/quantized-rows.js'
import { DenseMulticlass } from '../../src/model/train-multiclass.js'
import { ACTIONS, LEFT, ParseState, RIGHT } from '../../src/stages/syntax/arc-eager.js'
import { DependencyParser } from '../../src/stages/syntax/dependency-parser.js'
import {
  LABEL_BUCKETS,
  PARSER_BUCKETS,
  addLabelFeatures,
  addParserFeatures,
  describeParserWords,
} from '../../src/stages/syntax/parser-features.js'
import { createTaggerWords, describeWords } from '../../src/stages/syntax/tagger-features.js'
import { actionCost, projectivize } from '../../src/stages/syntax/arc-eager-oracle.js'

/** A training sentence for the parser: words, the tags the tagger gives them, the gold tree. */
export interface ParserExample {
  words: string[]
  xpos: Int32Array
  upos: Int32Array
  /** Gold heads, 1-based with 0 for the root, as CoNLL-U gives them. */
  heads: number[]
  /** Gold label ids. */
  labels: Int32Array
}

/** Options for `trainParser`. */
export interface TrainParserOptions {
  deprels: readonly string[]
  epochs: number
  seed?: number
  /** Chance of following the model's own (possibly wrong) transition from the second epoch on. */
  explore?: number
  prune?: number
  labelPrune?: number
  onEpoch?: (epoch: number, parser: DependencyParser) => void
}

/**
 * Trains the arc-eager parser with the dynamic oracle (Goldberg & Nivre 2012): at each state the model's best
 * transition is checked against the zero-cost ones; on a mistake the weights move towards the best zero-cost
 * transition; from the second epoch the parser then follows its own choice with probability `explore`, so it
 * learns to recover from its errors. Non-projective trees are lifted to projective ones first.
 */
export function trainParser(examples: readonly ParserExample[], options: TrainParserOptions): DependencyParser {
  const { deprels } = options
  const root = deprels.indexOf('root')
  const actions = new DenseMulticlass(ACTIONS, PARSER_BUCKETS)
  const labeller = new DenseMulticlass(deprels.length, LABEL_BUCKETS)
  const golds = examples.map((e) => {
    const n = e.words.length
    const heads = Int32Array.from(e.heads, (h) => (h === 0 ? n : h - 1))
    projectivize(heads)
    return heads
  })
  const random = createRandom(options.seed ?? 13)
  const explore = options.explore ?? 0.9
  const order = examples.map((_, i) => i)
  const b = new FeatureSeqBuilder(PARSER_BUCKETS - 1, 128)
  const lb = new FeatureSeqBuilder(LABEL_BUCKETS - 1, 64)
  const scores = new Float64Array(ACTIONS)
  const labelScores = new Float64Array(deprels.length)
  const costs = new Float64Array(ACTIONS)
  let state = new ParseState()
  let taggerWords = createTaggerWords()
  const noClass = () => 0
  const compile = () =>
    new DependencyParser(
      QuantizedRows.of(rowsOf(actions.compile(options.prune ?? 0))),
      QuantizedRows.of(rowsOf(labeller.compile(options.labelPrune ?? 0))),
      deprels,
      PARSER_BUCKETS - 1,
      LABEL_BUCKETS - 1,
    )
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    for (const e of order) {
      const example = examples[e]
      const gold = golds[e]
      const n = example.words.length
      taggerWords = describeWords(example.words, noClass, taggerWords)
      const words = describeParserWords(taggerWords, example.xpos, example.upos)
      state = ParseState.start(n, state)
      const s = state
      while (!s.done) {
        let next = s.forced()
        if (next < 0) {
          b.reset()
          addParserFeatures(words, s, b)
          actions.score(b.ids, 0, b.offsets[1], scores)
          let predicted = -1
          let best = -1
          for (let a = 0; a < ACTIONS; a++) {
            if (!s.isLegal(a)) continue
            costs[a] = actionCost(s, a, gold)
            if (predicted < 0 || scores[a] > scores[predicted]) predicted = a
            if (costs[a] === 0 && (best < 0 || scores[a] > scores[best])) best = a
          }
          if (best < 0) best = predicted
          if (costs[predicted] > 0) actions.update(b.ids, 0, b.offsets[1], best, predicted)
          actions.tick()
          next = epoch > 1 && random() < explore ? predicted : best
        }
        let label = -1
        if (next === LEFT || next === RIGHT) {
          const head = next === LEFT ? s.b : s.s0
          const dependent = next === LEFT ? s.s0 : s.b
          if (head === n) label = root
          else {
            lb.reset()
            addLabelFeatures(words, s, head, dependent, lb)
            labeller.score(lb.ids, 0, lb.offsets[1], labelScores)
            labelScores[root] = Number.NEGATIVE_INFINITY
            let predicted = 0
            for (let y = 1; y < deprels.length; y++) if (labelScores[y] > labelScores[predicted]) predicted = y
            label = predicted
            // Only arcs of the gold tree teach labels: a wrong arc has no right label.
            if (gold[dependent] === head) {
              labeller.update(lb.ids, 0, lb.offsets[1], example.labels[dependent], predicted)
              labeller.tick()
              label = example.labels[dependent]
            }
          }
        }
        s.apply(next, label)
      }
    }
    if (options.onEpoch) options.onEpoch(epoch, compile())
  }
  return compile()
}
