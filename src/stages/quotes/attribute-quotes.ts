import type { Doc, Quote } from '../../doc/types.js'
import type { Stage } from '../../pipeline/stage.js'
import { findDirectQuotes } from './find-direct-quotes.js'
import { findIndirectQuotes } from './find-indirect-quotes.js'
import { createQuoteContext } from './quote-context.js'

/**
 * The quotes stage: direct quotes first (quotation marks with their cue and speaker, split and continuation
 * quotes), then indirect and mixed reported speech outside them. Every speaker is linked to its entity.
 */
export function attributeQuotes(doc: Pick<Doc, 'text' | 'tokens' | 'sentences' | 'paragraphs' | 'quotations' | 'entities'>): Quote[] {
  const ctx = createQuoteContext(doc)
  const direct = findDirectQuotes(ctx)
  const quotes = [...direct, ...findIndirectQuotes(ctx, direct)].sort((a, b) => a.content.start - b.content.start)
  quotes.forEach((q, i) => {
    q.id = `q${i + 1}`
  })
  return quotes
}

/** The quotes stage. */
export const attributeQuotesStage: Stage<'quotes'> = {
  layer: 'quotes',
  requires: ['tokens', 'sentences', 'paragraphs', 'quotations', 'entities'],
  run: (doc, ctx) => {
    const quotes = attributeQuotes(doc)
    for (const q of quotes) {
      if (q.kind === 'direct' && !q.speakerId) ctx.report({ ruleId: 'quotes/no-speaker', severity: 'info', reason: 'a direct quote whose speaker the text does not name', span: q.content })
    }
    return quotes
  },
}
