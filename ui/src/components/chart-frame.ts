// Every picture in one frame: a heading, the chart or its table (a toggle), and downloads of the numbers (CSV)
// and of the picture (SVG).
import type { VNode } from 'preact'
import { useRef, useState } from 'preact/hooks'
import { type Column, download, toCsv } from '../lib/csv.js'
import { html } from '../lib/html.js'

/** Props of {@link ChartFrame}. */
export interface ChartFrameProps<Row> {
  id: string
  title: string
  /** One sentence on how to read the chart. */
  caption: string
  rows: readonly Row[]
  columns: readonly Column<Row>[]
  /** A cell as a link (the row's article or dossier), for the table view. */
  cellLink?: (row: Row, column: number) => string | undefined
  children: VNode | VNode[] | null
}

/** A chart with its table view and downloads. */
export function ChartFrame<Row>({ id, title, caption, rows, columns, cellLink, children }: ChartFrameProps<Row>) {
  const [asTable, setAsTable] = useState(false)
  const box = useRef<HTMLDivElement>(null)
  const svg = () => {
    const node = box.current?.querySelector('svg')
    if (node) download(`${id}.svg`, new XMLSerializer().serializeToString(node), 'image/svg+xml')
  }
  return html`<section class="panel chart" id=${id} aria-labelledby=${`${id}-title`}>
    <div class="chart-head">
      <h2 id=${`${id}-title`}>${title}</h2>
      <div class="chart-tools">
        <button type="button" class="secondary small" aria-pressed=${asTable} onClick=${() => setAsTable(!asTable)}>
          ${asTable ? 'Show chart' : 'Show table'}</button>
        <button type="button" class="secondary small" onClick=${() => download(`${id}.csv`, toCsv(rows, columns))}>
          Download CSV</button>
        ${!asTable && html`<button type="button" class="secondary small" onClick=${svg}>Download SVG</button>`}
      </div>
    </div>
    <p class="muted">${caption}</p>
    ${
      asTable
        ? html`<div class="table-wrap"><table class="data"><caption class="visually-hidden">${title}</caption>
            <thead><tr>${columns.map((c) => html`<th scope="col">${c.label}</th>`)}</tr></thead>
            <tbody>${rows.map(
              (row) =>
                html`<tr>${columns.map((c, k) => {
                  const link = cellLink?.(row, k)
                  const value = c.value(row) ?? ''
                  return html`<td>${link ? html`<a href=${link}>${value}</a>` : value}</td>`
                })}</tr>`,
            )}</tbody></table></div>`
        : html`<div class="chart-box" ref=${box}>${children}</div>`
    }
  </section>`
}
