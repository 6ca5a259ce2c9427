import { linkEntitiesStage } from '../stages/entities/link-entities.js'
import { attributeQuotesStage } from '../stages/quotes/attribute-quotes.js'
import { findAmountsStage } from '../stages/amounts/find-amounts.js'
import { findTimesStage } from '../stages/times/find-times.js'
import { tagMentionsStage } from '../stages/mentions/tag-mentions.js'
import { findStructureStage } from '../stages/text/find-structure.js'
import { pairQuoteMarksStage } from '../stages/text/pair-quote-marks.js'
import { splitParagraphsStage } from '../stages/text/split-paragraphs.js'
import { splitSentencesStage } from '../stages/text/split-sentences.js'
import { tokenizeStage } from '../stages/text/tokenize.js'
import { checkworthinessStage } from '../stages/claims/checkworthiness.js'
import { findClaimsStage } from '../stages/claims/find-claims.js'
import { findEventsStage } from '../stages/events/find-events.js'
import { findPlacesStage } from '../stages/places/find-places.js'
import { parseSyntaxStage } from '../stages/syntax/parse-syntax.js'
import { createPipeline } from './create-pipeline.js'

/**
 * The default stage order. Normalisation runs before any stage, in `createDoc`.
 * Paragraphs come first: a headline without a full stop must never run into the sentence after it.
 * Quotation marks are paired before sentences are split, so that no sentence boundary falls inside a quotation
 * that continues into its attribution.
 */
export const defaultStages = [
  splitParagraphsStage,
  findStructureStage,
  tokenizeStage,
  pairQuoteMarksStage,
  splitSentencesStage,
  // Parses the sentences a later stage reads (quotes, cues, triggers) unless the stage option `syntax` says which.
  parseSyntaxStage,
  findTimesStage,
  findAmountsStage,
  tagMentionsStage,
  linkEntitiesStage,
  // Places read the mentions and the dateline; events take their location from them.
  findPlacesStage,
  // Quotes take their date from the time expressions of their sentence.
  attributeQuotesStage,
  // Events read quotes (a trigger inside a quote is reported; a cue's speaker is the actor of a verbal event).
  findEventsStage,
  findClaimsStage,
  checkworthinessStage,
] as const

/** The default pipeline, checked once at start-up. */
export const defaultPipeline = createPipeline(defaultStages)
