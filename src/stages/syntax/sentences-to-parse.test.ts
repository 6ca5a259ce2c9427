import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { lowerTokens } from '../../doc/vocab.js'
import { analyzeDoc } from '../../pipeline/analyze.js'
import { TRIGGERS } from '../events/lexicon.js'
import { CUE_VERBS, PARTICIPLE_CUES } from '../quotes/lexicon.js'
import { lexiconWords, PARSE_CUE_WORDS } from './parse-cue-words.js'
import { sentencesToParse } from './sentences-to-parse.js'

const noParse = { stageOptions: { syntax: false } }

describe('sentences to parse', () => {
  it('chooses the sentences with a quotation, a quote cue, an event trigger, a claim marker or a bare date', () => {
    const text = [
      'The weather was mild.',
      'The minister said talks would resume.',
      '“We are ready.”',
      'Troops shelled the village.',
      'Prices rose by two percent.',
      'He falsely blamed the opposition.',
      'The report was debunked.',
      'The mill will reopen in February.',
    ].join(' ')
    const doc = analyzeDoc(text, {}, noParse)
    assert.equal(doc.sentences.length, 8)
    assert.deepEqual(sentencesToParse(doc), [1, 2, 3, 5, 6, 7])
  })

  it('is what the syntax stage parses by default; `syntax: true` parses all, false none', () => {
    const text = 'The weather was mild. The minister said talks would resume. Prices rose.'
    assert.deepEqual(
      analyzeDoc(text).syntax.map((s) => s.sentence),
      [1],
    )
    assert.equal(analyzeDoc(text, {}, { syntax: true }).syntax.length, 3)
    assert.deepEqual(analyzeDoc(text, {}, noParse).syntax, [])
    assert.deepEqual(
      analyzeDoc(text, {}, { stageOptions: { syntax: [0, 2] } }).syntax.map((s) => s.sentence),
      [0, 2],
    )
  })

  it('parses every sentence that holds a quote cue or an event trigger', () => {
    // One short sentence per cue and trigger word, and as many without any.
    const words = [...new Set([...CUE_VERBS.keys(), ...PARTICIPLE_CUES, ...TRIGGERS.keys()])]
    const text = words.map((w) => `Officials ${w} it. The sky was blue.`).join(' ')
    const doc = analyzeDoc(text, {}, noParse)
    const lower = lowerTokens(doc.text, doc.tokens)
    const chosen = new Set(sentencesToParse(doc))
    const read = new Set([...CUE_VERBS.keys(), ...PARTICIPLE_CUES, ...TRIGGERS.keys()])
    let cued = 0
    doc.sentences.forEach((sentence, i) => {
      const holds = doc.tokens.some((t, k) => t.start >= sentence.start && t.end <= sentence.end && read.has(lower[k]))
      if (!holds) return
      cued++
      assert.ok(chosen.has(i), `sentence ${i} "${doc.text.slice(sentence.start, sentence.end)}" is not parsed`)
    })
    assert.ok(cued >= words.length * 0.9, `only ${cued} of ${words.length} sentences hold their word`)
    assert.ok(chosen.size < doc.sentences.length, 'sentences without a cue are left out')
  })

  it('reads the words of maps, sets and arrays, and none of anything else', () => {
    assert.deepEqual(lexiconWords(new Map([['Said', 1]])), ['said'])
    assert.deepEqual(lexiconWords(new Set(['went on'])), ['went'])
    assert.deepEqual(lexiconWords(['told', 3]), ['told'])
    assert.deepEqual(lexiconWords(undefined), [])
    assert.deepEqual(lexiconWords('said'), [])
    for (const w of ['said', 'adding', 'continued', 'attacked', 'summit', 'fighting', 'falsely', 'debunked'])
      assert.ok(PARSE_CUE_WORDS.has(w), w)
  })

  it('never throws on odd input', () => {
    for (const text of ['', '“', '” ” “', 'said', '\u0000 said \u0000'])
      assert.doesNotThrow(() => sentencesToParse(analyzeDoc(text, {}, noParse)))
  })
})
