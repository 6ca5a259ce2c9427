import { analyze } from '../pipeline/analyze.js'
import { rawToNormalized } from './align-offsets.js'
import type { PolnearArticle } from './polnear.js'
import { prf, type Counts, type PRF } from './score-spans.js'

/** The result of `newsgraph eval quotes`. */
export interface QuoteScore {
  content: { exact: PRF; overlap: PRF }
  source: PRF
  cue: PRF
  direct: PRF
  indirect: PRF
  articles: number
  relations: number
}

export type Pieces = [number, number][]

const WORD = /[\p{L}\p{N}]+/gu

/** The set of word start offsets inside pieces of text: content compared word by word. */
function words(text: string, pieces: Pieces): Set<number> {
  const set = new Set<number>()
  for (const [a, b] of pieces) for (const m of text.slice(a, b).matchAll(WORD)) set.add(a + m.index!)
  return set
}

function trimmed(text: string, pieces: Pieces): string {
  return pieces.map(([a, b]) => text.slice(a, b)).join(' ').replace(/^[\s“”"'‘’,.:;]+|[\s“”"'‘’,.:;]+$/g, '')
}

const overlaps = (a: Pieces, b: Pieces) => a.some(([s, e]) => b.some(([s2, e2]) => s < e2 && s2 < e))

/**
 * Scores attribution on PolNeAR (first annotator of each article). System quotes and gold relations are paired
 * one to one, best content overlap first; content counts as found when the shared words are at least half of
 * each side's words ("overlap"), or when the texts are equal up to surrounding quote marks and punctuation
 * ("exact"). Sources and cues count when a paired quote's span overlaps the gold one. Direct means the gold
 * content opens with a quotation mark.
 */
export function evalQuotes(articles: readonly PolnearArticle[]): QuoteScore {
  return scoreAttributions(articles.map((article) => {
    const analysis = analyze(article.text)
    const text = analysis.article.text
    const map = rawToNormalized(article.text, text)
    const norm = (pieces: Pieces): Pieces => pieces.map(([a, b]) => [map[a], map[b]])
    return {
      text,
      gold: article.attributions.map((g) => ({ content: norm(g.content), source: norm(g.source), cue: norm(g.cue) })),
      system: analysis.quotes.map((q) => ({
        content: (q.parts ?? [q.content]).map((p) => [p.start, p.end] as [number, number]),
        source: q.source ? [[q.source.start, q.source.end] as [number, number]] : [],
        cue: q.cue ? [[q.cue.start, q.cue.end] as [number, number]] : [],
      })),
    }
  }))
}

/** An attribution relation as character pieces of the analysed (normalised) text. */
export interface Relation {
  content: Pieces
  source: Pieces
  cue: Pieces
}

/** Scores system relations against gold ones, article by article (see `evalQuotes`). */
export function scoreAttributions(articles: readonly { text: string; gold: readonly Relation[]; system: readonly Relation[] }[]): QuoteScore {
  const zero = (): Counts => ({ tp: 0, predicted: 0, gold: 0 })
  const exact = zero(), overlap = zero(), source = zero(), cue = zero(), direct = zero(), indirect = zero()
  let relations = 0
  for (const { text, gold, system } of articles) {
    relations += gold.length
    const goldWords = gold.map((g) => words(text, g.content))
    const systemWords = system.map((s) => words(text, s.content))
    const pairs: [number, number, number][] = []
    gold.forEach((_, g) => system.forEach((_, s) => {
      let shared = 0
      for (const w of goldWords[g]) if (systemWords[s].has(w)) shared++
      if (shared > 0) pairs.push([shared / Math.max(goldWords[g].size, systemWords[s].size), g, s])
    }))
    pairs.sort((a, b) => b[0] - a[0])
    const goldTaken = new Map<number, number>()
    const systemTaken = new Set<number>()
    for (const [ratio, g, s] of pairs) {
      if (goldTaken.has(g) || systemTaken.has(s) || ratio < 0.5) continue
      goldTaken.set(g, s)
      systemTaken.add(s)
    }
    const isDirect = (pieces: Pieces) => /^[“"«‘']/.test(text.slice(pieces[0][0], pieces[0][0] + 1))
    exact.gold += gold.length
    overlap.gold += gold.length
    exact.predicted += system.length
    overlap.predicted += system.length
    source.gold += gold.filter((g) => g.source.length).length
    source.predicted += system.filter((s) => s.source.length).length
    cue.gold += gold.filter((g) => g.cue.length).length
    cue.predicted += system.filter((s) => s.cue.length).length
    // A system content may leave its quotation marks out: the mark just before it counts.
    for (const s of system) (isDirect(s.content) || isDirect([[s.content[0][0] - 1, s.content[0][1]]]) ? direct : indirect).predicted++
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
    content: { exact: prf(exact), overlap: prf(overlap) }, source: prf(source), cue: prf(cue),
    direct: prf(direct), indirect: prf(indirect), articles: articles.length, relations,
  }
}
