import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { readConll } from '../../eval/conll.js'
import { evalNer } from '../../eval/eval-ner.js'
import type { PRF } from '../../eval/score-spans.js'
import { AppError } from '../../errors.js'
import { defaultNerTagger } from '../../stages/mentions/load-ner.js'

export const evalHelp = `newsgraph eval TASK [options]

Scores a stage against annotated data and prints precision, recall and F1.

Tasks:
  ner --conll FILE     named entities on a CoNLL-2003 file (e.g. ../shared/data/conll2003/valid.txt)

Options:
  --json               print the scores as JSON (values 0–1)
`

const pct = (x: number) => (x * 100).toFixed(2).padStart(6)
const row = (name: string, s: PRF) => `  ${name.padEnd(8)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`

function requireFile(path: string | undefined, flag: string): string {
  if (!path) throw new AppError('usage', `expected ${flag} FILE\n\n${evalHelp}`)
  if (!existsSync(path)) throw new AppError('not_found', `cannot read "${path}": no such file (the annotated data lives in ../shared/data)`)
  return path
}

/** `newsgraph eval`. */
export async function evalCommand(argv: string[], out: (text: string) => void): Promise<void> {
  const [task, ...rest] = argv
  const { values } = parseArgs({ args: rest, options: { conll: { type: 'string' }, json: { type: 'boolean', default: false } } })
  if (task !== 'ner') throw new AppError('usage', `expected a task (ner), instead found ${task ? `"${task}"` : 'nothing'}\n\n${evalHelp}`)
  const docs = readConll(requireFile(values.conll, '--conll'))
  const score = evalNer(docs, defaultNerTagger())
  if (values.json) {
    const { precision, recall, f1, byType, tokensPerSecond } = score
    out(JSON.stringify({ precision, recall, f1, byType, tokensPerSecond }) + '\n')
    return
  }
  out([
    `NER on ${values.conll}: ${score.sentences} sentences, ${score.tokens} tokens (exact span and type, conlleval-style)`,
    row('overall', score),
    ...Object.entries(score.byType).map(([type, s]) => row(type, s)),
    `  speed    ${score.tokensPerSecond.toLocaleString('en')} tokens/s (tagging, single thread)`,
    '',
  ].join('\n'))
}
