// The corpus entry point: `import { CorpusStore, ingest } from 'newsgraph/corpus'`.
export {
  CorpusStore,
  type ArticleRecord,
  type Dossier,
  type EventRow,
  type NetworkEdge,
  type Page,
  type QueryFilters,
  type SaveResult,
} from './store/corpus-store.js'
export { ingest, type IngestOptions, type IngestSummary } from './ingest/ingest.js'
export { extractHtml, type ExtractedPage } from './ingest/extract-html.js'
export { exportCorpus, EXPORT_FORMATS, type ExportFormat } from './export.js'
