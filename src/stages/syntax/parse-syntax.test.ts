import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { SentenceSyntax } from '../../doc/types.js'
import { analyzeDoc } from '../../pipeline/analyze.js'
import { toAnalysis } from '../../doc/to-analysis.js'
import { checkAnalysis } from '../../doc/check-doc.js'
import {
  agentOf,
  childOf,
  clauseOf,
  headOf,
  isPassive,
  objectOf,
  phraseOf,
  rootOf,
  subjectOf,
  tokenAt,
} from './tree.js'

/** Parses one sentence through the pipeline and returns its parse. */
function parse(sentence: string): SentenceSyntax {
  const doc = analyzeDoc(sentence, {}, { syntax: true })
  assert.equal(doc.syntax.length, doc.sentences.length)
  return doc.syntax[0]
}

/** The position of the first token spelled `word`. */
function at(s: SentenceSyntax, text: string, word: string, nth = 0): number {
  const found = s.tokens.map((t, i) => (text.slice(t.start, t.end) === word ? i : -1)).filter((i) => i >= 0)
  assert.ok(found.length > nth, `no "${word}" in the parse`)
  return found[nth]
}

const wordOf = (s: SentenceSyntax, text: string, i: number) =>
  i < 0 ? '(none)' : text.slice(s.tokens[i].start, s.tokens[i].end)

describe('syntax stage', () => {
  it('parses the sentences a later stage reads by default, and none when the stage option says false', () => {
    assert.deepEqual(
      analyzeDoc('The minister resigned on Monday. Prices rose.').syntax.map((s) => s.sentence),
      [0],
    )
    assert.deepEqual(analyzeDoc('The minister resigned.', {}, { stageOptions: { syntax: false } }).syntax, [])
  })

  it('gives every token of a parsed sentence tags, a head inside the sentence and a relation', () => {
    const text = 'The minister resigned on Monday. Talks stalled.'
    const doc = analyzeDoc(text, {}, { syntax: true })
    assert.deepEqual(checkAnalysis(toAnalysis(doc, { syntax: true })), [])
    assert.equal(doc.syntax.length, 2)
    for (const s of doc.syntax) {
      assert.equal(s.source, 'syntax/arc-eager')
      assert.equal(s.tokens.filter((t) => t.head === -1).length, 1, 'one root')
      for (const t of s.tokens) {
        assert.ok(t.head >= -1 && t.head < s.tokens.length)
        assert.ok(t.upos && t.xpos && t.deprel)
        assert.equal(doc.tokens[t.token].start, t.start)
      }
    }
  })

  it('puts the parse in the contract only on request', () => {
    const doc = analyzeDoc('She resigned.', {}, { syntax: true })
    assert.equal(toAnalysis(doc).syntax, undefined)
    const [sentence] = toAnalysis(doc, { syntax: true }).syntax ?? []
    assert.deepEqual(
      sentence.tokens.map((t) => [t.text, t.upos, t.deprel]),
      [
        ['She', 'PRON', 'nsubj'],
        ['resigned', 'VERB', 'root'],
        ['.', 'PUNCT', 'punct'],
      ],
    )
  })

  it('finds the agent of a passive "was told by"', () => {
    const text = 'The minister was told by the ambassador that the border would close.'
    const s = parse(text)
    const told = at(s, text, 'told')
    assert.equal(rootOf(s), told)
    assert.ok(isPassive(s, told))
    assert.equal(wordOf(s, text, subjectOf(s, told)), 'minister')
    assert.equal(wordOf(s, text, agentOf(s, told, text)), 'ambassador')
  })

  it('reads through a relative clause: "Peskov, who spoke …, said"', () => {
    const text = 'Peskov, who spoke to reporters on Monday, said the talks would continue.'
    const s = parse(text)
    const said = at(s, text, 'said')
    const spoke = at(s, text, 'spoke')
    assert.equal(rootOf(s), said)
    assert.equal(wordOf(s, text, subjectOf(s, said)), 'Peskov')
    assert.equal(wordOf(s, text, headOf(s, spoke)), 'Peskov')
    assert.equal(s.tokens[spoke].deprel, 'acl:relcl')
    assert.equal(wordOf(s, text, subjectOf(s, spoke)), 'Peskov')
  })

  it('keeps a title and a name together: "Kremlin spokesperson Dmitry Peskov said"', () => {
    const text = 'Kremlin spokesperson Dmitry Peskov said on Tuesday that no meeting was planned.'
    const s = parse(text)
    const said = at(s, text, 'said')
    const subject = subjectOf(s, said)
    const phrase = phraseOf(s, subject)
    assert.equal(text.slice(phrase.start, phrase.end), 'Kremlin spokesperson Dmitry Peskov')
  })

  it('hangs an appositive from the name it renames: "Dmitry Peskov, the Kremlin spokesman, said"', () => {
    const text = 'Dmitry Peskov, the Kremlin spokesman, said the talks had failed.'
    const s = parse(text)
    const said = at(s, text, 'said')
    const subject = subjectOf(s, said)
    assert.equal(wordOf(s, text, subject), 'Dmitry')
    const spokesman = at(s, text, 'spokesman')
    assert.equal(s.tokens[spokesman].deprel, 'appos')
    assert.equal(headOf(s, spokesman), subject)
    const phrase = phraseOf(s, subject)
    assert.equal(text.slice(phrase.start, phrase.end), 'Dmitry Peskov')
    assert.equal(wordOf(s, text, subjectOf(s, at(s, text, 'failed'))), 'talks')
  })

  it('finds the subject of a passive without an agent', () => {
    const text = 'The bridge was destroyed in the night.'
    const s = parse(text)
    const destroyed = at(s, text, 'destroyed')
    assert.equal(rootOf(s), destroyed)
    assert.ok(isPassive(s, destroyed))
    assert.equal(wordOf(s, text, subjectOf(s, destroyed)), 'bridge')
    assert.equal(agentOf(s, destroyed, text), -1)
  })

  it('shares a subject between coordinated verbs and keeps each object', () => {
    const text = 'The rebels shelled the town and seized the bridge.'
    const s = parse(text)
    const seized = at(s, text, 'seized')
    assert.equal(s.tokens[seized].deprel, 'conj')
    assert.equal(wordOf(s, text, headOf(s, seized)), 'shelled')
    assert.equal(wordOf(s, text, subjectOf(s, seized)), 'rebels')
    assert.equal(wordOf(s, text, objectOf(s, seized)), 'bridge')
  })

  it('coordinates subjects: "France and Germany condemned"', () => {
    const text = 'France and Germany condemned the attack.'
    const s = parse(text)
    const condemned = at(s, text, 'condemned')
    assert.equal(wordOf(s, text, subjectOf(s, condemned)), 'France')
    const germany = at(s, text, 'Germany')
    assert.equal(s.tokens[germany].deprel, 'conj')
    assert.equal(wordOf(s, text, headOf(s, germany)), 'France')
    assert.equal(wordOf(s, text, objectOf(s, condemned)), 'attack')
  })

  it('hangs reported speech from the speech verb: "X said that …"', () => {
    const text = 'The spokesman said that the troops would withdraw by Friday.'
    const s = parse(text)
    const said = at(s, text, 'said')
    const withdraw = at(s, text, 'withdraw')
    assert.equal(headOf(s, withdraw), said)
    assert.equal(s.tokens[withdraw].deprel, 'ccomp')
    assert.equal(wordOf(s, text, subjectOf(s, withdraw)), 'troops')
    assert.equal(clauseOf(s, at(s, text, 'Friday')), withdraw)
  })

  it('finds the speaker of a trailing "…, X said."', () => {
    const text = 'The troops will withdraw by Friday, the spokesman said.'
    const s = parse(text)
    const said = at(s, text, 'said')
    assert.equal(wordOf(s, text, subjectOf(s, said)), 'spokesman')
    assert.equal(wordOf(s, text, subjectOf(s, at(s, text, 'withdraw'))), 'troops')
  })

  it('parses a question', () => {
    const text = 'Did the president sign the bill?'
    const s = parse(text)
    const sign = at(s, text, 'sign')
    assert.equal(rootOf(s), sign)
    assert.equal(wordOf(s, text, subjectOf(s, sign)), 'president')
    assert.equal(wordOf(s, text, objectOf(s, sign)), 'bill')
    assert.equal(s.tokens[at(s, text, 'Did')].deprel, 'aux')
  })

  it('parses a question asking for the subject', () => {
    const text = 'Who ordered the strike?'
    const s = parse(text)
    const ordered = at(s, text, 'ordered')
    assert.equal(rootOf(s), ordered)
    assert.equal(wordOf(s, text, subjectOf(s, ordered)), 'Who')
    assert.equal(wordOf(s, text, objectOf(s, ordered)), 'strike')
  })

  it('parses a headline without a full stop', () => {
    const text = 'Russia strikes Ukrainian power plants'
    const s = parse(text)
    const strikes = at(s, text, 'strikes')
    assert.equal(rootOf(s), strikes)
    assert.equal(s.tokens[strikes].upos, 'VERB')
    assert.equal(wordOf(s, text, subjectOf(s, strikes)), 'Russia')
    assert.equal(wordOf(s, text, objectOf(s, strikes)), 'plants')
  })

  it('maps a hyphenated compound and a clitic back onto our tokens', () => {
    const text = "The well-known envoy didn't attend."
    const s = parse(text)
    const known = at(s, text, 'well-known')
    // The token takes the analysis of "known", the word heading "well" "-" "known".
    assert.ok(['ADJ', 'VERB'].includes(s.tokens[known].upos))
    assert.equal(s.tokens[known].deprel, 'amod')
    assert.equal(wordOf(s, text, headOf(s, known)), 'envoy')
    const not = at(s, text, "n't")
    assert.equal(wordOf(s, text, headOf(s, not)), 'attend')
    assert.equal(childOf(s, at(s, text, 'attend'), 'nsubj'), at(s, text, 'envoy'))
    assert.equal(tokenAt(s, text.indexOf('envoy') + 2), at(s, text, 'envoy'))
  })

  it('never throws on odd input', () => {
    for (const text of ['', '...', '— — —', 'a'.repeat(5000), '1 2 3 4 5 6 7 8 9 10 '.repeat(40)])
      assert.doesNotThrow(() => analyzeDoc(text, {}, { syntax: true }))
  })
})
