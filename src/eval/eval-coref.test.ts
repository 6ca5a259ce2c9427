// Event coreference scoring on an ECB+-style document of our own: the CAT XML reader's actions and chains, and
// the pairwise score of `sameAs`.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseEcbDocument } from './ecbplus.js'
import { evalEventCoref } from './eval-coref.js'

/**
 * A CAT XML document: one sentence per array, its words as tokens; `actions` marks tokens (by index) as action
 * mentions; each chain lists mention ids joined, as in ECB+, to an instance markable of its own (the target).
 */
function catXml(sentences: string[][], actions: { token: number; id: number }[], chains: number[][]): string {
  let t = 0
  const tokens = sentences.flatMap((words, s) =>
    words.map((w) => `<token t_id="${++t}" sentence="${s}" number="${t}">${w}</token>`),
  )
  const markables = actions.map(
    (a) => `<ACTION_OCCURRENCE m_id="${a.id}"><token_anchor t_id="${a.token}"/></ACTION_OCCURRENCE>`,
  )
  const relations = chains.map(
    (chain, k) =>
      `<INTRA_DOC_COREF r_id="${k + 1}">${chain.map((m) => `<source m_id="${m}"/>`).join('')}<target m_id="${900 + k}"/></INTRA_DOC_COREF>`,
  )
  return `<Document doc_name="x">${tokens.join('')}<Markables>${markables.join('')}</Markables><Relations>${relations.join('')}</Relations></Document>`
}

test('ECB+ actions are read with their chains, and sameAs pairs are scored against them', () => {
  const xml = catXml(
    [
      ['Norway', 'attacked', 'Sweden', 'on', 'Monday', '.'],
      ['Officials', 'said', 'Norway', 'attacked', 'Sweden', 'with', 'drones', '.'],
      ['Separately', ',', 'Denmark', 'attacked', 'Finland', '.'],
    ],
    [
      { token: 2, id: 100 },
      { token: 10, id: 101 },
      { token: 18, id: 102 },
    ],
    [[100, 101]],
  )
  const doc = parseEcbDocument(xml, 'x.xml', '1')
  assert.deepEqual(
    doc.actions.map((a) => doc.text.slice(a.start, a.end)),
    ['attacked', 'attacked', 'attacked'],
  )
  assert.equal(doc.actions[0].chain, doc.actions[1].chain)
  assert.notEqual(doc.actions[1].chain, doc.actions[2].chain)
  const score = evalEventCoref([doc])
  assert.equal(score.aligned, 3)
  assert.equal(score.pairs, 3)
  // Norway's two attacks on Sweden are one happening; Denmark's is another.
  assert.deepEqual(score.linked, { precision: 1, recall: 1, f1: 1 })
  assert.equal(score.sameType.precision, 1 / 3)
})
