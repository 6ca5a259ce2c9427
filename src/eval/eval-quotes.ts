import { analyze } from '../pipeline/analyze.js'
import { rawToNormalized } from './align-offsets.js'
import type { AnnotatedArticle, PolnearArticle } from './polnear.js'
import { prf, type Counts, type PRF } from './score-spans.js'

/** The result of `newsgraph eval quotes`. */
export interface QuoteScore {
  content: { exact: PRF; overlap: PRF }
  source: PRF
  cue: PRF
  /** Sources and cues scored alone: distinct spans paired one to one by overlap, whatever content they go with. */
  spans: { source: PRF; cue: PRF }
  direct: PRF
  indirect: PRF
  articles: number
  relations: number
}

export type Pieces = [number, number][]

const WORD = /[\p{L}\p{N}]+/gu

/** The set of word start offsets inside pieces of text: content compared word by word. */
function wordsOf(text: string, pieces: Pieces): Set<number> {
  const set = new Set<number>()
  for (const [a, b] of pieces) for (const m of text.slice(a, b).matchAll(WORD)) set.add(a + m.index!)
  return set
}

function trimmed(text: string, pieces: Pieces): string {
  return pieces
    .map(([a, b]) => text.slice(a, b))
    .join(' ')
    .replace(/^[\s“”"'‘’,.:;]+|[\s“”"'‘’,.:;]+$/g, '')
}

const overlaps = (a: Pieces, b: Pieces) => a.some(([s, e]) => b.some(([s2, e2]) => s < e2 && s2 < e))

/** The shared words of two contents as a share of the larger one's words (0–1). */
function wordOverlap(a: Set<number>, b: Set<number>): number {
  let shared = 0
  for (const w of a) if (b.has(w)) shared++
  return shared / Math.max(a.size, b.size, 1)
}

/** Content counts as the same statement when the shared words are at least this share of each side's words. */
const SAME_CONTENT = 0.5

/** Adds to `counts` the distinct non-empty gold and system spans, and how many pair one to one by overlap. */
function countSpans(counts: Counts, gold: readonly Pieces[], system: readonly Pieces[]): void {
  const distinct = (list: readonly Pieces[]) => [
    ...new Map(list.filter((p) => p.length).map((p) => [p.join(';'), p])).values(),
  ]
  const goldSpans = distinct(gold)
  const systemSpans = distinct(system)
  const taken = new Set<number>()
  for (const g of goldSpans) {
    const s = systemSpans.findIndex((span, k) => !taken.has(k) && overlaps(g, span))
    if (s >= 0) taken.add(s)
  }
  counts.tp += taken.size
  counts.gold += goldSpans.length
  counts.predicted += systemSpans.length
}

/**
 * Scores attribution on PolNeAR (first annotator of each article). System quotes and gold relations are paired
 * one to one, best content overlap first; content counts as found when the shared words are at least half of
 * each side's words ("overlap"), or when the texts are equal up to surrounding quote marks and punctuation
 * ("exact"). Sources and cues count when a paired quote's span overlaps the gold one; `spans` scores them alone
 * as well (as PARC's cue and source scores do), each distinct span paired by overlap whatever its content. Direct
 * means the gold content opens with a quotation mark.
 */
export function evalQuotes(articles: readonly PolnearArticle[]): QuoteScore {
  return scoreAttributions(
    articles.map((article) => {
      const { text, system, norm } = analyzedRelations(article.text)
      return { text, gold: article.attributions.map(norm), system }
    }),
  )
}

/**
 * Our quotes scored against every annotator of the articles that several annotators read (`evalQuotes` scores
 * against the first only): the figure to set beside their agreement with each other.
 */
export function evalQuotesAgainstAnnotators(articles: readonly AnnotatedArticle[]): QuoteScore {
  return scoreAttributions(
    articles
      .filter((a) => a.annotations.length > 1)
      .flatMap((article) => {
        const { text, system, norm } = analyzedRelations(article.text)
        return article.annotations.map(({ attributions }) => ({ text, gold: attributions.map(norm), system }))
      }),
  )
}

/** Our quotes of a raw text as relations of its analysed (normalised) text, and how to move gold relations there. */
function analyzedRelations(raw: string): { text: string; system: Relation[]; norm: (gold: Relation) => Relation } {
  const analysis = analyze(raw)
  const text = analysis.article.text
  const map = rawToNormalized(raw, text)
  const pieces = (list: Pieces): Pieces => list.map(([a, b]) => [map[a], map[b]])
  return {
    text,
    system: analysis.quotes.map((q) => ({
      content: (q.parts ?? [q.content]).map((p) => [p.start, p.end] as [number, number]),
      source: q.source ? [[q.source.start, q.source.end] as [number, number]] : [],
      cue: q.cue ? [[q.cue.start, q.cue.end] as [number, number]] : [],
    })),
    norm: (gold) => ({ content: pieces(gold.content), source: pieces(gold.source), cue: pieces(gold.cue) }),
  }
}

/** An attribution relation as character pieces of the analysed (normalised) text. */
export interface Relation {
  content: Pieces
  source: Pieces
  cue: Pieces
}

/**
 * Pairs system relations with gold ones one to one, best content overlap first, when the shared words are at least
 * half of each side's words: gold index → system index.
 */
export function pairByContent(
  text: string,
  gold: readonly { content: Pieces }[],
  system: readonly { content: Pieces }[],
): Map<number, number> {
  const goldWords = gold.map((g) => wordsOf(text, g.content))
  const systemWords = system.map((s) => wordsOf(text, s.content))
  const pairs: [number, number, number][] = []
  gold.forEach((_, g) =>
    system.forEach((_, s) => {
      const ratio = wordOverlap(goldWords[g], systemWords[s])
      if (ratio > 0) pairs.push([ratio, g, s])
    }),
  )
  pairs.sort((a, b) => b[0] - a[0])
  const goldTaken = new Map<number, number>()
  const systemTaken = new Set<number>()
  for (const [ratio, g, s] of pairs) {
    if (goldTaken.has(g) || systemTaken.has(s) || ratio < SAME_CONTENT) continue
    goldTaken.set(g, s)
    systemTaken.add(s)
  }
  return goldTaken
}

/** Scores system relations against gold ones, article by article (see `evalQuotes`). */
export function scoreAttributions(
  articles: readonly { text: string; gold: readonly Relation[]; system: readonly Relation[] }[],
): QuoteScore {
  const zero = (): Counts => ({ tp: 0, predicted: 0, gold: 0 })
  const exact = zero(),
    overlap = zero(),
    source = zero(),
    cue = zero(),
    direct = zero(),
    indirect = zero()
  const sourceSpans = zero(),
    cueSpans = zero()
  let relations = 0
  for (const { text, gold, system } of articles) {
    relations += gold.length
    const goldTaken = pairByContent(text, gold, system)
    const isDirect = (pieces: Pieces) => /^[“"«‘']/.test(text.slice(pieces[0][0], pieces[0][0] + 1))
    exact.gold += gold.length
    overlap.gold += gold.length
    exact.predicted += system.length
    overlap.predicted += system.length
    source.gold += gold.filter((g) => g.source.length).length
    source.predicted += system.filter((s) => s.source.length).length
    cue.gold += gold.filter((g) => g.cue.length).length
    cue.predicted += system.filter((s) => s.cue.length).length
    countSpans(
      sourceSpans,
      gold.map((g) => g.source),
      system.map((s) => s.source),
    )
    countSpans(
      cueSpans,
      gold.map((g) => g.cue),
      system.map((s) => s.cue),
    )
    // A system content may leave its quotation marks out: the mark just before it counts.
    for (const s of system)
      (isDirect(s.content) || isDirect([[s.content[0][0] - 1, s.content[0][1]]]) ? direct : indirect).predicted++
    gold.forEach((g) => (isDirect(g.content) ? direct : indirect).gold++)
    for (const [g, s] of goldTaken) {
      overlap.tp++
      ;(isDirect(gold[g].content) ? direct : indirect).tp++
      if (trimmed(text, gold[g].content) === trimmed(text, system[s].content)) exact.tp++
      if (gold[g].source.length && system[s].source.length && overlaps(gold[g].source, system[s].source)) source.tp++
      if (gold[g].cue.length && system[s].cue.length && overlaps(gold[g].cue, system[s].cue)) cue.tp++
    }
  }
  return {
    content: { exact: prf(exact), overlap: prf(overlap) },
    source: prf(source),
    cue: prf(cue),
    spans: { source: prf(sourceSpans), cue: prf(cueSpans) },
    direct: prf(direct),
    indirect: prf(indirect),
    articles: articles.length,
    relations,
  }
}

/** How far PolNeAR's annotators agree with each other, scored as the system is (`scoreAttributions`). */
export interface AgreementScore {
  /** Every annotator as gold against every other annotator of the same article. */
  pairwise: QuoteScore
  /**
   * Every annotator as gold against what at least half of the article's other annotators marked (a relation
   * counts as marked by another annotator when one of theirs has the same content): the best a system that
   * followed the annotators' common practice could expect. Articles with three annotators or more.
   */
  majority: QuoteScore
  /** Articles with more than one annotator. */
  articles: number
}

/** Scores PolNeAR's annotators against each other on the articles that several of them read. */
export function annotatorAgreement(articles: readonly AnnotatedArticle[]): AgreementScore {
  const shared = articles.filter((a) => a.annotations.length > 1)
  const pairwise = shared.flatMap(({ text, annotations }) =>
    annotations.flatMap((gold, g) =>
      annotations
        .filter((_, s) => s !== g)
        .map((system) => ({ text, gold: gold.attributions, system: system.attributions })),
    ),
  )
  const majority = shared
    .filter((a) => a.annotations.length > 2)
    .flatMap(({ text, annotations }) => {
      const words = annotations.map((a) => a.attributions.map((r) => wordsOf(text, r.content)))
      return annotations.map((gold, g) => {
        const others = annotations.map((_, k) => k).filter((k) => k !== g)
        const kept: Set<number>[] = []
        const system: Relation[] = []
        for (const k of others) {
          annotations[k].attributions.forEach((relation, r) => {
            const mine = words[k][r]
            const markedBy = others.filter((o) =>
              words[o].some((theirs) => wordOverlap(mine, theirs) >= SAME_CONTENT),
            ).length
            if (markedBy * 2 < others.length || kept.some((other) => wordOverlap(mine, other) >= SAME_CONTENT)) return
            kept.push(mine)
            system.push(relation)
          })
        }
        return { text, gold: gold.attributions, system }
      })
    })
  return { pairwise: scoreAttributions(pairwise), majority: scoreAttributions(majority), articles: shared.length }
}
