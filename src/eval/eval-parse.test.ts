import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { SHARED_DIR, skipWithoutShared } from '../test-support/shared-data.js'
import { parseConllu, readConllu } from './conllu.js'

const SAMPLE = `# text = The minister didn't resign.
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tminister\tminister\tNOUN\tNN\t_\t5\tnsubj\t_\t_
3-4\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_
3\tdid\tdo\tAUX\tVBD\t_\t5\taux\t_\t_
4\tn't\tnot\tPART\tRB\t_\t5\tadvmod\t_\t_
4.1\tresigned\tresign\tVERB\tVBD\t_\t_\t_\t5:conj\t_
5\tresign\tresign\tVERB\tVB\t_\t0\troot\t_\t_
6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_

`

describe('parseConllu', () => {
  it('reads the word lines, leaving out multiword-token ranges and empty nodes', () => {
    const [sentence] = parseConllu(SAMPLE)
    assert.deepEqual(sentence.words, ['The', 'minister', 'did', "n't", 'resign', '.'])
    assert.deepEqual(sentence.heads, [2, 5, 5, 5, 0, 5])
    assert.deepEqual(sentence.deprels, ['det', 'nsubj', 'aux', 'advmod', 'root', 'punct'])
  })

  it('skips malformed lines instead of throwing', () => {
    assert.deepEqual(parseConllu('garbage\n1\tonly-two-columns\n\n'), [])
  })
})

const EWT = 'data/ud-english-ewt/en_ewt-ud-dev.conllu'

describe('the shipped parser on UD EWT dev', { skip: skipWithoutShared(EWT) }, () => {
  it('stays above its floors on the half of dev it was not tuned on', async () => {
    const { evalParse } = await import('./eval-parse.js')
    const { defaultSyntaxModel } = await import('../stages/syntax/load-syntax.js')
    const dev = readConllu(SHARED_DIR + EWT)
    const scores = evalParse(defaultSyntaxModel(), dev.slice(dev.length >> 1))
    assert.ok(scores.words > 10_000)
    assert.ok(scores.upos >= 0.94, `UPOS ${scores.upos}`)
    assert.ok(scores.uas >= 0.84, `UAS ${scores.uas}`)
    assert.ok(scores.las >= 0.8, `LAS ${scores.las}`)
  })
})
