export { analyze, analyzeDoc, type AnalyzeOptions } from './pipeline/analyze.js'
export { createPipeline, type Pipeline, type StageTimings } from './pipeline/create-pipeline.js'
export { defaultPipeline, defaultStages } from './pipeline/default.js'
export type { Stage } from './pipeline/stage.js'
export type { Context } from './pipeline/context.js'
export { createDoc } from './pipeline/create-doc.js'
export { SCHEMA_ID, type Analysis, type EntityType, type PloverType } from './doc/analysis.js'
export { analysisSchema } from './doc/schema.js'
export type * from './doc/types.js'
export { AppError, ConfigError } from './errors.js'
export { resolveActor, type ResolvedActor, type ResolveActorOptions } from './pipeline/resolve-actor.js'
export { ActorBook, type ActorRecord, type ActorRole } from './stages/entities/actor-book.js'
// The corpus and the server are their own entry points (newsgraph/corpus, newsgraph/server): importing the
// analysis does not load database drivers or the HTTP framework.
