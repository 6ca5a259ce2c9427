import { FeatureSeqBuilder } from '../../model/features.js'
import type { QuantizedRows } from '../../model/quantized-rows.js'
import { ACTIONS, LEFT, ParseState, RIGHT } from './arc-eager.js'
import { addLabelFeatures, addParserFeatures, type ParserWords } from './parser-features.js'

/** A parse over a sentence's words: heads (0-based word index, −1 for the root) and label ids. */
export interface SentenceParse {
  heads: Int32Array
  labels: Int32Array
}

/**
 * A greedy arc-eager dependency parser (averaged perceptron): one model chooses each transition, a second the
 * label of each arc as it is made. All scratch (state, feature ids, scores) is kept and reused between sentences.
 */
export class DependencyParser {
  private state = new ParseState()
  private readonly builder: FeatureSeqBuilder
  private readonly labelBuilder: FeatureSeqBuilder
  private readonly actionScores = new Float64Array(ACTIONS)
  private readonly labelScores: Float64Array
  /** The label id of "root". */
  readonly rootLabel: number

  constructor(
    /** The transition model's rows (SHIFT, REDUCE, LEFT, RIGHT) and the label model's (one per relation). */
    readonly actions: QuantizedRows,
    readonly labeller: QuantizedRows,
    readonly deprels: readonly string[],
    readonly actionMask: number,
    readonly labelMask: number,
  ) {
    this.builder = new FeatureSeqBuilder(actionMask, 128)
    this.labelBuilder = new FeatureSeqBuilder(labelMask, 64)
    this.labelScores = new Float64Array(labeller.labels)
    this.rootLabel = deprels.indexOf('root')
  }

  /** Parses one sentence (`words` from `describeParserWords`), writing into `out` (grown when too short). */
  parse(words: ParserWords, out?: SentenceParse): SentenceParse {
    const n = words.n
    const parse = out && out.heads.length >= n ? out : { heads: new Int32Array(n), labels: new Int32Array(n) }
    const s = ParseState.start(n, this.state)
    this.state = s
    const scores = this.actionScores
    const b = this.builder
    while (!s.done) {
      let action = s.forced()
      if (action < 0) {
        b.reset()
        addParserFeatures(words, s, b)
        scores.fill(0)
        this.actions.addFeatures(b.ids, 0, b.offsets[1], scores, 0)
        action = -1
        for (let a = 0; a < ACTIONS; a++) if (s.isLegal(a) && (action < 0 || scores[a] > scores[action])) action = a
      }
      let label = -1
      if (action === LEFT || action === RIGHT) {
        const head = action === LEFT ? s.b : s.s0
        const dependent = action === LEFT ? s.s0 : s.b
        label = head === n ? this.rootLabel : this.chooseLabel(words, s, head, dependent)
      }
      s.apply(action, label)
    }
    for (let i = 0; i < n; i++) {
      parse.heads[i] = s.heads[i] === n ? -1 : s.heads[i]
      parse.labels[i] = s.labels[i]
    }
    keepOneRoot(parse, n, this.deprels.indexOf('parataxis'))
    return parse
  }

  /** The best label other than root for the arc `head` → `dependent`. */
  chooseLabel(words: ParserWords, s: ParseState, head: number, dependent: number): number {
    const b = this.labelBuilder
    b.reset()
    addLabelFeatures(words, s, head, dependent, b)
    const scores = this.labelScores
    scores.fill(0)
    this.labeller.addFeatures(b.ids, 0, b.offsets[1], scores, 0)
    let best = -1
    for (let y = 0; y < scores.length; y++) if (y !== this.rootLabel && (best < 0 || scores[y] > scores[best])) best = y
    return best
  }
}

/**
 * UD trees have one root. When several words were left headless, the first stays root and the others hang from it
 * as `parataxis` ("Sources: talks stalled", two clauses side by side).
 */
export function keepOneRoot(parse: SentenceParse, n: number, sideLabel: number): void {
  let root = -1
  for (let i = 0; i < n; i++) {
    if (parse.heads[i] !== -1) continue
    if (root < 0) root = i
    else {
      parse.heads[i] = root
      parse.labels[i] = sideLabel
    }
  }
}
