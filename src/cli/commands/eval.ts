import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { readConll } from '../../eval/conll.js'
import { ECB_DEV_TOPICS, readEcbTopics } from '../../eval/ecbplus.js'
import { evalCoref, evalEventCoref } from '../../eval/eval-coref.js'
import { annotatorAgreement, evalQuotes, evalQuotesAgainstAnnotators, type QuoteScore } from '../../eval/eval-quotes.js'
import { evalTime } from '../../eval/eval-time.js'
import { readTimeml } from '../../eval/timeml.js'
import { evalTimeline } from '../../eval/eval-timeline.js'
import { readTimeline } from '../../eval/timeline.js'
import { readPolnear, readPolnearAnnotations } from '../../eval/polnear.js'
import { evalActors, readNgecActorCases } from '../../eval/eval-actors.js'
import { evalNer } from '../../eval/eval-ner.js'
import type { BinaryScores, PRF } from '../../eval/score-spans.js'
import { AppError } from '../../errors.js'
import { defaultNerTagger } from '../../stages/mentions/load-ner.js'
import { readQuadSentences, readRoleSentences } from '../../eval/conflibert.js'
import { crossValidateCheckworthy, evalCheckworthy, readClaimbuster } from '../../eval/eval-checkworthy.js'
import {
  crossValidateQuads,
  loadQuadModel,
  modelQuads,
  ruleQuads,
  scoreQuads,
  scoreRoleSpans,
} from '../../eval/eval-events.js'
import { evalExtract } from '../../eval/eval-extract.js'
import { evalGeoCommand } from './eval-geo.js'
import { evalSpeakersCommand, speakersHelp } from './eval-speakers.js'
import { evalStories } from '../../eval/eval-stories.js'
import { evalPetrarch, readActorDictionary, readPetrarchRecords } from '../../eval/petrarch.js'
import { defaultCheckworthyModel } from '../../stages/claims/checkworthiness.js'
import { evalParseCommand } from './eval-parse-command.js'

export const evalHelp = `newsgraph eval TASK [options]

Scores a stage against annotated data and prints precision, recall and F1.

Tasks:
  ner --conll FILE       named entities on a CoNLL-2003 file (e.g. ../shared/data/conll2003/valid.txt)
  actors --ngec FILE     actor codes (country, sector) on NGEC's actor tests (../shared/data/events/ngec-actors/
                         dev.jsonl): all rows, and apart the even lines (tuned on) and the odd lines (held out)
  quotes --polnear DIR   attribution (content, source, cue) on a PolNeAR split folder holding text/ and
                         attributions/ (e.g. ../shared/data/polnear/dev); scored against each article's
                         first annotator; --agreement scores the annotators against each other instead, on
                         the articles several of them read (the ceiling of these scores)
${speakersHelp}
  time --timeml DIR      time expressions on TimeML files under DIR (TempEval-3 style: strict and relaxed
                         extraction, type accuracy, value F1); e.g. ../shared/data/tempeval3/TBAQ-cleaned/AQUAINT;
                         --part tune|held-out scores every other file (by sorted path: the 1st, 3rd … are tune)
  time --timeline DIR    event dates on the SemEval-2015 TimeLine set (Wikinews, CAT XML), e.g.
                         ../shared/data/timeline-semeval2015: it annotates no TIMEX3 in its texts, so each gold
                         event mention is dated as the events stage dates a trigger and compared with the gold date
  checkworthy --claimbuster FILE
                         check-worthiness (positive class P/R/F1) on a JSON array of {text, label} such as
                         ../shared/data/claimbuster/train.json; --folds K cross-validates on FILE instead of
                         scoring the shipped model (which was trained on ClaimBuster train)
  events --conflibert DIR --split NAME
                         sentence quad class (accuracy, macro F1) and actor spans (S, T, R) on
                         DIR/cameo_class/NAME.tsv and DIR/cameo_ner/NAME.txt; --folds K cross-validates the
                         quad model on the split (use it on train, which the shipped model learned from)
  events --petrarch FILE share of PETRARCH validation codings whose CAMEO root maps to the PLOVER type of one
                         of our events, and with matching actors (3-letter codes from PETR.Validate.actors.txt
                         beside FILE)
  extract --benchmark DIR
                         main text from HTML pages (DIR/html/*.html.gz, DIR/ground-truth.json): word-shingle
                         precision, recall and F1 against articleBody, averaged over pages; --half first|second
                         scores one half of the pages by sorted id (the first is tuned on, the second untouched)
  stories --ecbplus DIR  clusters the ECB+ documents under DIR/ECB+ into stories as the corpus does; B³ and
                         pairwise F1 against the gold (each topic's ECB and ECB+ documents: two stories)
  coref --ecbplus DIR    within-document coreference of human participants on ECB+ (DIR holds ECB+/),
                         MUC and B³ F1, and of events (pairs linked by sameAs against the gold event chains);
                         --topics 2,5,… (default: the usual dev topics 2,5,12,18,21,23,34,35)
  geo --xml FILE|DIR     toponyms, LGL-style (toponym/gaztag) or GeoVirus-style (location/lat/lon) files such
                         as ../shared/data/geoparsing/lgl.xml: resolution of the gold spans (share within 161 km,
                         median km) and tagging of our places (P/R/F1), on all articles and on each half

  parse --conllu FILE    part-of-speech tags (UPOS, XPOS) and dependencies (UAS, LAS) on the gold words of a
                         CoNLL-U file (e.g. ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu); every word
                         scored, punctuation included, LAS over universal relations ("nsubj:pass" counts as
                         "nsubj"), as the CoNLL 2018 shared task scores; --half first|second scores half of
                         the sentences (the shipped model was tuned on dev's first half)

Options:
  --json               print the scores as JSON (values 0–1)
`

const pct = (x: number) => (x * 100).toFixed(2).padStart(6)
const row = (name: string, s: PRF) => `  ${name.padEnd(8)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`

function requireFile(path: string | undefined, flag: string): string {
  if (!path) throw new AppError('usage', `expected ${flag} FILE\n\n${evalHelp}`)
  if (!existsSync(path))
    throw new AppError('not_found', `cannot read "${path}": no such file (the annotated data lives in ../shared/data)`)
  return path
}

/** `newsgraph eval`. */
export async function evalCommand(argv: string[], out: (text: string) => void): Promise<void> {
  const [task, ...rest] = argv
  const { values } = parseArgs({
    args: rest,
    options: {
      benchmark: { type: 'string' },
      claimbuster: { type: 'string' },
      conflibert: { type: 'string' },
      split: { type: 'string' },
      folds: { type: 'string' },
      petrarch: { type: 'string' },
      conll: { type: 'string' },
      ngec: { type: 'string' },
      conllu: { type: 'string' },
      timeml: { type: 'string' },
      part: { type: 'string' },
      timeline: { type: 'string' },
      polnear: { type: 'string' },
      ecbplus: { type: 'string' },
      topics: { type: 'string' },
      xml: { type: 'string' },
      agreement: { type: 'boolean', default: false },
      speakers: { type: 'string' },
      half: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  })
  if (task === 'geo') return evalGeoCommand(values, out)
  if (task === 'coref') return evalCorefCommand(values, out)
  if (task === 'stories') return evalStoriesCommand(values, out)
  if (task === 'quotes') return evalQuotesCommand(values, out)
  if (task === 'speakers') return evalSpeakersCommand(values, out)
  if (task === 'time') return evalTimeCommand(values, out)
  if (task === 'checkworthy') return evalCheckworthyCommand(values, out)
  if (task === 'events') return evalEventsCommand(values, out)
  if (task === 'extract') return evalExtractCommand(values, out)
  if (task === 'actors') return evalActorsCommand(values, out)
  if (task === 'parse') return evalParseCommand(requireFile(values.conllu, '--conllu'), values, out)
  if (task !== 'ner')
    throw new AppError(
      'usage',
      `expected a task (ner, actors, quotes, speakers, time, coref, checkworthy, events, extract, stories, parse, geo), ` +
        `instead found ${task ? `"${task}"` : 'nothing'}\n\n${evalHelp}`,
    )
  const docs = readConll(requireFile(values.conll, '--conll'))
  const score = evalNer(docs, defaultNerTagger())
  if (values.json) {
    const { precision, recall, f1, byType, tokensPerSecond, firstPassTokensPerSecond } = score
    out(JSON.stringify({ precision, recall, f1, byType, tokensPerSecond, firstPassTokensPerSecond }) + '\n')
    return
  }
  out(
    [
      `NER on ${values.conll}: ${score.sentences} sentences, ${score.tokens} tokens (exact span and type, conlleval-style)`,
      row('overall', score),
      ...Object.entries(score.byType).map(([type, s]) => row(type, s)),
      `  speed    ${score.tokensPerSecond.toLocaleString('en')} tokens/s (tagging, single thread, words seen before; ` +
        `first pass over the file ${score.firstPassTokensPerSecond.toLocaleString('en')})`,
      '',
    ].join('\n'),
  )
}

function evalCorefCommand(
  values: { ecbplus?: string; topics?: string; json?: boolean },
  out: (text: string) => void,
): void {
  const dir = values.ecbplus
  if (!dir) throw new AppError('usage', `expected --ecbplus DIR\n\n${evalHelp}`)
  if (!existsSync(join(dir, 'ECB+')))
    throw new AppError(
      'not_found',
      `cannot read "${dir}": no ECB+ folder in it (the annotated data lives in ../shared/data/ecbplus)`,
    )
  const topics = values.topics ? values.topics.split(',').map((t) => t.trim()) : ECB_DEV_TOPICS
  const docs = readEcbTopics(dir, topics)
  const score = evalCoref(docs)
  const events = evalEventCoref(docs)
  if (values.json) {
    out(
      JSON.stringify({
        muc: score.muc,
        b3: score.b3,
        documents: score.documents,
        mentions: score.mentions,
        mentionRecall: score.mentionRecall,
        events,
      }) + '\n',
    )
    return
  }
  out(
    [
      `Coreference of human participants on ECB+ topics ${topics.join(', ')}: ${score.documents} documents, ${score.mentions} gold mentions`,
      row('MUC', score.muc),
      row('B³', score.b3),
      `  gold mentions found by some entity: ${(score.mentionRecall * 100).toFixed(1)}%`,
      `Events repeating one happening within a document (${events.aligned} of our events on gold actions, ${events.pairs} pairs)`,
      row('sameAs', events.linked),
      row('same type', events.sameType),
      '',
    ].join('\n'),
  )
}

function evalQuotesCommand(
  values: { polnear?: string; agreement?: boolean; json?: boolean },
  out: (text: string) => void,
): void {
  const dir = values.polnear
  if (!dir) throw new AppError('usage', `expected --polnear DIR\n\n${evalHelp}`)
  if (!existsSync(join(dir, 'attributions')) || !existsSync(join(dir, 'text')))
    throw new AppError(
      'not_found',
      `cannot read "${dir}": expected text/ and attributions/ in it (e.g. ../shared/data/polnear/dev)`,
    )
  if (values.agreement) {
    quoteAgreementCommand(dir, Boolean(values.json), out)
    return
  }
  const score = evalQuotes(readPolnear(dir))
  if (values.json) {
    out(JSON.stringify(quoteScoreJson(score)) + '\n')
    return
  }
  out(
    [
      `Quotes on ${dir}: ${score.articles} articles, ${score.relations} gold attributions (first annotator of each article)`,
      ...quoteRows(score),
      '',
    ].join('\n'),
  )
}

function quoteAgreementCommand(dir: string, json: boolean, out: (text: string) => void): void {
  const annotated = readPolnearAnnotations(dir)
  const { pairwise, majority, articles } = annotatorAgreement(annotated)
  if (articles === 0)
    throw new AppError('not_found', `no article of "${dir}" was read by more than one annotator: nothing to compare`)
  const system = evalQuotesAgainstAnnotators(annotated)
  if (json) {
    out(
      JSON.stringify({
        articles,
        pairwise: quoteScoreJson(pairwise),
        majority: quoteScoreJson(majority),
        system: quoteScoreJson(system),
      }) + '\n',
    )
    return
  }
  out(
    [
      `Annotator agreement on ${dir}: ${articles} articles read by several annotators`,
      `Each annotator against each other (${pairwise.articles} pairs):`,
      ...quoteRows(pairwise),
      `Each annotator against what most of the others marked (${majority.articles} comparisons, articles with three or more):`,
      ...quoteRows(majority),
      `Newsgraph against each annotator of the same articles (${system.articles} comparisons):`,
      ...quoteRows(system),
      '',
    ].join('\n'),
  )
}

const short = (s: PRF) => ({ p: s.precision, r: s.recall, f1: s.f1 })

function quoteScoreJson(score: QuoteScore) {
  return {
    content: { exact: short(score.content.exact), overlap: short(score.content.overlap) },
    source: short(score.source),
    cue: short(score.cue),
    spans: { source: short(score.spans.source), cue: short(score.spans.cue) },
    direct: short(score.direct),
    indirect: short(score.indirect),
  }
}

function quoteRows(score: QuoteScore): string[] {
  return [
    row('content', score.content.overlap) + '   (words overlap ≥ 50 %)',
    row('exact', score.content.exact) + '   (content equal)',
    row('source', score.source) + '   (of a quote whose content is found)',
    row('cue', score.cue) + '   (of a quote whose content is found)',
    row('source', score.spans.source) + '   (spans alone, whatever the content)',
    row('cue', score.spans.cue) + '   (spans alone, whatever the content)',
    row('direct', score.direct) + '   (content overlap, quotes in quotation marks)',
    row('indirect', score.indirect) + '   (content overlap, reported speech)',
  ]
}

function evalTimeCommand(
  values: { timeml?: string; timeline?: string; part?: string; json?: boolean },
  out: (text: string) => void,
): void {
  if (values.timeline) {
    evalTimelineCommand(values.timeline, values.json, out)
    return
  }
  const dir = values.timeml
  if (!dir) throw new AppError('usage', `expected --timeml DIR or --timeline DIR\n\n${evalHelp}`)
  if (!existsSync(dir))
    throw new AppError(
      'not_found',
      `cannot read "${dir}": no such folder (TimeML data lives in ../shared/data/tempeval3)`,
    )
  const part = values.part
  if (part !== undefined && part !== 'tune' && part !== 'held-out')
    throw new AppError('usage', `expected --part tune or held-out, instead found "${part}"`)
  const docs = readTimeml(dir).filter((_, i) => part === undefined || (i % 2 === 0) === (part === 'tune'))
  const score = evalTime(docs)
  if (values.json) {
    out(
      JSON.stringify({
        strict: short(score.strict),
        relaxed: short(score.relaxed),
        type: score.type,
        value: short(score.value),
      }) + '\n',
    )
    return
  }
  out(
    [
      `Time expressions on ${dir}${part ? ` (${part} part)` : ''}: ` +
        `${score.documents} documents, ${score.timexes} gold TIMEX3`,
      row('strict', score.strict),
      row('relaxed', score.relaxed),
      row('value', score.value),
      `  type     accuracy ${(score.type.accuracy * 100).toFixed(2)} (over relaxed matches)`,
      '',
    ].join('\n'),
  )
}

function evalTimelineCommand(dir: string, json: boolean | undefined, out: (text: string) => void): void {
  if (!existsSync(dir))
    throw new AppError(
      'not_found',
      `cannot read "${dir}": no such folder (the TimeLine set lives in ../shared/data/timeline-semeval2015)`,
    )
  const score = evalTimeline(readTimeline(dir))
  if (json) {
    out(`${JSON.stringify({ value: short(score.value), fromTimex: score.fromTimex })}\n`)
    return
  }
  const { right, total } = score.fromTimex
  out(
    [
      `Event dates on ${dir}: ${score.documents} documents, ` +
        `${score.goldDated} dated and ${score.goldUndated} undated gold event mentions`,
      row('value', score.value),
      `  from a time expression in the sentence: ${right} of ${total} right (${pct(total ? right / total : 0)})`,
      '',
    ].join('\n'),
  )
}

function foldsOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const folds = Number(value)
  if (!Number.isInteger(folds) || folds < 2 || folds > 50)
    throw new AppError('usage', `expected --folds as a whole number from 2 to 50, instead found "${value}"`)
  return folds
}

const binaryRow = (name: string, s: BinaryScores) => `  ${name.padEnd(8)} P ${pct(s.p)}  R ${pct(s.r)}  F1 ${pct(s.f1)}`

function evalCheckworthyCommand(
  values: { claimbuster?: string; folds?: string; json?: boolean },
  out: (text: string) => void,
): void {
  const items = readClaimbuster(requireFile(values.claimbuster, '--claimbuster'))
  const folds = foldsOf(values.folds)
  const score = folds ? crossValidateCheckworthy(items, folds) : evalCheckworthy(items, defaultCheckworthyModel())
  if (values.json) {
    out(JSON.stringify({ p: score.p, r: score.r, f1: score.f1 }) + '\n')
    return
  }
  out(
    [
      `Check-worthiness on ${values.claimbuster}: ${items.length} sentences, ${items.filter((d) => d.label === 1).length} check-worthy` +
        (folds ? ` (${folds}-fold cross-validation)` : ' (the shipped model)'),
      binaryRow('positive', score),
      '',
    ].join('\n'),
  )
}

function evalEventsCommand(
  values: { conflibert?: string; split?: string; folds?: string; petrarch?: string; json?: boolean },
  out: (text: string) => void,
): void {
  if (values.petrarch) {
    const file = requireFile(values.petrarch, '--petrarch')
    const dictionary = join(dirname(file), 'PETR.Validate.actors.txt')
    if (!existsSync(dictionary))
      throw new AppError('not_found', `cannot read "${dictionary}": the actor dictionary must sit beside the records`)
    const score = evalPetrarch(readPetrarchRecords(file), readActorDictionary(dictionary))
    if (values.json) {
      out(JSON.stringify(score) + '\n')
      return
    }
    out(
      [
        `PETRARCH validation records ${file}: ${score.expected} expected codings with a PLOVER type`,
        `  type matched            ${pct(score.typeShare)} %`,
        `  type and actors matched ${pct(score.share)} %`,
        '',
      ].join('\n'),
    )
    return
  }
  const dir = values.conflibert
  if (!dir || !values.split)
    throw new AppError('usage', `expected --conflibert DIR --split NAME (or --petrarch FILE)\n\n${evalHelp}`)
  if (!/^[\w.-]+$/.test(values.split))
    throw new AppError('usage', `expected --split as a file name such as "train", instead found "${values.split}"`)
  const classFile = join(dir, 'cameo_class', `${values.split}.tsv`)
  const spanFile = join(dir, 'cameo_ner', `${values.split}.txt`)
  for (const file of [classFile, spanFile])
    if (!existsSync(file))
      throw new AppError(
        'not_found',
        `cannot read "${file}": no such file (ConfliBERT data lives in ../shared/data/events/conflibert_cameo)`,
      )
  const folds = foldsOf(values.folds)
  const items = readQuadSentences(dir, values.split)
  const gold = items.map((d) => d.quad)
  const quad = scoreQuads(gold, folds ? crossValidateQuads(items, folds) : modelQuads(items, loadQuadModel()))
  const coded = ruleQuads(items)
  const rules = scoreQuads(gold, coded)
  // The coder's lexicon was widened reading the errors of the even-numbered sentences only: the odd ones are untouched.
  const byParity = (parity: number) => {
    const kept = items.map((_, i) => i).filter((i) => i % 2 === parity)
    return scoreQuads(
      kept.map((i) => gold[i]),
      kept.map((i) => coded[i]),
    )
  }
  const [even, odd] = [byParity(0), byParity(1)]
  const spans = scoreRoleSpans(readRoleSentences(dir, values.split))
  if (values.json) {
    out(
      JSON.stringify({
        quad: { accuracy: quad.accuracy, macroF1: quad.macroF1 },
        spans: spans.exact,
        rules: {
          quad: { accuracy: rules.accuracy, macroF1: rules.macroF1 },
          even: { accuracy: even.accuracy, macroF1: even.macroF1 },
          odd: { accuracy: odd.accuracy, macroF1: odd.macroF1 },
        },
        spansOverlap: spans.overlap,
      }) + '\n',
    )
    return
  }
  out(
    [
      `Events on ${dir}, split ${values.split}: ${items.length} sentences` +
        (folds ? ` (quad model: ${folds}-fold cross-validation)` : ' (the shipped quad model)'),
      `  quad     accuracy ${pct(quad.accuracy)}  macro F1 ${pct(quad.macroF1)}   (sentence model over words and the coder's events)`,
      `  rules    accuracy ${pct(rules.accuracy)}  macro F1 ${pct(rules.macroF1)}   (the coder alone: quad of the salient event)`,
      `           macro F1 ${pct(odd.macroF1)} on the odd sentences (untouched), ${pct(even.macroF1)} on the even ones ` +
        '(the lexicon was tuned reading their errors)',
      ...(['S', 'T', 'R'] as const).map(
        (role) => binaryRow(role, spans.exact[role]) + `   overlap F1 ${pct(spans.overlap[role].f1)}`,
      ),
      '',
    ].join('\n'),
  )
}

function evalExtractCommand(
  values: { benchmark?: string; half?: string; json?: boolean },
  out: (text: string) => void,
): void {
  const dir = values.benchmark
  if (!dir) throw new AppError('usage', `expected --benchmark DIR\n\n${evalHelp}`)
  const half = values.half
  if (half !== undefined && half !== 'first' && half !== 'second')
    throw new AppError('usage', `expected --half first or --half second, instead found "${half}"`)
  const score = evalExtract(dir, half)
  if (values.json) {
    out(JSON.stringify({ p: score.p, r: score.r, f1: score.f1 }) + '\n')
    return
  }
  const which = half ? ` (${half} half${half === 'first' ? ', tuned on' : ', untouched'})` : ''
  out([`Main-text extraction on ${dir}${which}: ${score.pages} pages`, binaryRow('text', score), ''].join('\n'))
}

function evalStoriesCommand(values: { ecbplus?: string; json?: boolean }, out: (text: string) => void): void {
  if (!values.ecbplus) throw new AppError('usage', `expected --ecbplus DIR\n\n${evalHelp}`)
  const score = evalStories(values.ecbplus)
  if (values.json) {
    out(JSON.stringify({ b3: score.b3, pairwise: score.pairwise }) + '\n')
    return
  }
  out(
    [
      `Stories on ${values.ecbplus}: ${score.documents} documents, ${score.stories} gold stories`,
      binaryRow('B³', score.b3),
      binaryRow('pairwise', score.pairwise),
      '',
    ].join('\n'),
  )
}

function evalActorsCommand(values: { ngec?: string; json?: boolean }, out: (text: string) => void): void {
  const cases = readNgecActorCases(requireFile(values.ngec, '--ngec'))
  const all = evalActors(cases)
  const missed = new Set(all.misses.map((m) => m.line))
  const part = (odd: number) => {
    const rows = cases.filter((c) => c.line % 2 === odd)
    const score = (field: string) => {
      const of = rows.filter((c) => c.field === field)
      const right = of.filter((c) => !missed.has(c.line)).length
      return { accuracy: of.length ? right / of.length : 0, n: of.length }
    }
    return { country: score('country'), sector: score('code_1') }
  }
  const result = { country: all.country, sector: all.sector, tuned: part(0), heldOut: part(1) }
  if (values.json) {
    out(JSON.stringify(result) + '\n')
    return
  }
  const line = (
    name: string,
    s: { country: { accuracy: number; n: number }; sector: { accuracy: number; n: number } },
  ) =>
    `  ${name.padEnd(22)} country ${pct(s.country.accuracy)} (n ${s.country.n})  ` +
    `sector ${pct(s.sector.accuracy)} (n ${s.sector.n})`
  out(
    [
      `Actor codes on ${values.ngec} (agent_to_code, country/code_1, Eq, not xfail)`,
      line('all', result),
      line('even lines (tuned on)', result.tuned),
      line('odd lines (held out)', result.heldOut),
      '',
    ].join('\n'),
  )
}
