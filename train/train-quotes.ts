// Trains the attribution tagger (source / cue / content) on ../shared/data/polnear/train, reports the PolNeAR dev
// scores after each epoch, and writes models/quotes.bin. Run: npm run train:quotes  (options: --epochs N --out FILE)
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { rawToNormalized } from '../src/eval/align-offsets.js'
import { scoreAttributions, type Pieces, type QuoteScore, type Relation } from '../src/eval/eval-quotes.js'
import { readPolnear, type PolnearArticle } from '../src/eval/polnear.js'
import { BIO_CONSTRAINTS } from '../src/model/bio.js'
import { FeatureSeqBuilder } from '../src/model/features.js'
import { lowerTokens } from '../src/doc/vocab.js'
import { trainPerceptron, type Example } from '../src/model/train-perceptron.js'
import { analyzeDoc } from '../src/pipeline/analyze.js'
import { createPipeline } from '../src/pipeline/create-pipeline.js'
import { defaultStages } from '../src/pipeline/default.js'
import { attributeQuotesStage } from '../src/stages/quotes/attribute-quotes.js'
import { createQuoteContext } from '../src/stages/quotes/quote-context.js'
import type { Doc } from '../src/doc/types.js'
import { groupRoles, type TokenRelation } from '../src/stages/quotes/group-roles.js'
import {
  quoteModel,
  saveQuoteModel,
  taggedRanges,
  tagRoles,
  type QuoteModel,
} from '../src/stages/quotes/quote-model.js'
import { quoteFeatures } from '../src/stages/quotes/tagger-features.js'
import {
  QUOTE_BUCKETS,
  QUOTE_LABELS,
  QUOTE_MODEL_PATH,
  ROLES,
  toLabels,
  type RoleSpan,
} from '../src/stages/quotes/tagger-labels.js'
import { tokenFacts, type CueRates } from '../src/stages/quotes/token-facts.js'

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '12' },
    prune: { type: 'string', default: '0.02' },
    out: { type: 'string', default: QUOTE_MODEL_PATH },
  },
})
const epochs = Number(values.epochs)
const DATA = new URL('../../shared/data/polnear/', import.meta.url).pathname
if (!existsSync(DATA + 'train/text')) {
  console.error('../shared/data/polnear/train is absent: nothing to train on')
  process.exit(1)
}

interface Prepared {
  doc: Doc
  gold: Relation[]
  /** Gold role spans over tokens. */
  spans: RoleSpan[]
}

// The layers the tagger reads, without the quotes stage itself (whose model is the one being trained).
const pipeline = createPipeline(defaultStages.slice(0, defaultStages.indexOf(attributeQuotesStage)))

function prepare(article: PolnearArticle): Prepared {
  const doc = analyzeDoc(article.text, {}, { pipeline })
  const map = rawToNormalized(article.text, doc.text)
  const norm = (pieces: Pieces): Pieces => pieces.map(([a, b]) => [map[a], map[b]])
  const gold = article.attributions.map((g) => ({ content: norm(g.content), source: norm(g.source), cue: norm(g.cue) }))
  const spans: RoleSpan[] = []
  for (const relation of gold) {
    for (const role of ROLES) {
      for (const [a, b] of relation[role.toLowerCase() as 'content' | 'source' | 'cue']) {
        let start = -1
        let end = -1
        doc.tokens.forEach((t, i) => {
          if (t.start >= a && t.end <= b) {
            if (start < 0) start = i
            end = i + 1
          }
        })
        if (start >= 0) spans.push({ type: role, start, end })
      }
    }
  }
  spans.sort((x, y) => x.start - y.start)
  // PolNeAR is univocal; drop the rare overlaps our tokenisation creates.
  const flat = spans.filter((s, i) => i === 0 || s.start >= spans[i - 1].end)
  return { doc, gold, spans: flat }
}

/** Words that open a gold cue in at least a fifth of their (three or more) uses, with that share in four steps. */
function cueRates(items: readonly Prepared[]): CueRates {
  const seen = new Map<string, number>()
  const opens = new Map<string, number>()
  for (const { doc, spans } of items) {
    const lower = lowerTokens(doc.text, doc.tokens)
    for (const w of lower) seen.set(w, (seen.get(w) ?? 0) + 1)
    for (const s of spans) if (s.type === 'CUE') opens.set(lower[s.start], (opens.get(lower[s.start]) ?? 0) + 1)
  }
  const rates = new Map<string, number>()
  for (const [w, k] of opens) {
    const n = seen.get(w)!
    if (k >= 3 && k / n >= 0.2) rates.set(w, Math.min(4, 1 + Math.floor((k / n - 0.2) / 0.2)))
  }
  return rates
}

function examplesOf(items: readonly Prepared[], rates: CueRates): Example[] {
  const builder = new FeatureSeqBuilder(QUOTE_BUCKETS - 1, 1024)
  const out: Example[] = []
  let tokens = 0,
    read = 0,
    labelled = 0,
    labelledRead = 0
  for (const { doc, spans } of items) {
    const facts = tokenFacts(doc, rates)
    const labels = toLabels(spans, doc.tokens.length)
    tokens += labels.length
    for (const y of labels) if (y) labelled++
    for (const { from, to, kind } of taggedRanges(doc, facts)) {
      const seq = quoteFeatures(facts, from, to, kind, builder)
      const gold = labels.slice(from, to)
      read += gold.length
      for (const y of gold) if (y) labelledRead++
      out.push({ seq: { ids: seq.ids.slice(), offsets: seq.offsets.slice() }, gold })
    }
  }
  console.log(
    `the tagger reads ${((100 * read) / tokens).toFixed(1)} % of the tokens, holding ${((100 * labelledRead) / labelled).toFixed(1)} % of the labelled ones`,
  )
  return out
}

function relationsOf(doc: Doc, relations: TokenRelation[]): Relation[] {
  const piece = (s: { start: number; end: number }): [number, number] => [
    doc.tokens[s.start].start,
    doc.tokens[s.end - 1].end,
  ]
  return relations.map((r) => ({
    content: r.content.map(piece),
    source: r.source ? [piece(r.source)] : [],
    cue: r.cue ? [piece(r.cue)] : [],
  }))
}

function score(items: readonly Prepared[], spansOf: (item: Prepared) => RoleSpan[]): QuoteScore {
  return scoreAttributions(
    items.map((item) => {
      const { sentenceOf } = createQuoteContext(item.doc)
      return {
        text: item.doc.text,
        gold: item.gold,
        system: relationsOf(item.doc, groupRoles(spansOf(item), sentenceOf, item.doc.sentences)),
      }
    }),
  )
}

function tagged(model: QuoteModel) {
  return (item: Prepared): RoleSpan[] => tagRoles(item.doc, model)
}

/** Token-level precision and recall of each role: which one the tagger misses. */
function roleReport(items: readonly Prepared[], model: QuoteModel): string {
  return ROLES.map((role, r) => {
    let tp = 0,
      predicted = 0,
      gold = 0
    for (const item of items) {
      const g = toLabels(item.spans, item.doc.tokens.length)
      const p = toLabels(tagRoles(item.doc, model), item.doc.tokens.length)
      for (let i = 0; i < g.length; i++) {
        const gr = g[i] && (g[i] - 1) >> 1 === r
        const pr = p[i] && (p[i] - 1) >> 1 === r
        if (gr) gold++
        if (pr) predicted++
        if (gr && pr) tp++
      }
    }
    return `${role} P ${(tp / predicted).toFixed(3)} R ${(tp / gold).toFixed(3)}`
  }).join(' · ')
}

const line = (s: QuoteScore) =>
  `content ${s.content.overlap.f1.toFixed(4)} P ${s.content.overlap.precision.toFixed(3)} R ${s.content.overlap.recall.toFixed(3)} (exact ${s.content.exact.f1.toFixed(4)}) source ${s.source.f1.toFixed(4)} cue ${s.cue.f1.toFixed(4)} · direct ${s.direct.f1.toFixed(4)} indirect ${s.indirect.f1.toFixed(4)}`

let began = performance.now()
const train = readPolnear(DATA + 'train').map(prepare)
const dev = readPolnear(DATA + 'dev').map(prepare)
console.log(
  `analysed ${train.length} train and ${dev.length} dev articles in ${((performance.now() - began) / 1000).toFixed(1)} s`,
)
console.log(`dev with gold roles, grouped: ${line(score(dev, (item) => item.spans))}`)
began = performance.now()
const rates = cueRates(train)
console.log(`cue rates: ${rates.size} words`)
const examples = examplesOf(train, rates)
console.log(`features: ${examples.length} paragraphs in ${((performance.now() - began) / 1000).toFixed(1)} s`)
const options = {
  labels: QUOTE_LABELS.length,
  buckets: QUOTE_BUCKETS,
  constraints: BIO_CONSTRAINTS,
  prune: Number(values.prune),
}
began = performance.now()
const model = trainPerceptron(examples, {
  ...options,
  epochs,
  onEpoch: (epoch, m) => console.log(`epoch ${epoch}: dev ${line(score(dev, tagged(quoteModel(m, rates))))}`),
})
console.log(`trained in ${((performance.now() - began) / 1000).toFixed(1)} s`)
const trained = quoteModel(model, rates)
const final = score(dev, tagged(trained))
console.log(`final dev: ${line(final)}`)
console.log(`tokens: ${roleReport(dev, trained)}`)
saveQuoteModel(values.out, trained, {
  trainedOn: 'polnear/train',
  epochs,
  devContentF1: Number(final.content.overlap.f1.toFixed(4)),
})
console.log(`wrote ${values.out}`)
