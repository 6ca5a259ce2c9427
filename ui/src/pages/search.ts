// Search the corpus: one tab per result kind, each saying which filters it honours; every filter, the tab and the
// page live in the address, so a search can be linked, reloaded and gone back to.
import { useState } from 'preact/hooks'
import { Pager } from '../components/pager.js'
import { Empty, ErrorNote, Loading } from '../components/status.js'
import { html, type Json } from '../lib/html.js'
import { EVENT_TYPES } from '../lib/palette.js'
import { go, href } from '../lib/route.js'
import { queryOf, useApi } from '../lib/use-api.js'
import { ClaimsChart } from './claims-chart.js'
import { ArticleHit, ClaimHit, EventHit, QuoteHit } from './search-results.js'

const PAGE_SIZES = ['5', '10', '20', '50']
const FIELDS = ['limit', 'q', 'from', 'to', 'source', 'sort', 'speaker', 'actor', 'type', 'status', 'where'] as const
type Filters = Record<(typeof FIELDS)[number], string>

/** Each tab: its label, the filters it honours, and the API path those filters make. */
const TABS = {
  articles: {
    label: 'Articles',
    honours: 'words, dates, outlet, order',
    path: (f: Filters) =>
      f.q ? `/v1/search?${queryOf({ q: f.q, from: f.from, to: f.to, source: f.source, sort: f.sort })}` : '',
  },
  quotes: {
    label: 'Quotes',
    honours: 'words (in the quote), speaker, dates, outlet',
    path: (f: Filters) =>
      `/v1/quotes?${queryOf({ about: f.q, speaker: f.speaker, from: f.from, to: f.to, source: f.source })}`,
  },
  events: {
    label: 'Events',
    honours: 'actor, event type, place, dates, outlet',
    path: (f: Filters) =>
      `/v1/events?${queryOf({ actor: f.actor, type: f.type, where: f.where, from: f.from, to: f.to, source: f.source })}`,
  },
  claims: {
    label: 'Claims',
    honours: 'actor (the claimant), status, dates, outlet',
    path: (f: Filters) =>
      `/v1/claims?${queryOf({ actor: f.actor, status: f.status, from: f.from, to: f.to, source: f.source })}`,
  },
} as const
type Tab = keyof typeof TABS

const ROW = { articles: ArticleHit, quotes: QuoteHit, events: EventHit, claims: ClaimHit }

/** "312 matching articles in 40 stories", from whichever counts the server sends. */
function storiesLine(data: Json): string {
  const n = data.stories
  const stories = typeof n === 'number' ? `${n.toLocaleString('en')} ${n === 1 ? 'story' : 'stories'}` : ''
  if (typeof data.total === 'number')
    return `${data.total.toLocaleString('en')} matching articles${stories ? ` in ${stories}` : ''}.`
  return stories ? `${stories} ${data.stories === 1 ? 'matches' : 'match'}.` : ''
}

function filtersOf(params: URLSearchParams): Filters {
  return Object.fromEntries(FIELDS.map((k) => [k, params.get(k) ?? ''])) as Filters
}

export function SearchPage({ params }: { params: URLSearchParams }) {
  const filters = filtersOf(params)
  const tab: Tab = (params.get('tab') as Tab) in TABS ? (params.get('tab') as Tab) : 'articles'
  const page = Math.max(1, Number(params.get('page')) || 1)
  const perPage = PAGE_SIZES.includes(filters.limit) ? Number(filters.limit) : 20
  const cursor = params.get('cursor') ?? ''
  const base = TABS[tab].path(filters)
  const queryKey = `${base}|${perPage}`
  const path =
    base &&
    `${base}${base.includes('?') && !base.endsWith('?') ? '&' : ''}${queryOf({ limit: String(perPage), cursor })}`
  const { data, error, loading } = useApi(path)
  const linkTo = (values: Record<string, string | undefined>) => href(['search'], { ...filters, tab, ...values })
  const Row = ROW[tab]
  const items: Json[] = data?.items ?? []
  return html`
    <h1>Search the corpus</h1>
    <${SearchForm} key=${params.toString()} filters=${filters} tab=${tab} />
    <div class="tabs" role="navigation" aria-label="Result kinds">
      ${(Object.keys(TABS) as Tab[]).map(
        (t) => html`<a class="tab" href=${linkTo({ tab: t, page: undefined, cursor: undefined })}
          aria-current=${t === tab ? 'page' : undefined}>${TABS[t].label}</a>`,
      )}
    </div>
    <section class="panel" aria-labelledby="results-heading" id="results">
      <h2 id="results-heading">${TABS[tab].label}</h2>
      <p class="muted honours">Filters used here: ${TABS[tab].honours}.</p>
      ${!path && html`<${Empty}>Type the words to search for and press Enter.</${Empty}>`}
      ${loading && html`<${Loading} what="Searching…" />`}
      <${ErrorNote} message=${error} />
      ${data && tab === 'articles' && html`<p class="muted" id="stories">${storiesLine(data)}</p>`}
      ${data && !items.length && html`<${Empty}>Nothing matches. Try fewer words, a wider date range or another tab.</${Empty}>`}
      ${
        items.length > 0 &&
        html`<ol class="hits" id="hits" start=${(page - 1) * perPage + 1}>
        ${items.map((item) => html`<${Row} item=${item} query=${filters.q} />`)}</ol>`
      }
      ${
        data &&
        html`<${Pager} page=${page} shown=${items.length} perPage=${perPage} total=${data.total}
        next=${data.next} queryKey=${queryKey} link=${(p: number, c: string) => linkTo({ page: p > 1 ? String(p) : undefined, cursor: c || undefined })} />`
      }
    </section>
    ${tab === 'claims' && page === 1 && html`<${ClaimsChart} path=${base} />`}`
}

/** The filters as a form: Enter in any field submits it. */
function SearchForm({ filters, tab }: { filters: Filters; tab: Tab }) {
  const [values, setValues] = useState(filters)
  const set = (key: keyof Filters) => (e: Event) =>
    setValues({ ...values, [key]: (e.target as HTMLInputElement).value })
  const submit = (e: Event) => {
    e.preventDefault()
    go(['search'], { ...values, tab })
  }
  const field = (key: keyof Filters, label: string, type = 'text') =>
    html`<label>${label} <input id=${`f-${key}`} type=${type} value=${values[key]} onInput=${set(key)} /></label>`
  return html`<form class="panel" role="search" onSubmit=${submit}>
    <div class="row">
      <label class="grow">Words <input id="f-q" type="search" value=${values.q} onInput=${set('q')} /></label>
      <label>Order <select id="f-sort" value=${values.sort} onChange=${set('sort')}>
        <option value="">most relevant</option><option value="date">newest first</option></select></label>
      <label>Per page <select id="f-limit" value=${values.limit || '20'} onChange=${set('limit')}>
        ${PAGE_SIZES.map((n) => html`<option>${n}</option>`)}</select></label>
      <button id="search-button" type="submit">Search</button>
    </div>
    <details open=${!!(values.from || values.to || values.source || values.speaker || values.actor || values.type || values.status || values.where)}>
      <summary>More filters</summary>
      <div class="row">
        ${field('from', 'From', 'date')}${field('to', 'To', 'date')}${field('source', 'Outlet')}
        ${field('speaker', 'Speaker')}${field('actor', 'Actor')}${field('where', 'Place')}
        <label>Event type <select id="f-type" value=${values.type} onChange=${set('type')}>
          <option value="">any</option>${EVENT_TYPES.map((t) => html`<option>${t}</option>`)}</select></label>
        <label>Claim status <select id="f-status" value=${values.status} onChange=${set('status')}>
          <option value="">any</option><option>false</option><option>disputed</option><option>unsupported</option>
        </select></label>
      </div>
    </details>
  </form>`
}
