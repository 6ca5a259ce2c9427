// Counts by name as horizontal bars, largest first: names are read as text beside each bar, never squeezed under
// it, and each bar's number is written at its end (no hue carries meaning).
import { scaleLinear } from 'd3-scale'
import { html } from '../lib/html.js'
import type { RankedCount } from './count-by.js'

/** Horizontal bars, one row per name. */
export function RankedBars({ rows, label, width = 640 }: { rows: RankedCount[]; label: string; width?: number }) {
  if (!rows.length) return html`<p class="muted">Nothing to count.</p>`
  const labelWidth = 190
  const row = 24
  const height = rows.length * row + 8
  const x = scaleLinear()
    .domain([0, Math.max(...rows.map((r) => r.count))])
    .range([0, width - labelWidth - 50])
  return html`<svg viewBox=${`0 0 ${width} ${height}`} class="chart-svg" role=${rows.some((r) => r.href) ? 'group' : 'img'} aria-label=${label}>
    ${rows.map((r, k) => {
      const y = 4 + k * row
      const name = r.name.length > 28 ? `${r.name.slice(0, 27)}…` : r.name
      const bar = html`<text x=${labelWidth - 8} y=${y + 15} text-anchor="end" class="label">${name}</text>
        <rect x=${labelWidth} y=${y + 3} width=${Math.max(1, x(r.count))} height=${row - 8} class="bar" />
        <text x=${labelWidth + x(r.count) + 6} y=${y + 15} class="axis">${r.count}</text>
        <title>${r.name}: ${r.count}</title>`
      return r.href ? html`<a href=${r.href}>${bar}</a>` : html`<g>${bar}</g>`
    })}
  </svg>`
}
