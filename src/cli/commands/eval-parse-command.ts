import { readConllu } from '../../eval/conllu.js'
import { evalParse } from '../../eval/eval-parse.js'
import { AppError } from '../../errors.js'
import { defaultSyntaxModel } from '../../stages/syntax/load-syntax.js'

/** `newsgraph eval parse --conllu FILE [--half first|second] [--json]`. */
export function evalParseCommand(
  path: string,
  values: { half?: string; json?: boolean },
  out: (text: string) => void,
): void {
  const all = readConllu(path)
  const middle = all.length >> 1
  if (values.half !== undefined && values.half !== 'first' && values.half !== 'second')
    throw new AppError('usage', `expected --half first or --half second, instead found "${values.half}"`)
  const sentences = values.half === 'first' ? all.slice(0, middle) : values.half === 'second' ? all.slice(middle) : all
  const s = evalParse(defaultSyntaxModel(), sentences)
  if (values.json) {
    const { sentences: count, words, upos, xpos, uas, las, lasFull, tokensPerSecond } = s
    out(`${JSON.stringify({ sentences: count, words, upos, xpos, uas, las, lasFull, tokensPerSecond })}\n`)
    return
  }
  const pct = (x: number) => `${(x * 100).toFixed(2)} %`
  out(
    [
      `Parse on ${path}${values.half ? ` (${values.half} half)` : ''}: ${s.sentences} sentences, ${s.words} gold words`,
      '(every word scored, punctuation included; LAS over universal relations, as the CoNLL 2018 shared task)',
      `  UPOS     ${pct(s.upos)}`,
      `  XPOS     ${pct(s.xpos)}`,
      `  UAS      ${pct(s.uas)}`,
      `  LAS      ${pct(s.las)}   (full relations, "nsubj:pass" apart from "nsubj": ${pct(s.lasFull)})`,
      `  speed    ${s.tokensPerSecond.toLocaleString('en')} words/s (tagging and parsing, single thread)`,
      '',
    ].join('\n'),
  )
}
