import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BILOU_CONSTRAINTS, LABELS, fromBilou, fromIob, toBilou } from '../stages/mentions/bilou.js'
import { FeatureSeqBuilder } from './features.js'
import { hashString, mix } from './hash.js'
import { constrain } from './linear-chain.js'
import { decodeModel, encodeModel } from './model-file.js'
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
  const constrained = viterbi(emissions, 2, 2, new Float64Array([0, 0, -Infinity, 0]), new Float64Array(2), new Float64Array(2))
  assert.deepEqual([...constrained], [1, 1])
})

test('BILOU constraints forbid I after O, B at the end and type changes inside an entity', () => {
  const L = LABELS.indexOf.bind(LABELS)
  assert.equal(BILOU_CONSTRAINTS.allowed(L('O'), L('I-PER')), false)
  assert.equal(BILOU_CONSTRAINTS.allowed(L('B-PER'), L('L-ORG')), false)
  assert.equal(BILOU_CONSTRAINTS.allowed(L('B-PER'), L('L-PER')), true)
  assert.equal(BILOU_CONSTRAINTS.allowed(L('U-LOC'), L('B-ORG')), true)
  assert.equal(BILOU_CONSTRAINTS.canEnd(L('B-PER')), false)
  assert.equal(BILOU_CONSTRAINTS.canStart(L('L-PER')), false)
})

test('constrained decoding always yields a valid BILOU sequence', () => {
  const labels = LABELS.length
  const scores = constrain(labels, { transitions: new Float64Array(labels * labels), start: new Float64Array(labels), end: new Float64Array(labels) }, BILOU_CONSTRAINTS)
  // Emissions that alone would pick I-PER, O, L-ORG.
  const emissions = new Float64Array(3 * labels)
  emissions[LABELS.indexOf('I-PER')] = 9
  emissions[labels + 0] = 9
  emissions[2 * labels + LABELS.indexOf('L-ORG')] = 9
  const path = viterbi(emissions, 3, labels, scores.transitions, scores.start, scores.end)
  for (let t = 1; t < 3; t++) assert.ok(BILOU_CONSTRAINTS.allowed(path[t - 1], path[t]))
  assert.ok(BILOU_CONSTRAINTS.canStart(path[0]) && BILOU_CONSTRAINTS.canEnd(path[2]))
})

test('BILOU and IOB encodings round-trip spans', () => {
  const spans = [{ start: 0, end: 2, type: 'PER' as const }, { start: 3, end: 4, type: 'LOC' as const }, { start: 4, end: 7, type: 'ORG' as const }]
  assert.deepEqual(fromBilou(toBilou(spans, 8)), spans)
  assert.deepEqual(fromIob(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-ORG', 'I-ORG', 'I-ORG', 'O']), spans)
  assert.deepEqual(fromIob(['I-PER', 'I-PER', 'I-LOC']), [{ start: 0, end: 2, type: 'PER' }, { start: 2, end: 3, type: 'LOC' }])
})

function toyExamples(): Example[] {
  // Capitalised words after "met" are people; everything else is O.
  const sentences = [
    ['we', 'met', 'Ann'], ['they', 'met', 'Bob', 'today'], ['met', 'Cyd'], ['it', 'rained'], ['Dee', 'left'],
    ['it', 'rained', 'today'], ['so', 'we', 'left'], ['then', 'Eve', 'met', 'Fay'], ['all', 'of', 'them', 'left', 'early'],
  ]
  const gold = [[0, 0, 4], [0, 0, 4, 0], [0, 4], [0, 0], [4, 0], [0, 0, 0], [0, 0, 0], [0, 4, 0, 4], [0, 0, 0, 0, 0]]
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
  const options = { labels: LABELS.length, buckets: 1024, epochs: 10, constraints: BILOU_CONSTRAINTS, seed: 3 }
  const examples = toyExamples()
  const model = trainPerceptron(examples, options)
  for (const e of examples) assert.deepEqual([...model.tag(e.seq)], [...e.gold])
  const again = trainPerceptron(examples, options)
  assert.deepEqual([...again.rows], [...model.rows])
})

test('a model file round-trips: same header, same predictions', () => {
  const examples = toyExamples()
  const model = trainPerceptron(examples, { labels: LABELS.length, buckets: 1024, epochs: 5, constraints: BILOU_CONSTRAINTS })
  const header = { kind: 'toy', labels: [...LABELS], buckets: 1024, info: { features: 1 } }
  const back = decodeModel(encodeModel({ header, chain: model }))
  assert.deepEqual(back.header, header)
  for (const e of examples) assert.deepEqual([...back.chain.tag(e.seq)], [...model.tag(e.seq)])
})

test('a file that is not a model is refused with a clear error', () => {
  assert.throws(() => decodeModel(Buffer.from('hello'), 'x.bin'), /x\.bin is not a newsgraph model file/)
})
