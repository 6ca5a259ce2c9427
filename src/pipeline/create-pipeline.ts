import type { Doc, Layer, Message } from '../doc/types.js'
import { ConfigError, messages as texts } from '../errors.js'
import { createContext } from './context.js'
import type { Stage } from './stage.js'

/** Time spent in each stage, in milliseconds, summed over the docs a pipeline has run. */
export type StageTimings = Record<string, number>

/** A checked sequence of stages. */
export interface Pipeline {
  readonly stages: readonly Stage[]
  /** Runs every stage in order on `doc` and returns the finished doc with its messages. */
  run(
    doc: Doc,
    options?: {
      timings?: StageTimings
      debug?: (line: string) => void
      stageOptions?: Readonly<Record<string, unknown>>
    },
  ): Doc
}

/**
 * Builds a pipeline, checking at construction that every layer a stage requires is added by an earlier stage
 * and that no two stages add the same layer (spaCy's requires/assigns check).
 * @throws ConfigError when the order cannot work.
 */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  const provided = new Set<Layer>()
  for (const stage of stages) {
    for (const layer of stage.requires)
      if (!provided.has(layer)) throw new ConfigError(texts.missingLayer(stage.layer, layer))
    if (provided.has(stage.layer)) throw new ConfigError(texts.duplicateLayer(stage.layer))
    provided.add(stage.layer)
  }
  return {
    stages,
    run(doc, options = {}) {
      const found: Message[] = [...doc.messages]
      const ctx = createContext(doc.meta, found, options.stageOptions, options.debug)
      let current = doc
      for (const stage of stages) {
        const began = options.timings ? performance.now() : 0
        current = { ...current, [stage.layer]: stage.run(current, ctx) }
        if (options.timings)
          options.timings[stage.layer] = (options.timings[stage.layer] ?? 0) + performance.now() - began
      }
      return { ...current, messages: found }
    },
  }
}
