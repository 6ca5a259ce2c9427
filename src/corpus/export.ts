import type { CorpusStore, EventRow, NetworkEdge } from './store/corpus-store.js'

/** Export formats. */
export const EXPORT_FORMATS = ['jsonl', 'csv', 'gexf'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** CSV columns, one row per actor–recipient pair of each event (GDELT-like). */
export const CSV_COLUMNS = [
  'date',
  'actor1_name',
  'actor1_country',
  'actor1_sector',
  'event_type',
  'event_mode',
  'quad',
  'score',
  'modality',
  'actor2_name',
  'actor2_country',
  'actor2_sector',
  'location',
  // GDELT's ActionGeo columns by name; the country is ISO3 (GDELT: FIPS), ADM1 the GeoNames code ("US.TX").
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_ADM1Code',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  'ActionGeo_FeatureID',
  'count',
  'trigger',
  'source',
  'source_url',
  'article_id',
  'event_id',
  'sentence_start',
  'sentence_end',
  'happening',
] as const

/** One CSV field, quoted when it holds a comma, quote or line break; formula-leading text is defused for spreadsheets. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return ''
  let s = String(value)
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** The CSV rows of one event. */
export function eventCsvRows(e: EventRow): string[] {
  const actors = e.actors.length ? e.actors : [undefined]
  const recipients = e.recipients.length ? e.recipients : [undefined]
  return actors.flatMap((a) =>
    recipients.map((r) =>
      [
        e.date,
        a?.name,
        a?.country,
        a?.sector,
        e.type,
        e.mode,
        e.quad,
        e.score,
        e.modality,
        r?.name,
        r?.country,
        r?.sector,
        e.place?.name ?? e.location,
        e.place && [e.place.name, e.place.admin1Name, e.place.country].filter(Boolean).join(', '),
        e.place?.country,
        e.place?.admin1,
        e.place?.lat,
        e.place?.lon,
        e.place?.id,
        e.count,
        e.trigger,
        e.source,
        e.url,
        e.article,
        e.id,
        e.sentenceStart,
        e.sentenceEnd,
        e.happening,
      ]
        .map(csvField)
        .join(','),
    ),
  )
}

function xml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
}

/** A GEXF 1.3 document of the actor network: actors as nodes, one weighted edge per actor pair and event type. */
export function gexf(edges: readonly NetworkEdge[]): string {
  const nodes = new Map<string, string>()
  for (const e of edges) {
    nodes.set(e.source, e.sourceName)
    nodes.set(e.target, e.targetName)
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="edge"><attribute id="type" title="event type" type="string"/><attribute id="score" title="PLOVER score sum" type="double"/></attributes>',
    '    <nodes>',
    ...[...nodes].map(([id, label]) => `      <node id="${xml(id)}" label="${xml(label)}"/>`),
    '    </nodes>',
    '    <edges>',
    ...edges.map(
      (e, k) =>
        `      <edge id="${k}" source="${xml(e.source)}" target="${xml(e.target)}" weight="${e.events}" label="${xml(e.type)}"><attvalues><attvalue for="type" value="${xml(e.type)}"/><attvalue for="score" value="${e.score}"/></attvalues></edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n')
}

/** Streams an export of the whole corpus to `write`, page by page. */
export async function exportCorpus(
  store: CorpusStore,
  format: ExportFormat,
  write: (chunk: string) => void | Promise<void>,
): Promise<number> {
  let n = 0
  if (format === 'jsonl') {
    for await (const analysis of store.analyses()) {
      await write(JSON.stringify(analysis) + '\n')
      n++
    }
  } else if (format === 'csv') {
    await write(CSV_COLUMNS.join(',') + '\n')
    for await (const event of store.allEvents()) {
      for (const row of eventCsvRows(event)) {
        await write(row + '\n')
        n++
      }
    }
  } else {
    const edges = await store.network()
    await write(gexf(edges))
    n = edges.length
  }
  return n
}
