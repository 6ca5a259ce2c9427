// The Newsgraph web UI: Preact with htm templates (no JSX build step). Every article text is rendered as text
// nodes, never as HTML: articles are untrusted.
import { h, render } from 'preact'
import { useEffect, useMemo, useState } from 'preact/hooks'
import htm from 'htm'

const html = htm.bind(h)

// biome-ignore lint/suspicious/noExplicitAny: the UI reads the API's JSON untyped
type Json = any
type Span = { start: number; end: number; text: string }

const TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'MISC']
const PALETTE = ['#cfe3ff', '#ffe1c2', '#d4f5d0', '#f6d0f2', '#fff3b0', '#d0f0f5', '#e6dcff', '#ffd6d6']
const TOKEN = takeToken()

/**
 * The API token: given once as `?token=`, then kept for this tab only (sessionStorage) and taken out of the
 * address bar, so that it stays out of the history, bookmarks, screenshots and Referer headers.
 */
function takeToken(): string {
  const params = new URLSearchParams(location.search)
  const given = params.get('token')
  // Earlier builds kept it in localStorage for good.
  localStorage.removeItem('newsgraph-token')
  if (given !== null) {
    sessionStorage.setItem('newsgraph-token', given)
    params.delete('token')
    const rest = params.toString()
    history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`)
  }
  return sessionStorage.getItem('newsgraph-token') ?? ''
}

/** Calls the API; throws the server's message on an error status. */
async function api(path: string, body?: unknown): Promise<Json> {
  const response = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(body !== undefined && { 'content-type': 'application/json' }),
      ...(TOKEN && { authorization: `Bearer ${TOKEN}` }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  })
  const data = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(data?.error?.message ?? `HTTP ${response.status}`)
  return data
}

function useRoute(): string[] {
  const [hash, setHash] = useState(location.hash)
  useEffect(() => {
    const on = () => setHash(location.hash)
    addEventListener('hashchange', on)
    return () => removeEventListener('hashchange', on)
  }, [])
  return (hash.replace(/^#\/?/, '') || 'analyze').split('/').map(decodeURIComponent)
}

function go(...parts: string[]): void {
  location.hash = '#/' + parts.map(encodeURIComponent).join('/')
}

function App() {
  const [page, ...rest] = useRoute()
  const link = (name: string, label: string) =>
    html`<a href=${'#/' + name} class=${page === name ? 'active' : ''}>${label}</a>`
  return html`
    <header><strong>Newsgraph</strong>${link('analyze', 'Analyze')}${link('corpus', 'Corpus')}${link('timeline', 'Timeline')}${link('network', 'Network')}${link('ingest', 'Ingest')}</header>
    <main>
      ${page === 'analyze' && html`<${Analyze} />`}
      ${page === 'corpus' && html`<${Corpus} />`}
      ${page === 'actor' && html`<${Actor} id=${rest[0] ?? ''} />`}
      ${page === 'timeline' && html`<${Timeline} actor=${rest[0] ?? ''} />`}
      ${page === 'network' && html`<${Network} />`}
      ${page === 'ingest' && html`<${Ingest} />`}
    </main>`
}

// ——— Analyze ———

function Analyze() {
  const [text, setText] = useState('')
  const [published, setPublished] = useState('')
  const [analysis, setAnalysis] = useState<Json>(null)
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const [focus, setFocus] = useState<Span | null>(null)
  const [saved, setSaved] = useState('')
  const run = async () => {
    setBusy(true)
    setError('')
    setSaved('')
    try {
      setAnalysis(await api('/v1/analyze', { text, ...(published && { published }) }))
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const upload = async (event: Event) => {
    const file = (event.target as HTMLInputElement).files?.[0]
    if (file) setText(await file.text())
  }
  const save = async () => {
    try {
      const { results } = await api('/v1/articles', { text, ...(published && { published }) })
      setSaved(`saved as ${results[0].id} (${results[0].status})`)
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return html`
    <div class="panel">
      <textarea id="article-input" placeholder="Paste a news article here" value=${text} onInput=${(e: Event) => setText((e.target as HTMLTextAreaElement).value)}></textarea>
      <div class="row">
        <button id="analyze-button" onClick=${run} disabled=${busy || !text.trim()}>${busy ? 'Analysing…' : 'Analyze'}</button>
        <label>Published <input id="published" type="date" value=${published} onInput=${(e: Event) => setPublished((e.target as HTMLInputElement).value)} /></label>
        <input type="file" accept=".txt,.md,text/plain" onChange=${upload} />
        ${analysis && html`<button class="plain" onClick=${save}>Save to corpus</button>`}
        <span class="muted">${saved}</span>
        ${error && html`<span class="error">${error}</span>`}
      </div>
    </div>
    ${analysis && html`<${AnalysisView} analysis=${analysis} focus=${focus} setFocus=${setFocus} />`}`
}

function AnalysisView({
  analysis,
  focus,
  setFocus,
}: {
  analysis: Json
  focus: Span | null
  setFocus: (s: Span) => void
}) {
  const names = useMemo(() => new Map<string, string>(analysis.entities.map((e: Json) => [e.id, e.name])), [analysis])
  const speakers = useMemo(
    () => [...new Set<string>(analysis.quotes.map((q: Json) => q.speaker ?? q.source?.text ?? '?'))],
    [analysis],
  )
  const colour = (speaker: string) => PALETTE[speakers.indexOf(speaker) % PALETTE.length]
  // Named parties by their entity's name; unnamed groups ("police", "protesters") by their words.
  const parties = (ids: string[], spans: Json[] = []) =>
    (ids.length ? ids.map((id) => names.get(id) ?? id) : spans.map((s: Json) => s.text)).join(' + ') || '–'
  return html`
    <div class="columns">
      <div class="panel">
        <div class="legend" id="legend">
          ${TYPES.filter((t) => analysis.entities.some((e: Json) => e.type === t)).map((t) => html`<span><span class=${'ent ent-' + t}>${t}</span></span>`)}
        </div>
        <div class="legend" id="speakers">
          ${speakers.map((s) => html`<span class="speaker"><span class="swatch" style=${{ background: colour(s) }}></span>${names.get(s) ?? s} (${analysis.quotes.filter((q: Json) => (q.speaker ?? q.source?.text ?? '?') === s).length})</span>`)}
        </div>
        <hr />
        <div class="article" id="article-text">${segments(analysis, focus, colour)}</div>
      </div>
      <div>
        <div class="panel"><h3>Events</h3><ul class="facts" id="events">
          ${analysis.events.map(
            (e: Json) => html`<li onClick=${() => setFocus(e.trigger)}>
            <span class="tag">${e.type}${e.mode ? '/' + e.mode : ''}</span>${parties(e.actors, e.actorSpans)} → ${parties(e.recipients, e.recipientSpans)}
            <span class="muted"> ${[e.location && 'in ' + (analysis.places?.find((p: Json) => p.id === e.location)?.name ?? e.location), e.date, e.modality !== 'asserted' && e.modality, e.sameAs && 'again: ' + e.sameAs, ...(e.contexts ?? [])].filter(Boolean).join(' · ')}</span></li>`,
          )}
        </ul></div>
        <div class="panel"><h3>Disputed claims</h3><ul class="facts" id="claims">
          ${analysis.claims.length === 0 && html`<li class="muted">none</li>`}
          ${analysis.claims.map((c: Json) => html`<li onClick=${() => setFocus(c.content)}><span class=${'tag ' + c.status}>${c.status}</span>${names.get(c.claimant) ?? ''}: ${c.content.text} <span class="muted">(“${c.marker.text}”)</span></li>`)}
        </ul></div>
        <div class="panel"><h3>Quotes</h3><ul class="facts" id="quotes">
          ${analysis.quotes.map((q: Json) => html`<li onClick=${() => setFocus(q.content)}><span class="swatch" style=${{ background: colour(q.speaker ?? q.source?.text ?? '?') }}></span><b>${names.get(q.speaker) ?? q.source?.text ?? '?'}</b> <span class="tag">${q.kind}</span>${q.content.text}</li>`)}
        </ul></div>
        <div class="panel"><h3>Actors</h3><ul class="facts" id="actors">
          ${[...analysis.entities]
            .sort((a: Json, b: Json) => b.salience - a.salience)
            .slice(0, 15)
            .map(
              (e: Json) =>
                html`<li onClick=${() => go('actor', e.name)}><span class=${'ent ent-' + e.type}>${e.name}</span> <span class="muted">${[e.country, e.sector].filter(Boolean).join('/')}</span></li>`,
            )}
        </ul></div>
      </div>
    </div>`
}

/** The article text cut at every mention and quote boundary: mentions underlined by type, quotes shaded by speaker. */
function segments(analysis: Json, focus: Span | null, colour: (speaker: string) => string) {
  const text: string = analysis.article.text
  const mentions: { start: number; end: number; type: string; name: string }[] = []
  for (const e of analysis.entities)
    for (const m of e.mentions)
      if (m.kind !== 'pronoun') mentions.push({ start: m.start, end: m.end, type: e.type, name: e.name })
  mentions.sort((a, b) => a.start - b.start || b.end - a.end)
  const quotes = analysis.quotes.map((q: Json) => ({
    start: q.content.start,
    end: q.content.end,
    speaker: q.speaker ?? q.source?.text ?? '?',
  }))
  const claims = analysis.claims.map((c: Json) => c.content as Span)
  const cuts = new Set<number>([0, text.length])
  for (const s of [...mentions, ...quotes, ...claims, ...(focus ? [focus] : [])]) {
    cuts.add(s.start)
    cuts.add(s.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const out: unknown[] = []
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]
    const end = points[k + 1]
    const piece = text.slice(start, end)
    const mention = mentions.find((m) => m.start <= start && end <= m.end)
    const quote = quotes.find((q: Json) => q.start <= start && end <= q.end)
    const claim = claims.some((c: Span) => c.start <= start && end <= c.end)
    const focused = focus && focus.start <= start && end <= focus.end
    const style = quote ? { background: colour(quote.speaker) } : undefined
    const classes = [mention && `ent ent-${mention.type}`, claim && 'claim-mark', focused && 'focus']
      .filter(Boolean)
      .join(' ')
    out.push(
      mention
        ? html`<span class=${classes} style=${style} title=${mention.type + ': ' + mention.name} data-start=${start} onClick=${() => go('actor', mention.name)}>${piece}</span>`
        : classes || style
          ? html`<span class=${classes} style=${style} data-start=${start}>${piece}</span>`
          : piece,
    )
  }
  return out
}

// ——— Corpus ———

function Corpus() {
  const [filters, setFilters] = useState({
    q: '',
    from: '',
    to: '',
    actor: '',
    type: '',
    source: '',
    speaker: '',
    about: '',
  })
  const [results, setResults] = useState<Json>(null)
  const [error, setError] = useState('')
  const set = (key: string) => (e: Event) => setFilters({ ...filters, [key]: (e.target as HTMLInputElement).value })
  const params = (keys: string[]) =>
    new URLSearchParams(Object.entries(filters).filter(([k, v]) => keys.includes(k) && v)).toString()
  const search = async () => {
    setError('')
    try {
      const [articles, events, quotes] = await Promise.all([
        filters.q ? api('/v1/search?' + params(['q', 'from', 'to', 'source'])) : Promise.resolve(null),
        api('/v1/events?' + params(['actor', 'type', 'from', 'to', 'source'])),
        api('/v1/quotes?' + params(['speaker', 'about', 'from', 'to', 'source'])),
      ])
      setResults({ articles, events, quotes })
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const field = (key: string, label: string, type = 'text') =>
    html`<label>${label} <input id=${'f-' + key} type=${type} value=${(filters as Json)[key]} onInput=${set(key)} /></label>`
  return html`
    <div class="panel">
      <div class="row">${field('q', 'Words')}${field('from', 'From', 'date')}${field('to', 'To', 'date')}${field('source', 'Outlet')}</div>
      <div class="row">${field('actor', 'Actor')}
        <label>Event type <select id="f-type" onChange=${set('type')}><option value="">any</option>${['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'].map((t) => html`<option>${t}</option>`)}</select></label>
        ${field('speaker', 'Speaker')}${field('about', 'Quote about')}
        <button id="search-button" onClick=${search}>Search</button>${error && html`<span class="error">${error}</span>`}</div>
    </div>
    ${
      results &&
      html`
      ${results.articles && html`<div class="panel"><h3>Articles (${results.articles.stories} stories)</h3><ul class="facts">${results.articles.items.map((a: Json) => html`<li><b>${a.title ?? a.id}</b> <span class="muted">${a.published ?? ''} · ${a.sources.join(', ')}</span><div class="muted">${a.snippet}</div></li>`)}</ul></div>`}
      <div class="panel"><h3>Events</h3><ul class="facts" id="corpus-events">${results.events.items.map((e: Json) => html`<li><span class="tag">${e.type}</span>${e.actors.map((a: Json) => html`<button class="plain" onClick=${() => go('actor', a.id)}>${a.name}</button> `)} → ${e.recipients.map((a: Json) => html`<button class="plain" onClick=${() => go('actor', a.id)}>${a.name}</button> `)}<span class="muted">${e.date ?? ''} ${e.source ?? ''}</span></li>`)}</ul></div>
      <div class="panel"><h3>Quotes</h3><ul class="facts" id="corpus-quotes">${results.quotes.items.map((q: Json) => html`<li><b>${q.speaker ?? '?'}</b> ${q.content} <span class="muted">${q.date ?? ''} ${q.source ?? ''}</span></li>`)}</ul></div>`
    }`
}

// ——— Actor dossier ———

function Actor({ id }: { id: string }) {
  const [dossier, setDossier] = useState<Json>(null)
  const [error, setError] = useState('')
  useEffect(() => {
    setDossier(null)
    setError('')
    api('/v1/actors/' + encodeURIComponent(id)).then(setDossier, (e: Error) => setError(e.message))
  }, [id])
  if (error) return html`<div class="panel error">${error}</div>`
  if (!dossier) return html`<div class="panel muted">Loading…</div>`
  const candidate = (c: Json) =>
    html`<li onClick=${() => go('actor', c.id)}>${c.name}
      <span class="muted">${c.type} · ${c.country ?? '—'} · ${c.articles} articles</span></li>`
  // A name several actors bear: the candidates, most mentioned first.
  if (dossier.candidates)
    return html`<div class="panel" id="dossier"><h2>${dossier.name}</h2><div class="muted">may be any of</div>
      <ul class="facts">${dossier.candidates.map(candidate)}</ul></div>`
  const event = (e: Json) =>
    html`<li><span class="tag">${e.type}${e.mode ? '/' + e.mode : ''}</span>${e.actors.map((a: Json) => a.name).join(' + ')} → ${e.recipients.map((a: Json) => a.name).join(' + ') || '–'} <span class="muted">${e.date ?? ''} · ${e.sentence}</span></li>`
  return html`
    <div class="panel" id="dossier"><h2>${dossier.name}</h2>
      <div class="muted">${dossier.type} · ${[dossier.country, dossier.sector].filter(Boolean).join('/') || 'no code'} · ${dossier.articles} articles · also ${dossier.aliases.join(', ')}</div>
      <div class="row"><button class="plain" onClick=${() => go('timeline', dossier.name)}>Timeline</button></div>
      <h3>Roles</h3><ul class="facts">${dossier.roles.map((r: Json) => html`<li>${r.title}${r.of ? ' of ' + r.of : ''} <span class="muted">${r.first ?? ''}${r.last && r.last !== r.first ? ' – ' + r.last : ''}</span></li>`)}</ul>
      <h3>Quotes</h3><ul class="facts" id="dossier-quotes">${dossier.quotes.map((q: Json) => html`<li>${q.content} <span class="muted">${q.date ?? ''}</span></li>`)}</ul>
      <h3>Events as actor</h3><ul class="facts">${dossier.eventsAsActor.map(event)}</ul>
      <h3>Events as recipient</h3><ul class="facts">${dossier.eventsAsRecipient.map(event)}</ul>
      <h3>Counterparts</h3><ul class="facts">${dossier.counterparts.map((c: Json) => html`<li onClick=${() => go('actor', c.id)}>${c.name} <span class="muted">${c.events} events</span></li>`)}</ul>
    </div>`
}

// ——— Timeline ———

function Timeline({ actor }: { actor: string }) {
  const [who, setWho] = useState(actor)
  const [rows, setRows] = useState<Json[] | null>(null)
  const [error, setError] = useState('')
  const load = async (name: string) => {
    setError('')
    try {
      setRows((await api('/v1/timeline?' + new URLSearchParams({ [name ? 'actor' : 'about']: name || ' ' }))).items)
    } catch (e) {
      setError((e as Error).message)
    }
  }
  useEffect(() => {
    if (actor) void load(actor)
  }, [actor])
  const days = rows ? [...new Set(rows.map((r) => r.date))].sort() : []
  const types = rows ? [...new Set(rows.map((r) => r.type))].sort() : []
  const max = Math.max(1, ...days.map((d) => rows!.filter((r) => r.date === d).reduce((n, r) => n + r.events, 0)))
  const width = Math.max(300, days.length * 34 + 60)
  return html`
    <div class="panel"><div class="row"><label>Actor <input id="timeline-actor" value=${who} onInput=${(e: Event) => setWho((e.target as HTMLInputElement).value)} /></label><button id="timeline-button" onClick=${() => load(who)}>Show</button>${error && html`<span class="error">${error}</span>`}</div></div>
    ${
      rows &&
      html`<div class="panel"><svg id="timeline-chart" width=${width} height="260" role="img" aria-label="events per day">
      ${days.map((d, i) => {
        let y = 220
        return html`<g>${types.map((t, k) => {
          const n = rows.filter((r) => r.date === d && r.type === t).reduce((s, r) => s + r.events, 0)
          const hgt = (n / max) * 190
          y -= hgt
          return n
            ? html`<rect x=${40 + i * 34} y=${y} width="24" height=${hgt} fill=${PALETTE[k % PALETTE.length]} stroke="#889"><title>${d} ${t}: ${n}</title></rect>`
            : null
        })}<text x=${40 + i * 34} y="236">${d.slice(5)}</text></g>`
      })}
      <text x="4" y="20">${max}</text><text x="4" y="220">0</text>
    </svg><div class="legend">${types.map((t, k) => html`<span><span class="swatch" style=${{ background: PALETTE[k % PALETTE.length] }}></span>${t}</span>`)}</div></div>`
    }`
}

// ——— Network ———

function Network() {
  const [edges, setEdges] = useState<Json[] | null>(null)
  const [error, setError] = useState('')
  useEffect(() => {
    api('/v1/network').then(
      (r) => setEdges(r.edges),
      (e: Error) => setError(e.message),
    )
  }, [])
  if (error) return html`<div class="panel error">${error}</div>`
  if (!edges) return html`<div class="panel muted">Loading…</div>`
  const nodes = [
    ...new Map(
      edges.flatMap((e) => [
        [e.source, e.sourceName],
        [e.target, e.targetName],
      ]),
    ).entries(),
  ].slice(0, 60)
  const at = new Map(
    nodes.map(([id], i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, nodes.length)
      return [id, { x: 360 + 280 * Math.cos(angle), y: 320 + 260 * Math.sin(angle) }]
    }),
  )
  return html`<div class="panel"><svg id="network-chart" width="720" height="640" role="img" aria-label="actor network">
    ${edges
      .filter((e) => at.has(e.source) && at.has(e.target))
      .map((e) => {
        const a = at.get(e.source)!
        const b = at.get(e.target)!
        return html`<line x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y} stroke=${e.score < 0 ? '#d62728' : '#2ca02c'} stroke-width=${Math.min(6, 1 + e.events)} opacity="0.6"><title>${e.sourceName} → ${e.targetName}: ${e.type} ×${e.events}</title></line>`
      })}
    ${nodes.map(([id, name]) => {
      const p = at.get(id)!
      return html`<g class="node" onClick=${() => go('actor', id)} style="cursor:pointer"><circle cx=${p.x} cy=${p.y} r="6" fill="#1f5fbf" /><text x=${p.x + 8} y=${p.y + 4}>${name}</text></g>`
    })}
  </svg><div class="muted">Green: cooperative events; red: conflictual. Width: number of events.</div></div>`
}

// ——— Ingest ———

function Ingest() {
  const [progress, setProgress] = useState('')
  const [feed, setFeed] = useState('')
  const [error, setError] = useState('')
  const files = async (list: FileList | null) => {
    if (!list) return
    setError('')
    const all = [...list]
    let done = 0
    const counts: Record<string, number> = {}
    for (let k = 0; k < all.length; k += 20) {
      const batch = await Promise.all(
        all
          .slice(k, k + 20)
          .map(async (f) => (/\.html?$/i.test(f.name) ? { html: await f.text() } : { text: await f.text() })),
      )
      try {
        const { results } = await api('/v1/articles', { articles: batch })
        for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1
      } catch (e) {
        setError((e as Error).message)
      }
      done += batch.length
      setProgress(
        `${done}/${all.length} files · ${Object.entries(counts)
          .map(([s, n]) => `${n} ${s}`)
          .join(', ')}`,
      )
    }
  }
  const ingestFeed = async () => {
    setError('')
    setProgress('reading the feed…')
    try {
      const { feed: summary } = await api('/v1/articles', { feed })
      setProgress(
        `${summary.stored} stored, ${summary.duplicates} copies, ${summary.skipped} already stored, ${summary.failed.length} failed`,
      )
    } catch (e) {
      setError((e as Error).message)
      setProgress('')
    }
  }
  return html`<div class="panel">
    <div id="drop" class="panel" onDragOver=${(e: DragEvent) => e.preventDefault()} onDrop=${(e: DragEvent) => {
      e.preventDefault()
      void files(e.dataTransfer?.files ?? null)
    }}>
      Drop .txt or .html files here, or <input id="ingest-files" type="file" multiple accept=".txt,.md,.html,.htm" onChange=${(e: Event) => files((e.target as HTMLInputElement).files)} />
    </div>
    <div class="row"><label>Feed URL <input id="feed-url" size="50" value=${feed} onInput=${(e: Event) => setFeed((e.target as HTMLInputElement).value)} /></label><button onClick=${ingestFeed} disabled=${!feed}>Ingest feed</button></div>
    <div id="ingest-progress">${progress}</div>${error && html`<div class="error">${error}</div>`}
  </div>`
}

render(html`<${App} />`, document.getElementById('app')!)
