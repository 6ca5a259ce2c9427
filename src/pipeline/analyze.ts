import type { Analysis } from '../doc/analysis.js'
import { createDoc } from './create-doc.js'
import { toAnalysis } from '../doc/to-analysis.js'
import type { ArticleMeta, Doc } from '../doc/types.js'
import { defaultPipeline } from './default.js'
import type { Pipeline, StageTimings } from './create-pipeline.js'

/** Options for `analyze` and `analyzeDoc`. */
export interface AnalyzeOptions {
  pipeline?: Pipeline
  /** Filled with the milliseconds each stage took (summed when reused across calls). */
  timings?: StageTimings
  /** Longest text analysed (UTF-16 code units); longer text is cut at a paragraph break and reported. */
  maxLength?: number
  /** Options for stages by name, e.g. `{ actors: ActorBook }` for the entities stage. */
  stageOptions?: Readonly<Record<string, unknown>>
  /** Parse every sentence and return the parse (the contract's `syntax` field). */
  syntax?: boolean
}

/** Runs the pipeline on raw text and returns the finished `Doc` (all layers, internal form). */
export function analyzeDoc(text: string, meta: ArticleMeta = {}, options: AnalyzeOptions = {}): Doc {
  const pipeline = options.pipeline ?? defaultPipeline
  return pipeline.run(createDoc(text, meta, options.maxLength), {
    timings: options.timings,
    stageOptions: options.syntax ? { ...options.stageOptions, syntax: true } : options.stageOptions,
  })
}

/**
 * Analyses one article and returns it as `newsgraph.analysis/1`.
 * Never throws on content: empty, garbled or non-English text gives a valid result with messages.
 * @example
 * const analysis = analyze('“We are ready,” the minister said.', { published: '2025-02-23' })
 * analysis.sentences.length // 1
 */
export function analyze(text: string, meta: ArticleMeta = {}, options: AnalyzeOptions = {}): Analysis {
  return toAnalysis(analyzeDoc(text, meta, options), { syntax: options.syntax })
}
