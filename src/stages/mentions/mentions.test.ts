import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyze } from '../../pipeline/analyze.js'
import { assertValidAnalysis } from '../../test-support/check-analysis.js'
import { GAZ, defaultGazetteer } from './gazetteer.js'
import { viterbi } from '../../model/viterbi.js'
import { fromBio } from './bio.js'
import {
  NER_BUCKETS,
  buildDocContext,
  isAllCapsSentence,
  nerFeatures,
  sentenceWords,
  shortShape,
  wordInfos,
  wordShape,
} from './ner-features.js'
import { Spelling } from '../../doc/vocab.js'
import { predictedTypes } from './ner-tagger.js'
import { loadNerTagger, NER_MODEL_PATH } from './load-ner.js'
import { refineType, toConllType } from './refine-types.js'

function names(text: string): string[] {
  const analysis = analyze(text)
  assertValidAnalysis(analysis)
  return analysis.mentions.map((m) => `${m.text}/${m.type}`)
}

test('word shapes keep case, digits and punctuation', () => {
  assert.equal(wordShape('Zelensky'), 'Xxxxx')
  assert.equal(wordShape('U.S.'), 'X.X.')
  assert.equal(wordShape('267'), 'ddd')
  assert.equal(shortShape(wordShape('McDonald')), 'XxXx')
})

test('an all-caps sentence is a headline', () => {
  assert.equal(isAllCapsSentence(['EU', 'REJECTS', 'GERMAN', 'CALL']), true)
  assert.equal(isAllCapsSentence(['The', 'EU', 'rejects', 'it']), false)
})

test('the document context records how each word is cased mid-sentence', () => {
  const ctx = buildDocContext([
    ['Talks', 'resumed', 'in', 'Geneva'],
    ['They', 'said', 'talks', 'ended'],
  ])
  assert.equal(ctx.caseOf.get('geneva'), 1)
  assert.equal(ctx.caseOf.get('talks'), 2)
})

test('the gazetteer matches the longest entry, case-sensitively outside headlines', () => {
  const gaz = defaultGazetteer()
  const matches = gaz.match(['in', 'Saudi', 'Arabia', 'and', 'New', 'York'], false)
  assert.deepEqual(
    matches.map((m) => [m.start, m.end]),
    [
      [1, 3],
      [4, 6],
    ],
  )
  assert.ok(matches[0].mask & GAZ.country)
  assert.deepEqual(gaz.match(['in', 'saudi', 'arabia'], false), [])
  assert.equal(gaz.match(['IN', 'SAUDI', 'ARABIA'], true)[0].start, 1)
  assert.ok(gaz.lookup('Ukrainian') & GAZ.demonym)
  assert.ok(gaz.lookup('Kremlin') & GAZ.seat)
  assert.ok(gaz.lookup('Kyiv') & GAZ.city)
})

test('refines CoNLL types into the contract’s types and maps them back', () => {
  const gaz = defaultGazetteer()
  assert.equal(refineType('LOC', 'Ukraine', gaz), 'GPE')
  assert.equal(refineType('LOC', 'Kyiv', gaz), 'GPE')
  assert.equal(refineType('LOC', 'Black Sea', gaz), 'LOC')
  assert.equal(refineType('LOC', 'Heathrow Airport', gaz), 'FAC')
  assert.equal(refineType('LOC', 'Kremlin', gaz), 'ORG')
  assert.equal(refineType('MISC', 'Ukrainian', gaz), 'NORP')
  assert.equal(refineType('MISC', 'World Cup', gaz), 'EVENT')
  assert.equal(refineType('MISC', 'Windows', gaz), 'MISC')
  assert.deepEqual(
    ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'MISC'].map((t) => toConllType(t as never)),
    ['PER', 'ORG', 'LOC', 'LOC', 'MISC', 'MISC', 'MISC', 'MISC'],
  )
})

test('finds people, places, organisations and nationalities in a sentence of our own', () => {
  const found = names(
    'German Chancellor Friedrich Albers told reporters in Berlin on Tuesday that NATO and the European Union would meet Polish officials.',
  )
  for (const expected of [
    'Friedrich Albers/PERSON',
    'Berlin/GPE',
    'NATO/ORG',
    'European Union/ORG',
    'Polish/NORP',
    'German/NORP',
  ]) {
    assert.ok(found.includes(expected), `${expected} in ${found.join(', ')}`)
  }
})

test('tags a title-cased headline as if it were in capitals, without taking every word for a name', () => {
  const found = names(
    'Storm Floods Coastal Towns in Nova Scotia\nA storm flooded towns across Nova Scotia overnight, officials said.',
  )
  assert.ok(found.includes('Nova Scotia/GPE'))
  assert.ok(!found.some((m) => m.startsWith('Storm') || m.startsWith('Floods')), found.join(', '))
})

test('a possessive stays outside the name', () => {
  assert.ok(names('Ukraine’s air force said drones were shot down.').includes('Ukraine/GPE'))
})

test('non-English text and text without names give no crash and valid output', () => {
  assert.deepEqual(names(''), [])
  assert.doesNotThrow(() => names('Министр заявил в понедельник, что переговоры возобновятся.'))
  assert.doesNotThrow(() => names('x '.repeat(5000)))
})

test('the tagger tags the same after its per-word score pool has filled up and started again', () => {
  const tagger = loadNerTagger(NER_MODEL_PATH)
  const story = [
    ['Talks', 'between', 'Ukraine', 'and', 'Russia', 'resumed', 'in', 'Geneva', 'on', 'Monday', '.'],
    ['Maria', 'Lindqvist', 'of', 'the', 'Nordic', 'Council', 'said', 'Finland', 'would', 'attend', '.'],
  ]
  const before = tagger.tagDocument(story)
  assert.ok(before.flat().length >= 4, JSON.stringify(before))
  // Tens of thousands of words never seen before fill the pool (some 46,000 words) and empty it at least once.
  const filler: string[][] = []
  for (let s = 0; s < 2500; s++) filler.push(Array.from({ length: 20 }, (_, i) => `Qx${s}w${i}zz`))
  const poolKey = () => (tagger as unknown as { key: number }).key
  const keyBefore = poolKey()
  tagger.tagDocument(filler)
  assert.notEqual(poolKey(), keyBefore, 'the pool should have emptied itself')
  assert.deepEqual(tagger.tagDocument(story), before)
  // Mixed in one document with the new words, the story still tags the same.
  assert.deepEqual(tagger.tagDocument([...filler.slice(0, 100), ...story]).slice(100), before)
})

test('word infos kept on spellings are the infos of the word maps, and headlines keep to the maps', () => {
  const words = ['Foreign', 'ministers', 'met', 'in', 'Oslo', 'on', 'Tuesday', ',', 'said', 'Ana', 'Ferreira', '.']
  const spellings = words.map((w) => new Spelling(w))
  const mask = NER_BUCKETS - 1
  // The features and the shared lexeme, not where a tagger last kept the word's scores.
  const features = (infos: ReturnType<typeof wordInfos>) =>
    infos.map(({ ids, own, lower, short, lowerText, lexeme, isFunction, caseKind }) => ({
      ids,
      own,
      lower,
      short,
      lowerText,
      lexeme,
      isFunction,
      caseKind,
    }))
  const kept = wordInfos(words, false, mask, spellings)
  const mapped = wordInfos(words, false, mask)
  assert.deepEqual(features(kept), features(mapped))
  kept.forEach((info, i) => assert.equal(info.lexeme, mapped[i].lexeme))
  assert.ok(spellings.every((s) => s.names !== undefined))
  // A second sentence with the same spellings reads the infos kept on them.
  assert.equal(wordInfos(words, false, mask, spellings)[4], spellings[4].names)
  const shouted = words.map((w) => w.toUpperCase())
  const fresh = shouted.map((w) => new Spelling(w))
  assert.deepEqual(wordInfos(shouted, true, mask, fresh), wordInfos(shouted, true, mask))
  assert.equal(wordInfos(shouted, true, mask, fresh)[0], wordInfos(shouted, true, mask)[0])
  assert.ok(fresh.every((s) => s.names === undefined))
})

test('the tagger’s fast path computes the same features as training sees them', () => {
  const tagger = loadNerTagger(NER_MODEL_PATH)
  const sentences = [
    ['MINISTERS', 'MEET', 'IN', 'OSLO', 'OVER', 'G7', 'PLAN'],
    ['Foreign', 'ministers', 'from', 'Norway', 'and', 'Chile', 'met', 'in', 'Oslo', 'on', 'Tuesday', '.'],
    [
      '“',
      'We',
      'agreed',
      ',',
      '”',
      'said',
      'Ana',
      'Ferreira',
      'of',
      'the',
      'Andean',
      'Forum',
      ',',
      'after',
      'the',
      'G7',
      'talks',
      '.',
    ],
    ['Ferreira', 'said', 'Chile', 'would', 'send', '12', 'observers', 'to', 'Oslo', 'in', 'May', '.'],
  ]
  const mask = NER_BUCKETS - 1
  const L = tagger.joint.labels
  const decode = (emissions: Float64Array, n: number, scores: typeof tagger.firstScores) =>
    fromBio(viterbi(emissions, n, L, scores.transitions, scores.start, scores.end))
  const doc = buildDocContext(sentences)
  const first = sentences.map((words) => {
    const one = new Float64Array(words.length * L)
    tagger.joint.addEmissions(nerFeatures(words, tagger.gazetteer, doc, mask), one, new Float64Array(one.length))
    return decode(one, words.length, tagger.firstScores)
  })
  const withPredicted = { ...doc, predicted: predictedTypes(sentenceWords(sentences, mask), first) }
  const second = sentences.map((words) => {
    const two = new Float64Array(words.length * L)
    tagger.joint.addEmissions(
      nerFeatures(words, tagger.gazetteer, withPredicted, mask),
      new Float64Array(two.length),
      two,
    )
    return decode(two, words.length, tagger.secondScores)
  })
  assert.ok(second.flat().length >= 6, JSON.stringify(second))
  assert.deepEqual(tagger.tagDocument(sentences), second)
})
