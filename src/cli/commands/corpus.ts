import { createWriteStream, existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { AppError } from '../../errors.js'
import { EXPORT_FORMATS, exportCorpus, type ExportFormat } from '../../corpus/export.js'
import { type ItemOutcome, ingest, type IngestSummary } from '../../corpus/ingest/ingest.js'
import { countItems } from '../../corpus/ingest/sources.js'
import { CorpusStore, type EventRow, type Page } from '../../corpus/store/corpus-store.js'
import { isPostgresUrl } from '../../corpus/store/db.js'
import { actorBookOption } from './actor.js'
import { escapeText } from '../escape-text.js'

/** The store a command uses: `--db`, else NEWSGRAPH_DB, else ./newsgraph.db. */
export function dbTarget(value: string | undefined): string {
  return value ?? process.env.NEWSGRAPH_DB ?? 'newsgraph.db'
}

const DB_HELP = `  --db PATH|URL        the store: a SQLite file (default ./newsgraph.db, or $NEWSGRAPH_DB) or postgres://…`
const PAGE_HELP = `  --limit N            results per page (1–1000, default 50)
  --cursor C           the next page: the cursor the previous page printed
  --json               one JSON object: {items, next?}`

export async function withStore<T>(target: string, fn: (store: CorpusStore) => Promise<T>): Promise<T> {
  const store = await CorpusStore.open(target)
  try {
    return await fn(store)
  } finally {
    await store.close()
  }
}

/** For queries: a missing SQLite file is an empty corpus the user has not built yet, not a new file to create. */
function requireStore(target: string): string {
  if (!isPostgresUrl(target) && !existsSync(target))
    throw new AppError(
      'not_found',
      `no corpus at "${target}": build one with \`newsgraph ingest FILES… --db ${target}\``,
    )
  return target
}

function limitOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n)) throw new AppError('usage', `expected --limit as a whole number, instead found "${value}"`)
  return n
}

export const ingestHelp = `newsgraph ingest PATH|URL… [--feed URL|FILE]… [options]

Reads articles into the corpus: text files, HTML pages (.html, .html.gz), JSON Lines ({text | html, title?,
published?, url?, source?} per line), RSS/Atom feeds, folders (recursively) and http(s) URLs. Analyses them on
all cores; exact and near copies are linked to their original, not analysed twice; what is already stored is
skipped, so a run can be repeated or resumed after a crash. An error in one article is reported, never fatal.

Options:
${DB_HELP}
  --feed URL|FILE      an RSS or Atom feed (repeatable)
  --workers N          analysis threads (default: one per core)
  --max-bytes N        largest file or page to read (default 16 MB)
  --analysis-timeout S seconds one article's extraction or analysis may take before it fails (default 60)
  --allow-private-urls let URLs and feeds reach loopback and private addresses (refused by default)
  --actors FILE        an actor file of your own added to the defaults
  --published DATE     the publication date (YYYY-MM-DD) of every item that gives none of its own
  --source NAME        the outlet of every item that names none
  --no-date-from-name  do not date an undated item by an ISO date in its file name (reuters_2016-03-11_x.txt)
  --json               print the summary as JSON

An article's date comes from, first to last: its manifest line or feed item, its page (JSON-LD, meta tags,
<time>), its file name, --published; each stored article records which. An undated article keeps its relative
times ("on Tuesday") unresolved rather than resolving them against today; the summary counts them.
Each item gets a line (stored, copy of, already stored, failed) as it is done, then the summary.

Folders are walked safely: only regular files are read (named pipes, devices and sockets are skipped with a
note), each file or folder once however many links lead to it, and no file over --max-bytes is opened.
Exit status: 0 when every item was stored, linked or already stored; 1 when any item failed (the summary lists
them); 6 when the store cannot be opened or written (read-only, full or unreachable).
`

/** `newsgraph ingest`. Resolves to the exit status: 1 when any item failed. */
export async function ingestCommand(
  argv: string[],
  out: (text: string) => void,
  err: (text: string) => void = (text) => void process.stderr.write(text),
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      feed: { type: 'string', multiple: true },
      workers: { type: 'string' },
      'max-bytes': { type: 'string' },
      'analysis-timeout': { type: 'string' },
      'allow-private-urls': { type: 'boolean', default: false },
      actors: { type: 'string' },
      published: { type: 'string' },
      source: { type: 'string' },
      'date-from-name': { type: 'boolean', default: true },
      'no-date-from-name': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  })
  if (positionals.length === 0 && !values.feed?.length)
    throw new AppError('usage', `expected files, folders, URLs or --feed\n\n${ingestHelp}`)
  const workers = values.workers === undefined ? undefined : Number(values.workers)
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0 || workers > 64))
    throw new AppError('usage', `expected --workers from 0 to 64, instead found "${values.workers}"`)
  const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes'])
  if (maxBytes !== undefined && !(maxBytes > 0))
    throw new AppError('usage', `expected --max-bytes as a positive number, instead found "${values['max-bytes']}"`)
  const timeout = values['analysis-timeout'] === undefined ? undefined : Number(values['analysis-timeout'])
  if (timeout !== undefined && !(timeout > 0))
    throw new AppError(
      'usage',
      `expected --analysis-timeout as a positive number of seconds, instead found "${values['analysis-timeout']}"`,
    )
  if (values.published !== undefined && !isCalendarDate(values.published))
    throw new AppError('usage', `expected --published as YYYY-MM-DD, instead found "${values.published}"`)
  const fallback = {
    ...(values.published && { published: values.published }),
    ...(values.source?.trim() && { source: values.source.trim() }),
  }
  actorBookOption(values.actors) // checks the file before the threads start
  const tty = process.stderr.isTTY === true
  const total = tty ? await countItems(positionals) : 0
  let last = 0
  const summary = await withStore(dbTarget(values.db), (store) =>
    ingest(store, positionals, {
      ...(values.feed && { feeds: values.feed }),
      ...(workers !== undefined && { workers }),
      ...((maxBytes || values['allow-private-urls']) && {
        limits: { ...(maxBytes && { maxBytes }), ...(values['allow-private-urls'] && { allowPrivateUrls: true }) },
      }),
      ...(values.actors && { actors: values.actors }),
      ...(timeout && { budget: { timeMs: timeout * 1000 } }),
      fallback,
      dateFromName: values['date-from-name'] && !values['no-date-from-name'],
      ...(!values.json && {
        onItem: (item: ItemOutcome) => {
          if (tty) process.stderr.write('\r\u001b[K')
          out(`${itemLine(item)}\n`)
        },
      }),
      onProgress: (s) => {
        const now = Date.now()
        if (!tty || now - last < 200) return
        last = now
        process.stderr.write(`\r${progressLine(s, total)}\u001b[K`)
      },
    }),
  )
  if (tty) process.stderr.write(`\r${progressLine(summary, total)}\u001b[K\n`)
  if (values.json) out(JSON.stringify(summary) + '\n')
  else out(summaryText(summary))
  if (summary.failed.length === 0) return 0
  err(`newsgraph ingest: ${summary.failed.length} of ${summary.read} items failed\n`)
  return 1
}

/** One line per item: "stored     a1b2…  2016-03-11 (file-name)  path/to/file.txt". */
function itemLine(item: ItemOutcome): string {
  const status =
    item.status === 'already_stored' ? 'already stored' : item.status === 'duplicate' ? 'copy' : item.status
  const id = item.id ? `${item.id}  ` : ''
  const date = item.published
    ? `${item.published.slice(0, 10)} (${item.publishedSource ?? 'given'})  `
    : item.status === 'stored'
      ? 'undated  '
      : ''
  const of = item.duplicateOf ? ` copy of ${item.duplicateOf}` : ''
  const reason = item.reason ? `: ${escapeText(item.reason)}` : ''
  return `${status.padEnd(14)} ${id}${date}${escapeText(item.name)}${of}${reason}`
}

function isCalendarDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`)
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(value)
}

/** "ingest [████████░░░░] 412/1000 · 380 stored · … · 96.3 articles/s · ETA 6 s" (no bar or ETA without a total). */
export function progressLine(s: IngestSummary, total = 0): string {
  const done = s.stored + s.duplicates + s.skipped + s.failed.length
  const rate = s.seconds > 0 ? done / s.seconds : 0
  const bar =
    total > 0
      ? `[${'█'.repeat(Math.round(Math.min(1, done / total) * 20)).padEnd(20, '░')}] ${done}/${total}`
      : `${done} read`
  const eta = total > done && rate > 0 ? ` · ETA ${Math.ceil((total - done) / rate)} s` : ''
  return `ingest ${bar} · ${s.stored} stored · ${s.duplicates} copies · ${s.skipped} already stored · ${s.failed.length} failed · ${s.articlesPerSecond.toFixed(1)} articles/s${eta}`
}

function summaryText(s: IngestSummary): string {
  const lines = [
    `Ingested in ${s.seconds.toFixed(1)} s (${s.articlesPerSecond.toFixed(1)} articles/s): ${s.stored} analysed and stored, ${s.duplicates} copies linked to their original, ${s.skipped} already stored, ${s.failed.length} failed.`,
  ]
  if (s.undated > 0)
    lines.push(
      `  note    ${s.undated} stored articles have no publication date: their relative times ("Tuesday", "last month") are left unresolved. Give dates with --published, a manifest or dated file names.`,
    )
  // Names come from outside (files, feeds): escaped, so that none can forge a line of this summary.
  for (const f of s.failed)
    lines.push(`  failed  ${f.reason.includes(f.name) ? '' : `${escapeText(f.name)}: `}${escapeText(f.reason)}`)
  for (const n of s.notes) lines.push(`  note    ${escapeText(n.name)}: ${escapeText(n.reason)}`)
  for (const n of s.notEnglish)
    lines.push(
      `  note    ${escapeText(n.name)} looks like "${escapeText(n.language)}", not English: stored, but names, quotes and events may be missed`,
    )
  return lines.join('\n') + '\n'
}

function filterOptions() {
  return {
    db: { type: 'string' },
    limit: { type: 'string' },
    cursor: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    source: { type: 'string' },
    json: { type: 'boolean', default: false },
  } as const
}

/** "20 of 143 · next page: --cursor …" under a page of results. */
function pageFooter(page: Page<unknown>): string {
  return `${page.items.length} of ${page.total}${page.next ? ` · next page: --cursor ${page.next}` : ''}\n`
}

export const searchHelp = `newsgraph search WORDS [options]

Full-text search over the corpus, best matches first (20 a page unless --limit says otherwise). Copies of one
article appear once, with every source listed.

Options:
${DB_HELP}
  --sort date             newest first instead of best matches first
  --from DATE --to DATE   publication dates, YYYY-MM-DD
  --source NAME           one outlet
${PAGE_HELP}
`

/** `newsgraph search`. */
export async function searchCommand(argv: string[], out: (text: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...filterOptions(), sort: { type: 'string' } },
  })
  if (positionals.length === 0) throw new AppError('usage', `expected words to search for\n\n${searchHelp}`)
  const { sort, ...filters } = values
  const result = await withStore(requireStore(dbTarget(values.db)), (store) =>
    store.search({
      ...filters,
      ...(sort && { sort: sort as 'relevance' | 'date' }),
      text: positionals.join(' '),
      limit: limitOption(values.limit),
    }),
  )
  if (values.json) {
    out(JSON.stringify(result) + '\n')
    return
  }
  out(
    `${result.total} articles in ${result.stories} stories\n` +
      result.items
        .map(
          (a) =>
            `${a.id}  ${a.published?.slice(0, 10) ?? '          '}  ${a.title ?? '(untitled)'}\n    sources: ${a.sources.join(', ')}\n    ${a.snippet}`,
        )
        .join('\n') +
      '\n' +
      pageFooter(result),
  )
}

export const quotesHelp = `newsgraph quotes [options]

Quotes in the corpus, by speaker, topic and date.

Options:
${DB_HELP}
  --speaker NAME          who said it (any of the actor's names)
  --about WORDS           words in the quote
  --from DATE --to DATE   when it was said, YYYY-MM-DD
  --source NAME           one outlet
${PAGE_HELP}
`

/** `newsgraph quotes`. */
export async function quotesCommand(argv: string[], out: (text: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { ...filterOptions(), speaker: { type: 'string' }, about: { type: 'string' } },
  })
  const result = await withStore(requireStore(dbTarget(values.db)), (store) =>
    store.quotes({ ...values, limit: limitOption(values.limit) }),
  )
  if (values.json) {
    out(JSON.stringify(result) + '\n')
    return
  }
  out(
    result.items
      .map(
        (q) =>
          `${q.date ?? '          '}  ${(q.speaker ?? '(unattributed)').padEnd(24)} ${q.kind.padEnd(8)} ${q.content.replace(/\s+/g, ' ').slice(0, 120)}`,
      )
      .join('\n') +
      '\n' +
      pageFooter(result),
  )
}

export const eventsHelp = `newsgraph events [options]

PLOVER events in the corpus.

Options:
${DB_HELP}
  --actor NAME            an actor, as actor or recipient
  --type TYPE[,TYPE]      PLOVER types (ASSAULT, CONSULT, …)
  --where PLACE           the event's place (its name, its region's name or its gazetteer id)
  --country ISO3[,ISO3]   the event place's country (UKR, USA,CAN)
  --admin1 REGION         the event place's first-level region: GeoNames code (US.TX) or name (Texas)
  --bbox W,S,E,N          the event place inside a box: minLon,minLat,maxLon,maxLat in degrees
  --from DATE --to DATE   the event's date, YYYY-MM-DD
  --source NAME           one outlet
${PAGE_HELP}
`

function eventLine(e: EventRow): string {
  const names = (list: EventRow['actors']) => list.map((a) => a.name).join(' + ') || '–'
  return `${e.date ?? '          '}  ${`${e.type}${e.mode ? `/${e.mode}` : ''}`.padEnd(22)} ${names(e.actors)} → ${names(e.recipients)}${e.location ? `  in ${e.place?.name ?? e.location}` : ''}${e.modality !== 'asserted' ? `  (${e.modality})` : ''}`
}

/** `newsgraph events`. */
export async function eventsCommand(argv: string[], out: (text: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...filterOptions(),
      actor: { type: 'string' },
      type: { type: 'string' },
      where: { type: 'string' },
      country: { type: 'string' },
      admin1: { type: 'string' },
      bbox: { type: 'string' },
    },
  })
  const result = await withStore(requireStore(dbTarget(values.db)), (store) =>
    store.events({ ...values, limit: limitOption(values.limit) }),
  )
  if (values.json) {
    out(JSON.stringify(result) + '\n')
    return
  }
  out(result.items.map(eventLine).join('\n') + '\n' + pageFooter(result))
}

export const claimsHelp = `newsgraph claims [options]

Statements the reporting itself marks false, disputed or unsupported.

Options:
${DB_HELP}
  --status S              false, disputed or unsupported
  --actor NAME            who made the claim
  --from DATE --to DATE   publication dates
${PAGE_HELP}
`

/** `newsgraph claims`. */
export async function claimsCommand(argv: string[], out: (text: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { ...filterOptions(), status: { type: 'string' }, actor: { type: 'string' } },
  })
  const result = await withStore(requireStore(dbTarget(values.db)), (store) =>
    store.claims({ ...values, limit: limitOption(values.limit) }),
  )
  if (values.json) {
    out(JSON.stringify(result) + '\n')
    return
  }
  out(
    result.items
      .map((c) => `${c.status.padEnd(11)} ${(c.claimant ?? '?').padEnd(22)} ${c.content.slice(0, 80)}  ← “${c.marker}”`)
      .join('\n') +
      '\n' +
      pageFooter(result),
  )
}

export const timelineHelp = `newsgraph timeline --actor NAME | --about WORDS [options]

Events per day and type.

Options:
${DB_HELP}
  --actor NAME | --about WORDS
  --from DATE --to DATE
  --json
`

/** `newsgraph timeline`. */
export async function timelineCommand(argv: string[], out: (text: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { ...filterOptions(), actor: { type: 'string' }, about: { type: 'string' } },
  })
  if (!values.actor && !values.about)
    throw new AppError('usage', `expected --actor NAME or --about WORDS\n\n${timelineHelp}`)
  const rows = await withStore(requireStore(dbTarget(values.db)), (store) =>
    store.timeline({ ...values, limit: undefined }),
  )
  if (values.json) {
    out(JSON.stringify(rows) + '\n')
    return
  }
  out(
    rows.map((r) => `${r.date}  ${r.type.padEnd(10)} ${'█'.repeat(Math.min(60, r.events))} ${r.events}`).join('\n') +
      '\n',
  )
}

export const networkHelp = `newsgraph network [options]

Actor → recipient edges: events of each type and the sum of their PLOVER scores.

Options:
${DB_HELP}
  --type TYPE             one PLOVER type
  --from DATE --to DATE
  --json
`

/** `newsgraph network`. */
export async function networkCommand(argv: string[], out: (text: string) => void): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { ...filterOptions(), type: { type: 'string' } } })
  const edges = await withStore(requireStore(dbTarget(values.db)), (store) =>
    store.network({ ...values, limit: undefined }),
  )
  if (values.json) {
    out(JSON.stringify(edges) + '\n')
    return
  }
  out(
    edges
      .map(
        (e) =>
          `${e.sourceName} → ${e.targetName}  ${e.type}  ${e.events} event${e.events === 1 ? '' : 's'}, score ${e.score}`,
      )
      .join('\n') + '\n',
  )
}

export const exportHelp = `newsgraph export --format jsonl|csv|gexf [--out FILE] [options]

Streams the corpus: jsonl (one newsgraph.analysis/1 per line), csv (one row per actor–recipient pair of each
event, GDELT-like columns), gexf (the actor network, for Gephi).

Options:
${DB_HELP}
  --format F              jsonl, csv or gexf
  --out FILE              write to FILE instead of standard output
`

/** `newsgraph export`. */
export async function exportCommand(argv: string[], out: (text: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
  })
  const format = values.format as ExportFormat
  if (!EXPORT_FORMATS.includes(format))
    throw new AppError(
      'usage',
      `expected --format jsonl, csv or gexf, instead found ${values.format ? `"${values.format}"` : 'nothing'}\n\n${exportHelp}`,
    )
  await withStore(requireStore(dbTarget(values.db)), async (store) => {
    if (!values.out) {
      await exportCorpus(store, format, out)
      return
    }
    const file = createWriteStream(values.out)
    const done = new Promise<void>((resolve, reject) => {
      file.on('finish', resolve)
      file.on('error', reject)
    })
    await exportCorpus(
      store,
      format,
      (chunk) =>
        new Promise<void>((resolve) => {
          if (file.write(chunk)) resolve()
          else file.once('drain', resolve)
        }),
    )
    file.end()
    await done
  })
}

/** The dossier part of `newsgraph actor`: prints what the corpus knows of the actor, or returns false. */
export async function dossierCommand(
  name: string,
  db: string | undefined,
  json: boolean,
  out: (text: string) => void,
): Promise<boolean> {
  const target = dbTarget(db)
  if (!isPostgresUrl(target) && !existsSync(target)) return false
  const dossier = await withStore(target, (store) => store.dossier(name))
  if (!dossier) return false
  if (json) {
    out(JSON.stringify(dossier) + '\n')
    return true
  }
  if ('candidates' in dossier) {
    out(
      [
        `"${dossier.name}" may be ${dossier.candidates.length} actors; ask by id or by a fuller name:`,
        ...dossier.candidates.map((c) => {
          const articles = `${c.articles} article${c.articles === 1 ? '' : 's'}`
          return `  ${c.id}  ${c.name}  ${c.type}  ${c.country ?? '—'}  (${articles})`
        }),
        '',
      ].join('\n'),
    )
    return true
  }
  const lines = [
    `${dossier.name}  ${dossier.type}  ${[dossier.country ?? '—', dossier.sector ?? '—'].join('/')}  (${dossier.articles} article${dossier.articles === 1 ? '' : 's'})`,
    `  also: ${dossier.aliases.join(', ')}`,
    ...(dossier.roles.length
      ? [
          'Roles',
          ...dossier.roles.map(
            (r) =>
              `  ${r.title}${r.of ? ` of ${r.of}` : ''}${r.first ? `  ${r.first}${r.last && r.last !== r.first ? ` – ${r.last}` : ''}` : ''}`,
          ),
        ]
      : []),
    ...(dossier.quotes.length
      ? [
          'Quotes',
          ...dossier.quotes
            .slice(0, 20)
            .map((q) => `  ${q.date ?? '          '}  ${q.content.replace(/\s+/g, ' ').slice(0, 110)}`),
        ]
      : []),
    ...(dossier.eventsAsActor.length
      ? ['Events as actor', ...dossier.eventsAsActor.slice(0, 20).map((e) => `  ${eventLine(e)}`)]
      : []),
    ...(dossier.eventsAsRecipient.length
      ? ['Events as recipient', ...dossier.eventsAsRecipient.slice(0, 20).map((e) => `  ${eventLine(e)}`)]
      : []),
    ...(dossier.counterparts.length
      ? ['Counterparts', ...dossier.counterparts.map((c) => `  ${c.name} (${c.events})`)]
      : []),
  ]
  out(lines.join('\n') + '\n')
  return true
}
