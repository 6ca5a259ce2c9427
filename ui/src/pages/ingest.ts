// Ingest: files or a whole folder into the corpus, with one row per file saying what became of it, a progress bar,
// and the date and outlet to give the batch. Feeds are read by the server in the background.
import { useState } from 'preact/hooks'
import { ErrorNote } from '../components/status.js'
import { api, messageOf } from '../lib/api.js'
import { download, toCsv } from '../lib/csv.js'
import { html, type Json } from '../lib/html.js'
import { type FileResult, ingestFiles } from '../lib/ingest-files.js'
import { articleHref } from '../lib/route.js'

const ACCEPT = /\.(txt|md|html?)$/i
const STATUS = {
  stored: 'stored',
  duplicate: 'copy of',
  already_stored: 'already stored',
  skipped: 'skipped',
  failed: 'failed',
}

export function IngestPage() {
  const [published, setPublished] = useState('')
  const [source, setSource] = useState('')
  const [dateFromName, setDateFromName] = useState(false)
  const [total, setTotal] = useState(0)
  const [results, setResults] = useState<FileResult[]>([])
  const [busy, setBusy] = useState(false)
  const [feed, setFeed] = useState('')
  const [feedNote, setFeedNote] = useState('')
  const [error, setError] = useState('')
  const start = async (list: FileList | null | undefined) => {
    const files = [...(list ?? [])].filter((f) => ACCEPT.test(f.name) || f.type.startsWith('text/'))
    const left = (list?.length ?? 0) - files.length
    setError(left ? `${left} file(s) left out: only .txt, .md and .html files are read.` : '')
    if (!files.length) return
    setBusy(true)
    setTotal(files.length)
    setResults([])
    try {
      await ingestFiles(files, { published, source, dateFromName }, setResults)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }
  const ingestFeed = async (e: Event) => {
    e.preventDefault()
    setFeedNote('Starting…')
    try {
      const answer = (await api('/v1/articles', { feed })) as Json
      setFeedNote(
        answer?.job ? `The server is reading the feed in the background (job ${answer.job.id}).` : 'The feed was read.',
      )
    } catch (err) {
      setFeedNote('')
      setError(messageOf(err))
    }
  }
  const counts = Object.entries(STATUS)
    .map(([s, label]) => [label, results.filter((r) => r.status === s).length] as const)
    .filter(([, n]) => n)
  return html`
    <h1>Ingest articles</h1>
    <section class="panel" aria-labelledby="files-heading">
      <h2 id="files-heading">Files</h2>
      <div class="row">
        <label>Date of the batch <input id="batch-date" type="date" value=${published}
          onInput=${(e: Event) => setPublished((e.target as HTMLInputElement).value)} /></label>
        <label>Outlet <input id="batch-source" value=${source}
          onInput=${(e: Event) => setSource((e.target as HTMLInputElement).value)} /></label>
        <label class="check"><input id="date-from-name" type="checkbox" checked=${dateFromName}
          onChange=${(e: Event) => setDateFromName((e.target as HTMLInputElement).checked)} />
          take each file's date from its name (2016-03-04-vote.txt)</label>
      </div>
      <div id="drop" class="drop" onDragOver=${(e: DragEvent) => e.preventDefault()} onDrop=${(e: DragEvent) => {
        e.preventDefault()
        void start(e.dataTransfer?.files)
      }}>
        <p>Drop .txt, .md or .html files here, or choose them:</p>
        <div class="row">
          <label>Files <input id="ingest-files" type="file" multiple accept=".txt,.md,.html,.htm" disabled=${busy}
            onChange=${(e: Event) => start((e.target as HTMLInputElement).files)} /></label>
          <label>A folder <input id="ingest-folder" type="file" webkitdirectory disabled=${busy}
            onChange=${(e: Event) => start((e.target as HTMLInputElement).files)} /></label>
        </div>
      </div>
      ${
        total > 0 &&
        html`<div class="progress-row">
        <label for="ingest-progress-bar">Progress</label>
        <progress id="ingest-progress-bar" max=${total} value=${results.length}></progress>
        <span id="ingest-progress" role="status" aria-live="polite">${results.length} of ${total} files${
          busy ? '…' : ' done'
        }${counts.length ? `: ${counts.map(([l, n]) => `${n} ${l === 'copy of' ? 'copies' : l}`).join(', ')}` : ''}</span>
      </div>`
      }
      <${ErrorNote} message=${error} />
      ${results.length > 0 && html`<${ResultsTable} results=${results} />`}
    </section>
    <section class="panel" aria-labelledby="feed-heading">
      <h2 id="feed-heading">A feed</h2>
      <form class="row" onSubmit=${ingestFeed}>
        <label class="grow">Feed address (RSS or Atom) <input id="feed-url" type="url" value=${feed}
          onInput=${(e: Event) => setFeed((e.target as HTMLInputElement).value)} /></label>
        <button type="submit" disabled=${!/^https?:\/\//.test(feed)}>Ingest the feed</button>
      </form>
      <p role="status" class="muted">${feedNote}</p>
    </section>`
}

/** One row per file: its name, what happened, and a link to the stored article. */
function ResultsTable({ results }: { results: FileResult[] }) {
  const csv = () =>
    download(
      'ingest-report.csv',
      toCsv(results, [
        { label: 'file', value: (r) => r.name },
        { label: 'status', value: (r) => r.status },
        { label: 'article', value: (r) => r.duplicateOf ?? r.id },
        { label: 'reason', value: (r) => r.reason },
      ]),
    )
  return html`<div class="table-wrap"><table id="ingest-report" class="stack">
    <caption>What became of each file <button type="button" class="secondary small" onClick=${csv}>Download CSV</button></caption>
    <thead><tr><th scope="col">File</th><th scope="col">Result</th><th scope="col">Article or reason</th></tr></thead>
    <tbody>${results.map(
      (r) => html`<tr class=${`result-${r.status}`}>
        <td>${r.name}</td>
        <td><span class=${`tag status-${r.status}`}>${STATUS[r.status]}</span></td>
        <td>${
          r.status === 'failed' || r.status === 'skipped'
            ? r.reason
            : html`<a href=${articleHref(r.duplicateOf ?? r.id ?? '')}>${r.duplicateOf ?? r.id}</a>`
        }</td></tr>`,
    )}</tbody></table></div>`
}
