// Counts over time as stacked bars on a real date axis (d3-scale's UTC time scale): one bar per day, or per week
// or month when the span is long, so that years are never dropped nor units mixed.
import { scaleBand, scaleLinear, scaleUtc } from 'd3-scale'
import { html } from '../lib/html.js'
import { type SeriesStyle, seriesStyle } from '../lib/palette.js'
import { binCounts, binFor, DAY, type DatedCount, tickLabel } from './time-bins.js'

/** Props of {@link TimeBars}. */
export interface TimeBarsProps {
  counts: DatedCount[]
  /** Series in their legend order. */
  series: string[]
  label: string
  /** Unique on the page: names the stripe patterns. */
  prefix: string
  width?: number
}

/** Defs for striped fills: series 9–16 reuse the eight colours with stripes. */
export function StripeDefs({ styles, prefix }: { styles: SeriesStyle[]; prefix: string }) {
  return html`<defs>${styles.map(
    (s, k) => html`<pattern id=${`${prefix}-stripe-${k}`} width="6" height="6" patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff" /><rect width="3" height="6" fill=${s.colour} /></pattern>`,
  )}</defs>`
}

/** The fill of a series: its colour, or its stripes. */
export function fillOf(style: SeriesStyle, k: number, prefix: string): string {
  return style.striped ? `url(#${prefix}-stripe-${k})` : style.colour
}

/** A legend swatch: the colour, striped with white like the bars when the series is striped. */
export function swatchStyle(style: SeriesStyle): Record<string, string> {
  return {
    background: style.striped ? `repeating-linear-gradient(45deg, ${style.colour} 0 3px, #fff 3px 6px)` : style.colour,
  }
}

/** A legend of series, each name beside its swatch. */
export function SeriesLegend({ series }: { series: string[] }) {
  return html`<ul class="legend chart-legend">${series.map((s, k) => {
    const style = seriesStyle(k, s)
    return html`<li><span class="swatch" aria-hidden="true" style=${swatchStyle(style)}></span>
      ${s}${style.striped ? ' (striped)' : ''}</li>`
  })}</ul>`
}

/** Stacked bars over a UTC time axis, with a legend that names each series beside its swatch. */
export function TimeBars({ counts, series, label, prefix, width = 900 }: TimeBarsProps) {
  const bin = binFor(counts.map((c) => c.date))
  const binned = binCounts(counts, bin)
  const dates = [...new Set(binned.map((c) => c.date))].sort()
  if (!dates.length) return html`<p class="muted">No dated counts to draw.</p>`
  const styles = series.map((s, k) => seriesStyle(k, s))
  const margin = { top: 12, right: 16, bottom: 40, left: 44 }
  const height = 280
  const first = new Date(`${dates[0]}T00:00:00Z`)
  const lastDate = new Date(`${dates[dates.length - 1]}T00:00:00Z`)
  const step = bin === 'day' ? DAY : bin === 'week' ? 7 * DAY : 31 * DAY
  // At least a dozen bins wide: one lone day still sits on a readable axis of days, not of hours.
  const pad = Math.max(step / 2, (12 * step - (lastDate.getTime() - first.getTime())) / 2)
  const x = scaleUtc()
    .domain([new Date(first.getTime() - pad), new Date(lastDate.getTime() + pad)])
    .range([margin.left, width - margin.right])
  const totals = dates.map((d) => binned.filter((c) => c.date === d).reduce((n, c) => n + c.count, 0))
  const y = scaleLinear()
    .domain([0, Math.max(1, ...totals)])
    .nice()
    .range([height - margin.bottom, margin.top])
  const band = scaleBand()
    .domain(['x'])
    .range([0, Math.max(2, x(new Date(first.getTime() + step)) - x(first))])
  const barWidth = Math.max(2, Math.min(40, band.bandwidth() * 0.8))
  // Ticks on whole days only (or first days of months), each with its year where the year changes.
  const ticks = x
    .ticks(Math.max(2, Math.floor(width / 110)))
    .filter((t) => t.getUTCHours() === 0 && (bin !== 'month' || t.getUTCDate() === 1))
  const format = (t: Date, k: number) =>
    tickLabel(t, bin, k === 0 || ticks[k - 1].getUTCFullYear() !== t.getUTCFullYear())
  return html`<svg viewBox=${`0 0 ${width} ${height}`} class="chart-svg" role="img"
      aria-label=${`${label}, per ${bin}, from ${dates[0]} to ${dates[dates.length - 1]}`}>
    <${StripeDefs} styles=${styles} prefix=${prefix} />
    ${y
      .ticks(5)
      .filter(Number.isInteger)
      .map(
        (t) => html`<g><line x1=${margin.left} x2=${width - margin.right} y1=${y(t)} y2=${y(t)} class="grid" />
        <text x=${margin.left - 6} y=${y(t) + 4} text-anchor="end" class="axis">${t}</text></g>`,
      )}
    ${dates.map((d) => {
      let top = y(0)
      const cx = x(new Date(`${d}T00:00:00Z`))
      return html`<g>${series.map((s, k) => {
        const n = binned.find((c) => c.date === d && c.series === s)?.count ?? 0
        if (!n) return null
        const h = y(0) - y(n)
        top -= h
        return html`<rect class="bar-seg" x=${cx - barWidth / 2} y=${top} width=${barWidth} height=${h} fill=${fillOf(styles[k], k, prefix)}
          stroke="#1d232b" stroke-width="0.5"><title>${d}: ${s} ${n}</title></rect>`
      })}</g>`
    })}
    <line x1=${margin.left} x2=${width - margin.right} y1=${y(0)} y2=${y(0)} class="axis-line" />
    ${ticks.map(
      (t, k) => html`<g><line x1=${x(t)} x2=${x(t)} y1=${y(0)} y2=${y(0) + 5} class="axis-line" />
        <text x=${x(t)} y=${height - margin.bottom + 18} text-anchor="middle" class="axis">${format(t, k)}</text></g>`,
    )}
    <text x=${width - margin.right} y=${height - 4} text-anchor="end" class="axis">bars per ${bin}; ${first.getUTCFullYear()}${
      lastDate.getUTCFullYear() !== first.getUTCFullYear() ? `–${lastDate.getUTCFullYear()}` : ''
    }</text>
  </svg>
  <${SeriesLegend} series=${series} />`
}
