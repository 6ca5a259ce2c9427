// Tables as CSV files the browser downloads: every chart offers its numbers this way.

/** One column of a table: its heading and how to read a row's cell. */
export interface Column<Row> {
  label: string
  value: (row: Row) => string | number | undefined
}

/** RFC 4180 CSV of rows: quoted where needed; a leading = + - @ is defused for spreadsheets. */
export function toCsv<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const cell = (v: string | number | undefined) => {
    let s = v === undefined ? '' : String(v)
    if (typeof v === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  const lines = [columns.map((c) => cell(c.label)).join(',')]
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(','))
  return `${lines.join('\r\n')}\r\n`
}

/** Offers a text as a file download. */
export function download(name: string, content: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
