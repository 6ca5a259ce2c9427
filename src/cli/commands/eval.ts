import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { readConll } from '../../eval/conll.js'
import { ECB_DEV_TOPICS, readEcbTopics } from '../../eval/ecbplus.js'
import { evalCoref } from '../../eval/eval-coref.js'
import { evalQuotes } from '../../eval/eval-quotes.js'
import { evalTime } from '../../eval/eval-time.js'
import { readTimeml } from '../../eval/timeml.js'
import { readPolnear } from '../../eval/polnear.js'
import { evalNer } from '../../eval/eval-ner.js'
import type { PRF } from '../../eval/score-spans.js'
import { AppError } from '../../errors.js'
import { defaultNerTagger } from '../../stages/mentions/load-ner.js'

export const evalHelp = `newsgraph eval TASK [options]

Scores a stage against annotated data and prints precision, recall and F1.

Tasks:
  ner --conll FILE       named entities on a CoNLL-2003 file (e.g. ../shared/data/conll2003/valid.txt)
  quotes --polnear DIR   attribution (content, source, cue) on a PolNeAR split folder holding text/ and
                         attributions/ (e.g. ../shared/data/polnear/dev); scored against each article's
                         first annotator
  time --timeml DIR      time expressions on TimeML files under DIR (TempEval-3 style: strict and relaxed
                         extraction, type accuracy, value F1); e.g. ../shared/data/tempeval3/TBAQ-cleaned/AQUAINT
  coref --ecbplus DIR    within-document coreference of human participants on ECB+ (DIR holds ECB+/),
                         MUC and B³ F1; --topics 2,5,… (default: the usual dev topics 2,5,12,18,21,23,34,35)

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
  const { values } = parseArgs({ args: rest, options: { conll: { type: 'string' }, timeml: { type: 'string' }, polnear: { type: 'string' }, ecbplus: { type: 'string' }, topics: { type: 'string' }, json: { type: 'boolean', default: false } } })
  if (task === 'coref') return evalCorefCommand(values, out)
  if (task === 'quotes') return evalQuotesCommand(values, out)
  if (task === 'time') return evalTimeCommand(values, out)
  if (task !== 'ner') throw new AppError('usage', `expected a task (ner, quotes, time, coref), instead found ${task ? `"${task}"` : 'nothing'}\n\n${evalHelp}`)
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

function evalCorefCommand(values: { ecbplus?: string; topics?: string; json?: boolean }, out: (text: string) => void): void {
  const dir = values.ecbplus
  if (!dir) throw new AppError('usage', `expected --ecbplus DIR\n\n${evalHelp}`)
  if (!existsSync(join(dir, 'ECB+'))) throw new AppError('not_found', `cannot read "${dir}": no ECB+ folder in it (the annotated data lives in ../shared/data/ecbplus)`)
  const topics = values.topics ? values.topics.split(',').map((t) => t.trim()) : ECB_DEV_TOPICS
  const score = evalCoref(readEcbTopics(dir, topics))
  if (values.json) {
    out(JSON.stringify({ muc: score.muc, b3: score.b3, documents: score.documents, mentions: score.mentions, mentionRecall: score.mentionRecall }) + '\n')
    return
  }
  out([
    `Coreference of human participants on ECB+ topics ${topics.join(', ')}: ${score.documents} documents, ${score.mentions} gold mentions`,
    row('MUC', score.muc),
    row('B³', score.b3),
    `  gold mentions found by some entity: ${(score.mentionRecall * 100).toFixed(1)}%`,
    '',
  ].join('\n'))
}

function evalQuotesCommand(values: { polnear?: string; json?: boolean }, out: (text: string) => void): void {
  const dir = values.polnear
  if (!dir) throw new AppError('usage', `expected --polnear DIR\n\n${evalHelp}`)
  if (!existsSync(join(dir, 'attributions')) || !existsSync(join(dir, 'text'))) throw new AppError('not_found', `cannot read "${dir}": expected text/ and attributions/ in it (e.g. ../shared/data/polnear/dev)`)
  const score = evalQuotes(readPolnear(dir))
  const short = (s: PRF) => ({ p: s.precision, r: s.recall, f1: s.f1 })
  if (values.json) {
    out(JSON.stringify({
      content: { exact: short(score.content.exact), overlap: short(score.content.overlap) }, source: short(score.source), cue: short(score.cue),
      direct: short(score.direct), indirect: short(score.indirect),
    }) + '\n')
    return
  }
  out([
    `Quotes on ${dir}: ${score.articles} articles, ${score.relations} gold attributions (first annotator of each article)`,
    row('content', score.content.overlap) + '   (words overlap ≥ 50 %)',
    row('exact', score.content.exact) + '   (content equal)',
    row('source', score.source),
    row('cue', score.cue),
    row('direct', score.direct) + '   (content overlap, quotes in quotation marks)',
    row('indirect', score.indirect) + '   (content overlap, reported speech)',
    '',
  ].join('\n'))
}

function evalTimeCommand(values: { timeml?: string; json?: boolean }, out: (text: string) => void): void {
  const dir = values.timeml
  if (!dir) throw new AppError('usage', `expected --timeml DIR\n\n${evalHelp}`)
  if (!existsSync(dir)) throw new AppError('not_found', `cannot read "${dir}": no such folder (TimeML data lives in ../shared/data/tempeval3)`)
  const score = evalTime(readTimeml(dir))
  const short = (s: PRF) => ({ p: s.precision, r: s.recall, f1: s.f1 })
  if (values.json) {
    out(JSON.stringify({ strict: short(score.strict), relaxed: short(score.relaxed), type: score.type, value: short(score.value) }) + '\n')
    return
  }
  out([
    `Time expressions on ${dir}: ${score.documents} documents, ${score.timexes} gold TIMEX3`,
    row('strict', score.strict),
    row('relaxed', score.relaxed),
    row('value', score.value),
    `  type     accuracy ${(score.type.accuracy * 100).toFixed(2)} (over relaxed matches)`,
    '',
  ].join('\n'))
}
