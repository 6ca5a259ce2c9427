// The claims explorer's picture: who makes the claims the reporting disputes, and how they are disputed (false,
// disputed, unsupported), over the first 1,000 claims that match the Claims tab's filters.
import { countBy } from '../charts/count-by.js'
import { RankedBars } from '../charts/ranked-bars.js'
import { ChartFrame } from '../components/chart-frame.js'
import { html, type Json } from '../lib/html.js'
import { href } from '../lib/route.js'
import { useApi } from '../lib/use-api.js'

/** Props of {@link ClaimsChart}: the Claims tab's API path without paging. */
export function ClaimsChart({ path }: { path: string }) {
  const { data } = useApi(`${path}${path.endsWith('?') ? '' : '&'}limit=1000`)
  const claims: Json[] = data?.items ?? []
  if (!claims.length) return null
  const rows = countBy(claims, (c) => c.claimant ?? 'no claimant named', 12).map((r) => ({
    ...r,
    statuses: ['false', 'disputed', 'unsupported']
      .map(
        (s) => `${claims.filter((c) => (c.claimant ?? 'no claimant named') === r.name && c.status === s).length} ${s}`,
      )
      .join(', '),
    href: r.name.endsWith('others') || r.name === 'no claimant named' ? undefined : href(['actor', r.name]),
  }))
  const more = data?.next ? ' (the first 1,000)' : ''
  return html`<${ChartFrame} id="claims-chart" title="Who makes the disputed claims"
    caption=${`Claims by claimant${more}; the table splits them by status.`}
    rows=${rows} columns=${[
      { label: 'claimant', value: (r: Json) => r.name },
      { label: 'claims', value: (r: Json) => r.count },
      { label: 'by status', value: (r: Json) => r.statuses },
    ]} cellLink=${(r: Json, k: number) => (k === 0 ? r.href : undefined)}>
    <${RankedBars} rows=${rows} label="disputed claims by claimant" />
  </${ChartFrame}>`
}
