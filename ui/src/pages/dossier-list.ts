// One list of a dossier, paged: from the server's own paged list (`GET /v1/actors/:id/quotes|claims`, in the order
// stored, with a total) when it has one, else from the lists the dossier itself carries, paged here.
import { Pager } from '../components/pager.js'
import { ErrorNote, Loading } from '../components/status.js'
import { html, type Json } from '../lib/html.js'
import { href } from '../lib/route.js'
import { queryOf, useApi } from '../lib/use-api.js'
import { ClaimHit, EventHit, QuoteHit } from './search-results.js'

const PER_PAGE = 20

/** Props of {@link DossierList}. */
export interface DossierListProps {
  actorId: string
  tab: string
  /** The server's paged list, when this kind has one. */
  served?: 'quotes' | 'claims'
  /** The dossier's own items for this tab, newest first. */
  carried: Json[]
  page: number
  cursor: string
}

/** A row of any dossier list. */
function Row({ tab, item }: { tab: string; item: Json }) {
  if (tab === 'quotes') return html`<${QuoteHit} item=${item} showSpeaker=${false} />`
  if (tab === 'claims') return html`<${ClaimHit} item=${item} />`
  if (tab === 'roles')
    return html`<li>${item.title}${item.of ? ` of ${item.of}` : ''} <span class="muted">${[
      item.first,
      item.last !== item.first && item.last,
    ]
      .filter(Boolean)
      .join(' – ')}${item.count ? ` · ${item.count} mentions` : ''}</span></li>`
  if (tab === 'counterparts')
    return html`<li><a href=${href(['actor', item.id])}>${item.name}</a> <span class="muted">${item.events} events</span></li>`
  return html`<${EventHit} item=${item} />`
}

export function DossierList({ actorId, tab, served, carried, page, cursor }: DossierListProps) {
  const base = served ? `/v1/actors/${encodeURIComponent(actorId)}/${served}` : ''
  const remote = useApi(base && `${base}?${queryOf({ limit: String(PER_PAGE), cursor })}`)
  // A server without the paged route answers 404: the dossier's own list is used instead.
  const useRemote = !!base && remote.status !== 404
  const link = (p: number, c: string) =>
    href(['actor', actorId], { tab, page: p > 1 ? String(p) : undefined, cursor: c || undefined })
  if (useRemote && remote.loading) return html`<${Loading} />`
  if (useRemote && remote.error) return html`<${ErrorNote} message=${remote.error} />`
  const items: Json[] = useRemote ? (remote.data?.items ?? []) : carried.slice((page - 1) * PER_PAGE, page * PER_PAGE)
  const total: number | undefined = useRemote ? remote.data?.total : carried.length
  const next = useRemote ? remote.data?.next : page * PER_PAGE < carried.length ? String(page + 1) : undefined
  return html`
    ${items.length ? html`<ul class="hits" id=${`dossier-${tab}`}>${items.map((item) => html`<${Row} tab=${tab} item=${item} />`)}</ul>` : html`<p class="muted">None.</p>`}
    <${Pager} page=${page} shown=${items.length} perPage=${PER_PAGE} total=${total} next=${next}
      queryKey=${`${actorId}|${tab}|${useRemote}`} link=${link} />`
}
