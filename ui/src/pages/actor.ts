// An actor's dossier: who it is (type, country, actor id, names), totals, its roles with dates, its quotes and
// events over time, and one tab per list, paged, newest first, each row opening its article.
import { TimeBars } from '../charts/time-bars.js'
import { ChartFrame } from '../components/chart-frame.js'
import { ErrorNote, Loading } from '../components/status.js'
import { html, type Json } from '../lib/html.js'
import { href } from '../lib/route.js'
import { useApi } from '../lib/use-api.js'
import { DossierList } from './dossier-list.js'

const TABS = {
  quotes: 'Quotes',
  eventsAsActor: 'Events as actor',
  eventsAsRecipient: 'Events as recipient',
  claims: 'Disputed claims',
  roles: 'Roles',
  counterparts: 'Counterparts',
} as const
type Tab = keyof typeof TABS

const newestFirst = (a: Json, b: Json) => String(b.date ?? '').localeCompare(String(a.date ?? ''))

export function ActorPage({ id, params }: { id: string; params: URLSearchParams }) {
  const { data, error, loading } = useApi(id ? `/v1/actors/${encodeURIComponent(id)}` : '')
  if (loading) return html`<h1>${id}</h1><${Loading} what="Loading the dossier…" />`
  if (error) return html`<h1>${id}</h1><${ErrorNote} message=${error} />`
  if (!data) return html`<h1>Actor</h1><p>Name an actor.</p>`
  if (Array.isArray(data.candidates)) return html`<${Candidates} dossier=${data} />`
  return html`<${Dossier} dossier=${data} params=${params} />`
}

/** A name several actors bear: the candidates, most mentioned first. */
function Candidates({ dossier }: { dossier: Json }) {
  return html`<div id="dossier">
    <h1>${dossier.name}</h1>
    <p>This name may be any of these actors; choose one.</p>
    <ul class="facts">${dossier.candidates.map(
      (c: Json) => html`<li><a href=${href(['actor', c.id])}>${c.name}</a>${' '}
        <span class="muted">${[c.type, c.country ?? 'no country', `${c.count ?? c.articles ?? 0} articles`, `id ${c.id}`].join(' · ')}</span></li>`,
    )}</ul></div>`
}

function Dossier({ dossier, params }: { dossier: Json; params: URLSearchParams }) {
  const tab: Tab = (params.get('tab') as Tab) in TABS ? (params.get('tab') as Tab) : 'quotes'
  const page = Math.max(1, Number(params.get('page')) || 1)
  const lists: Record<Tab, Json[]> = {
    quotes: [...(dossier.quotes ?? [])].sort(newestFirst),
    eventsAsActor: [...(dossier.eventsAsActor ?? [])].sort(newestFirst),
    eventsAsRecipient: [...(dossier.eventsAsRecipient ?? [])].sort(newestFirst),
    claims: [...(dossier.claims ?? [])].sort(newestFirst),
    roles: dossier.roles ?? [],
    counterparts: dossier.counterparts ?? [],
  }
  // Totals from the server when it sends them; else the lengths of the lists it sent.
  const totalOf = (t: Tab) => {
    const sent = dossier.totals?.[t] ?? dossier[`${t}Total`]
    return typeof sent === 'number' ? sent : lists[t].length
  }
  const dated = [
    ...lists.quotes.map((q) => ({ date: String(q.date ?? ''), series: 'quotes', count: 1 })),
    ...lists.eventsAsActor.map((e) => ({ date: String(e.date ?? ''), series: 'events as actor', count: 1 })),
    ...lists.eventsAsRecipient.map((e) => ({ date: String(e.date ?? ''), series: 'events as recipient', count: 1 })),
  ].filter((c) => /^\d{4}-\d{2}-\d{2}/.test(c.date))
  return html`<div id="dossier">
    <h1>${dossier.name}</h1>
    <dl class="identity">
      <div><dt>Type</dt><dd>${dossier.type ?? 'unknown'}</dd></div>
      <div><dt>Country</dt><dd>${dossier.country ?? 'none coded'}</dd></div>
      ${dossier.sector && html`<div><dt>Sector</dt><dd>${dossier.sector}</dd></div>`}
      <div><dt>Actor id</dt><dd>${dossier.id}</dd></div>
      <div><dt>Articles</dt><dd>${dossier.articles ?? 0}</dd></div>
      ${dossier.aliases?.length > 0 && html`<div><dt>Also called</dt><dd>${dossier.aliases.join(', ')}</dd></div>`}
    </dl>
    <ul class="links">
      <li><a href=${href(['timeline'], { actor: dossier.name })}>Timeline of ${dossier.name}</a></li>
      <li><a href=${href(['network'], { actor: dossier.name })}>Network around ${dossier.name}</a></li>
    </ul>
    ${
      dated.length > 0 &&
      html`<${ChartFrame} id="dossier-chart" title="Quotes and events over time" caption="Counts per period of the quotes and events listed below."
        rows=${dated} columns=${[{ label: 'date', value: (c: Json) => c.date }, { label: 'kind', value: (c: Json) => c.series }]}>
        <${TimeBars} counts=${dated} series=${['quotes', 'events as actor', 'events as recipient']} label="quotes and events over time" prefix="ds" />
      </${ChartFrame}>`
    }
    <nav class="tabs" aria-label="Dossier lists">
      ${(Object.keys(TABS) as Tab[]).map(
        (
          t,
        ) => html`<a class="tab" href=${href(['actor', dossier.id], { tab: t })} aria-current=${t === tab ? 'page' : undefined}>
          ${TABS[t]}${t === 'claims' && !dossier.claims ? '' : ` (${totalOf(t)})`}</a>`,
      )}
    </nav>
    <section class="panel" aria-labelledby="dossier-list-heading">
      <h2 id="dossier-list-heading">${TABS[tab]}</h2>
      ${tab !== 'roles' && tab !== 'counterparts' && html`<p class="muted">Newest first.</p>`}
      <${DossierList} key=${tab} actorId=${dossier.id} tab=${tab} carried=${lists[tab]} page=${page}
        cursor=${params.get('cursor') ?? ''} served=${tab === 'quotes' || tab === 'claims' ? tab : undefined} />
    </section>
  </div>`
}
