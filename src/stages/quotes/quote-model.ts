import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { ConfigError } from '../../errors.js'
import { decodeBio } from '../../model/bio.js'
import type { CompiledChain } from '../../model/linear-chain.js'
import { decodeModel, encodeModel } from '../../model/model-file.js'
import type { Doc } from '../../doc/types.js'
import { QuoteScorer } from './quote-scorer.js'
import {
  QUOTE_BUCKETS,
  QUOTE_FEATURES_VERSION,
  QUOTE_LABELS,
  QUOTE_MODEL_PATH,
  ROLES,
  type RoleSpan,
} from './tagger-labels.js'
import { type CueRates, type TaggerDoc, type TokenFacts, tokenFacts } from './token-facts.js'

/** A run of tokens [from, to) that the tagger labels as one sequence, with its paragraph's kind. */
export interface TaggedRange {
  from: number
  to: number
  kind: string
}

/**
 * Longest run the tagger reads as one sequence. News paragraphs stay far below it; a page of junk with no
 * paragraph or sentence breaks is read in pieces, so that the scorer's word pool (which holds every word of a run)
 * keeps its size.
 */
export const MAX_RANGE_TOKENS = 1000

/**
 * The runs of sentences the tagger reads, paragraph by paragraph: each sentence that holds a quotation or a word
 * that is a reporting verb or often opened a cue in training, unless `quoted` marks all its tokens; runs of at most
 * `MAX_RANGE_TOKENS` (a longer sentence is cut). The rest of the article (most of it) is never tagged, which keeps
 * the stage cheap; training reads the same runs.
 */
export function taggedRanges(
  doc: Pick<Doc, 'tokens' | 'paragraphs' | 'sentences'>,
  facts: TokenFacts,
  quoted?: Uint8Array,
): TaggedRange[] {
  const ranges: TaggedRange[] = []
  const { tokens, sentences, paragraphs } = doc
  let t = 0
  let open: TaggedRange | undefined
  let previousParagraph = -1
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]
    while (t < tokens.length && tokens[t].start < sentence.start) t++
    const from = t
    let live = false
    let outside = quoted === undefined
    while (t < tokens.length && tokens[t].end <= sentence.end) {
      if (facts.anchor[t] || facts.quote[t]) live = true
      if (!outside && !quoted![t]) outside = true
      t++
    }
    // A sentence wholly inside a direct quote the rules found, with its attribution, is read already: nothing to tag.
    if (!outside) live = false
    if (sentence.paragraph !== previousParagraph) {
      open = undefined
      previousParagraph = sentence.paragraph
    }
    if (t > from && live) {
      if (open && open.to === from && t - open.from <= MAX_RANGE_TOKENS) open.to = t
      else {
        const kind = paragraphs[sentence.paragraph]?.kind ?? 'body'
        for (let a = from; a < t; a += MAX_RANGE_TOKENS)
          ranges.push((open = { from: a, to: Math.min(t, a + MAX_RANGE_TOKENS), kind }))
      }
    } else open = undefined
  }
  return ranges
}

/**
 * Role spans over the whole document, run by run (`taggedRanges`). `quoted` marks the tokens of the direct quotes
 * the rules found, with their sources and cues: a sentence of nothing else is not tagged. `facts`: the document's,
 * when the caller has them.
 */
export function tagRoles(
  doc: TaggerDoc,
  { scorer, rates }: QuoteModel,
  quoted?: Uint8Array,
  facts = tokenFacts(doc, rates),
): RoleSpan[] {
  const spans: RoleSpan[] = []
  for (const { from, to, kind } of taggedRanges(doc, facts, quoted)) {
    spans.push(...decodeBio(ROLES, scorer.tag(facts, from, to, kind), to - from, from))
  }
  return spans
}

/** The trained chain, its fast scorer and the cue rates its features were computed with. */
export interface QuoteModel {
  scorer: QuoteScorer
  rates: CueRates
}

export function quoteModel(model: CompiledChain, rates: CueRates): QuoteModel {
  return { scorer: new QuoteScorer(model), rates }
}

export function saveQuoteModel(
  path: string,
  { scorer: { model }, rates }: QuoteModel,
  info: Record<string, unknown>,
): void {
  const header = {
    kind: 'quotes',
    labels: [...QUOTE_LABELS],
    buckets: QUOTE_BUCKETS,
    info: { ...info, features: QUOTE_FEATURES_VERSION, rates: Object.fromEntries(rates) },
  }
  writeFileSync(path, encodeModel({ header, chain: model }))
}

/** @throws ConfigError for a missing file or another feature version. */
export function loadQuoteModel(path: string): QuoteModel {
  if (!existsSync(path)) throw new ConfigError(`the attribution model ${path} is missing: run \`npm run train:quotes\``)
  const { header, chain } = decodeModel(readFileSync(path), path)
  if (header.kind !== 'quotes' || header.info.features !== QUOTE_FEATURES_VERSION) {
    throw new ConfigError(`${path} was trained with other features: run \`npm run train:quotes\``)
  }
  return quoteModel(chain, new Map(Object.entries(header.info.rates as Record<string, number>)))
}

let shared: QuoteModel | undefined
/** The shipped model, loaded on first use. */
export function defaultQuoteModel(): QuoteModel {
  shared ??= loadQuoteModel(QUOTE_MODEL_PATH)
  return shared
}
