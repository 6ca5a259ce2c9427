// Network: who acts on whom, as a readable picture: the top N actors or one actor's counterparts, each label
// clear of the others; blue solid lines for cooperation, vermillion dashed for conflict, width by events.
import { useMemo, useState } from 'preact/hooks'
import { LABEL_HEIGHT, layoutNetwork } from '../charts/network-layout.js'
import { ChartFrame } from '../components/chart-frame.js'
import { Empty, ErrorNote, Loading } from '../components/status.js'
import { html, type Json } from '../lib/html.js'
import { EVENT_TYPES } from '../lib/palette.js'
import { go, href } from '../lib/route.js'
import { queryOf, useApi } from '../lib/use-api.js'
import { useViewportWidth } from '../lib/use-viewport.js'

/** The layout's box: wide on a desk, tall on a phone, so that labels stay readable at either size. */
function boxFor(viewport: number): { width: number; height: number } {
  return viewport < 640 ? { width: 420, height: 760 } : { width: 960, height: 620 }
}

/** The drawing's own bounds plus a margin: no empty band around the network. */
function boundsOf(nodes: { x: number; y: number; width: number }[]) {
  const left = Math.min(...nodes.map((n) => n.x - n.width / 2)) - 8
  const right = Math.max(...nodes.map((n) => n.x + n.width / 2)) + 8
  const top = Math.min(...nodes.map((n) => n.y)) - LABEL_HEIGHT
  const bottom = Math.max(...nodes.map((n) => n.y)) + LABEL_HEIGHT
  return { left, top, width: right - left, height: bottom - top }
}

export function NetworkPage({ params }: { params: URLSearchParams }) {
  const top = Math.min(60, Math.max(5, Number(params.get('top')) || 20))
  const actor = params.get('actor') ?? ''
  const filters = { type: params.get('type') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' }
  const { data, error, loading } = useApi(`/v1/network?${queryOf(filters)}`)
  const edges: Json[] = data?.edges ?? []
  const box = boxFor(useViewportWidth())
  // 300 ticks of the simulation: only when the data, the choice or the box changes.
  const layout = useMemo(
    () => (data ? layoutNetwork(edges, top, box.width, box.height, actor || undefined) : null),
    [data, top, actor, box.width],
  )
  const bounds = layout?.nodes.length ? boundsOf(layout.nodes) : null
  const rows = layout?.edges ?? []
  const eventsOf = (name: string) => href(['search'], { tab: 'events', actor: name, ...filters })
  return html`
    <h1>Network of actors</h1>
    <${NetworkFilters} key=${params.toString()} top=${top} actor=${actor} filters=${filters} />
    ${loading && html`<${Loading} what="Loading the network…" />`}
    <${ErrorNote} message=${error} />
    ${data && !rows.length && html`<${Empty}>No events between two actors${actor ? ` involving “${actor}”` : ''}.</${Empty}>`}
    ${
      layout &&
      rows.length > 0 &&
      html`<${ChartFrame} id="network-chart" title=${actor ? `${actor} and counterparts` : `The ${layout.nodes.length} most active actors`}
        caption="Blue solid line: cooperative events; vermillion dashed: conflictual; width grows with the events. Choose a name for its dossier."
        rows=${rows} columns=${[
          { label: 'actor', value: (e: Json) => e.source.name },
          { label: 'counterpart', value: (e: Json) => e.target.name },
          { label: 'cooperative events', value: (e: Json) => e.cooperative },
          { label: 'conflictual events', value: (e: Json) => e.conflictual },
          { label: 'types', value: (e: Json) => e.types.join(' ') },
        ]} cellLink=${(e: Json, k: number) => (k === 0 ? eventsOf(e.source.name) : k === 1 ? eventsOf(e.target.name) : undefined)}>
        <svg viewBox=${`${bounds?.left} ${bounds?.top} ${bounds?.width} ${bounds?.height}`}
          style=${{ width: `${Math.ceil(bounds?.width ?? 0)}px` }} class="chart-svg network" role="group"
          aria-label=${`network of ${layout.nodes.length} actors and ${rows.length} links`}>
          ${rows.map((e) => {
            const conflict = e.conflictual > e.cooperative
            return html`<line x1=${e.source.x} y1=${e.source.y} x2=${e.target.x} y2=${e.target.y}
              class=${conflict ? 'edge conflict' : 'edge cooperate'} stroke-width=${Math.min(8, 1 + Math.sqrt(e.cooperative + e.conflictual))}>
              <title>${e.source.name} – ${e.target.name}: ${e.cooperative} cooperative, ${e.conflictual} conflictual (${e.types.join(', ')})</title></line>`
          })}
          ${layout.nodes.map(
            (n) => html`<a href=${href(['actor', n.id])} class="node">
              <rect x=${n.x - n.width / 2} y=${n.y - LABEL_HEIGHT / 2} width=${n.width} height=${LABEL_HEIGHT} rx="4" />
              <text x=${n.x} y=${n.y + 5} text-anchor="middle">${n.name}</text>
              <title>${n.name}: ${n.events} events</title></a>`,
          )}
        </svg>
      </${ChartFrame}>`
    }`
}

function NetworkFilters(props: { top: number; actor: string; filters: { type: string; from: string; to: string } }) {
  const [values, setValues] = useState({ ...props.filters, top: String(props.top), actor: props.actor })
  const set = (key: keyof typeof values) => (e: Event) =>
    setValues({ ...values, [key]: (e.target as HTMLInputElement).value })
  return html`<form class="panel row" onSubmit=${(e: Event) => {
    e.preventDefault()
    go(['network'], values)
  }}>
    <label>Around actor <input id="network-actor" value=${values.actor} onInput=${set('actor')} /></label>
    <label>Show <select id="network-top" value=${values.top} onChange=${set('top')}>
      ${['10', '20', '30', '40', '60'].map((n) => html`<option value=${n}>${n} actors</option>`)}</select></label>
    <label>Event type <select id="network-type" value=${values.type} onChange=${set('type')}>
      <option value="">any</option>${EVENT_TYPES.map((t) => html`<option>${t}</option>`)}</select></label>
    <label>From <input type="date" value=${values.from} onInput=${set('from')} /></label>
    <label>To <input type="date" value=${values.to} onInput=${set('to')} /></label>
    <button type="submit">Show</button>
  </form>`
}
