import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BIO_CONSTRAINTS, LABELS, fromBio, fromIob, toBio } from '../stages/mentions/bio.js'
import { FeatureSeqBuilder } from './features.js'
import { hashString, mix } from './hash.js'
import { constrain } from './linear-chain.js'
import { JointScorer } from './joint-scorer.js'
import { decodeBundle, decodeModel, encodeBundle, encodeModel } from './model-file.js'
import { trainPerceptron, type Example } from './train-perceptron.js'
import { viterbi } from './viterbi.js'

test('hashes strings and mixes hashes deterministically', () => {
  assert.equal(hashString('Kyiv'), hashString('Kyiv'))
  assert.notEqual(hashString('Kyiv'), hashString('kyiv'))
  assert.notEqual(mix(1, hashString('a')), mix(2, hashString('a')))
})

test('viterbi finds the best path and never takes a forbidden transition', () => {
  // Two labels; token scores prefer 1 then 0, but 1 → 0 is forbidden.
  const emissions = new Float64Array([0, 5, 3, 0])
  const open = viterbi(emissions, 2, 2, new Float64Array([0, 0, 0, 0]), new Float64Array(2), new Float64Array(2))
  assert.deepEqual([...open], [1, 0])
  const constrained = viterbi(
    emissions,
    2,
    2,
    new Float64Array([0, 0, -Infinity, 0]),
    new Float64Array(2),
    new Float64Array(2),
  )
  assert.deepEqual([...constrained], [1, 1])
})

/** The best path by trying every label sequence: the reference the decoders must match. */
function bruteForce(
  emissions: Float64Array,
  tokens: number,
  labels: number,
  t: Float64Array,
  start: Float64Array,
  end: Float64Array,
): number[] {
  let best = -Infinity
  let bestPath: number[] = []
  const path = new Array<number>(tokens).fill(0)
  for (;;) {
    let score = start[path[0]] + emissions[path[0]] + end[path[tokens - 1]]
    for (let i = 1; i < tokens; i++) score += t[path[i - 1] * labels + path[i]] + emissions[i * labels + path[i]]
    if (score > best) {
      best = score
      bestPath = path.slice()
    }
    let k = tokens - 1
    while (k >= 0 && path[k] === labels - 1) path[k--] = 0
    if (k < 0) return bestPath
    path[k]++
  }
}

test('viterbi matches exhaustive search, up to nine labels (its unrolled kernel) and above', () => {
  let seed = 7
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * 10 - 5
  const scattered = {
    allowed: (p: number, y: number) => (p + y) % 3 !== 1,
    canStart: (y: number) => y !== 2,
    canEnd: () => true,
  }
  // O, then B- and I- per type: each I- label may follow only its B- and itself (the kernel's two-way comparison).
  const bio = {
    allowed: (p: number, y: number) => y === 0 || y % 2 === 1 || p === y || p === y - 1,
    canStart: (y: number) => y === 0 || y % 2 === 1,
    canEnd: () => true,
  }
  for (const [labels, constraints] of [
    [9, scattered],
    [7, scattered],
    [4, scattered],
    [1, scattered],
    [11, scattered],
    [9, bio],
    [7, bio],
    [3, bio],
    [11, bio],
  ] as const) {
    const scores = constrain(
      labels,
      {
        transitions: Float64Array.from({ length: labels * labels }, random),
        start: Float64Array.from({ length: labels }, random),
        end: Float64Array.from({ length: labels }, random),
      },
      constraints,
    )
    for (let round = 0; round < 20; round++) {
      const tokens = 1 + (round % 4)
      const emissions = Float64Array.from({ length: tokens * labels }, random)
      // Scores placed after an unrelated prefix: `at` must be honoured.
      const shifted = new Float64Array(5 + emissions.length)
      shifted.set(emissions, 5)
      const path = viterbi(shifted, tokens, labels, scores.transitions, scores.start, scores.end, 5)
      assert.deepEqual(
        [...path],
        bruteForce(emissions, tokens, labels, scores.transitions, scores.start, scores.end),
        `labels ${labels}, round ${round}`,
      )
    }
  }
})

test('BIO constraints forbid I after O or after another type, and I at the start', () => {
  const L = LABELS.indexOf.bind(LABELS)
  assert.equal(BIO_CONSTRAINTS.allowed(L('O'), L('I-PER')), false)
  assert.equal(BIO_CONSTRAINTS.allowed(L('B-PER'), L('I-ORG')), false)
  assert.equal(BIO_CONSTRAINTS.allowed(L('B-PER'), L('I-PER')), true)
  assert.equal(BIO_CONSTRAINTS.allowed(L('I-LOC'), L('B-ORG')), true)
  assert.equal(BIO_CONSTRAINTS.canStart(L('I-PER')), false)
})

test('constrained decoding always yields a valid BIO sequence', () => {
  const labels = LABELS.length
  const scores = constrain(
    labels,
    { transitions: new Float64Array(labels * labels), start: new Float64Array(labels), end: new Float64Array(labels) },
    BIO_CONSTRAINTS,
  )
  // Emissions that alone would pick I-PER, O, I-ORG.
  const emissions = new Float64Array(3 * labels)
  emissions[LABELS.indexOf('I-PER')] = 9
  emissions[labels + 0] = 9
  emissions[2 * labels + LABELS.indexOf('I-ORG')] = 9
  const path = viterbi(emissions, 3, labels, scores.transitions, scores.start, scores.end)
  for (let t = 1; t < 3; t++) assert.ok(BIO_CONSTRAINTS.allowed(path[t - 1], path[t]))
  assert.ok(BIO_CONSTRAINTS.canStart(path[0]))
})

test('BIO and IOB encodings round-trip spans', () => {
  const spans = [
    { start: 0, end: 2, type: 'PER' as const },
    { start: 3, end: 4, type: 'LOC' as const },
    { start: 4, end: 7, type: 'ORG' as const },
  ]
  assert.deepEqual(fromBio(toBio(spans, 8)), spans)
  assert.deepEqual(fromIob(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-ORG', 'I-ORG', 'I-ORG', 'O']), spans)
  assert.deepEqual(fromIob(['I-PER', 'I-PER', 'I-LOC']), [
    { start: 0, end: 2, type: 'PER' },
    { start: 2, end: 3, type: 'LOC' },
  ])
})

function toyExamples(): Example[] {
  // Capitalised words after "met" are people; everything else is O.
  const sentences = [
    ['we', 'met', 'Ann'],
    ['they', 'met', 'Bob', 'today'],
    ['met', 'Cyd'],
    ['it', 'rained'],
    ['Dee', 'left'],
    ['it', 'rained', 'today'],
    ['so', 'we', 'left'],
    ['then', 'Eve', 'met', 'Fay'],
    ['all', 'of', 'them', 'left', 'early'],
  ]
  const gold = [
    [0, 0, 1],
    [0, 0, 1, 0],
    [0, 1],
    [0, 0],
    [1, 0],
    [0, 0, 0],
    [0, 0, 0],
    [0, 1, 0, 1],
    [0, 0, 0, 0, 0],
  ]
  return sentences.map((words, i) => {
    const b = new FeatureSeqBuilder(1023)
    words.forEach((w, t) => {
      b.add(mix(1, /^[A-Z]/.test(w) ? 1 : 0))
      b.add(mix(2, hashString(words[t - 1] ?? '<s>')))
      b.next()
    })
    return { seq: b.build(), gold: Int32Array.from(gold[i]) }
  })
}

test('the averaged perceptron learns a toy task, deterministically for a seed', () => {
  const options = { labels: LABELS.length, buckets: 1024, epochs: 10, constraints: BIO_CONSTRAINTS, seed: 3 }
  const examples = toyExamples()
  const model = trainPerceptron(examples, options)
  for (const e of examples) assert.deepEqual([...model.tag(e.seq)], [...e.gold])
  const again = trainPerceptron(examples, options)
  assert.deepEqual([...again.rows], [...model.rows])
})

test('a model file round-trips: same header, same predictions', () => {
  const examples = toyExamples()
  const model = trainPerceptron(examples, {
    labels: LABELS.length,
    buckets: 1024,
    epochs: 5,
    constraints: BIO_CONSTRAINTS,
  })
  const header = { kind: 'toy', labels: [...LABELS], buckets: 1024, info: { features: 1 } }
  const back = decodeModel(encodeModel({ header, chain: model }))
  assert.deepEqual(back.header, header)
  for (const e of examples) assert.deepEqual([...back.chain.tag(e.seq)], [...model.tag(e.seq)])
})

test('a file that is not a model is refused with a clear error', () => {
  assert.throws(() => decodeModel(Buffer.from('hello'), 'x.bin'), /x\.bin is not a newsgraph model file/)
})

test('a joint scorer gives both models’ scores from one lookup, within 8-bit rounding', () => {
  const examples = toyExamples()
  const options = { labels: LABELS.length, buckets: 1024, epochs: 5, constraints: BIO_CONSTRAINTS }
  const a = trainPerceptron(examples, options)
  const b = trainPerceptron(examples.slice().reverse(), { ...options, seed: 11 })
  const joint = JointScorer.combine(a, b)
  for (const { seq } of examples) {
    const one = new Float64Array(a.emissions(seq).length)
    const two = new Float64Array(one.length)
    joint.addEmissions(seq, one, two)
    const expectA = a.emissions(seq)
    const expectB = b.emissions(seq)
    one.forEach((v, k) => assert.ok(Math.abs(v - expectA[k]) < 0.05, `first model, ${v} vs ${expectA[k]}`))
    two.forEach((v, k) => assert.ok(Math.abs(v - expectB[k]) < 0.05, `second model, ${v} vs ${expectB[k]}`))
  }
})

test('raw 8-bit sums times the scales give the joint scorer’s scores', () => {
  const examples = toyExamples()
  const options = { labels: LABELS.length, buckets: 1024, epochs: 5, constraints: BIO_CONSTRAINTS }
  const joint = JointScorer.combine(
    trainPerceptron(examples, options),
    trainPerceptron(examples, { ...options, seed: 3 }),
  )
  const L = joint.labels
  const { seq } = examples[0]
  const raw = new Int16Array(2 * L)
  joint.addRaw(seq.ids, seq.offsets[0], seq.offsets[1], raw, 0)
  const one = new Float64Array(L)
  const two = new Float64Array(L)
  joint.addFeatures(seq.ids, seq.offsets[0], seq.offsets[1], one, 0, two, 0)
  assert.ok(raw.some((v) => v !== 0))
  for (let y = 0; y < L; y++) {
    assert.ok(Math.abs(raw[y] * joint.scaleA - one[y]) < 1e-9)
    assert.ok(Math.abs(raw[L + y] * joint.scaleB - two[y]) < 1e-9)
  }
})

test('a bundle round-trips typed arrays of every kind', () => {
  const arrays = {
    a: Int8Array.of(-1, 2),
    b: Int16Array.of(300),
    c: Int32Array.of(1 << 20, -5, 7),
    d: Float32Array.of(0.5),
    e: Float64Array.of(-Infinity, 1.25),
  }
  const header = { kind: 'x', labels: ['O'], buckets: 2, info: { v: 1 } }
  for (const gzip of [true, false]) {
    const back = decodeBundle(encodeBundle({ header, arrays }, { gzip }), `bundle-${gzip}`)
    assert.deepEqual(back.header, header)
    for (const [name, array] of Object.entries(arrays)) assert.deepEqual([...back.arrays[name]], [...array])
  }
  // An uncompressed file at an odd offset is copied to an aligned buffer; bad bytes are a ConfigError.
  const odd = Buffer.concat([Buffer.alloc(1), encodeBundle({ header, arrays }, { gzip: false })]).subarray(1)
  assert.deepEqual([...decodeBundle(odd, 'odd').arrays.e], [...arrays.e])
  assert.throws(() => decodeBundle(Buffer.from('not a model'), 'bad'), /bad magic/)
})
