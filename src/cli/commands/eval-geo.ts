import { existsSync } from 'node:fs'
import { type GeoScore, evalGeo } from '../../eval/eval-geo.js'
import { readGeoparsing } from '../../eval/geoparsing.js'
import { AppError } from '../../errors.js'

const pct = (x: number) => (x * 100).toFixed(1).padStart(5)

function line(name: string, s: GeoScore): string {
  const { resolution: r, tagging: t } = s
  return (
    `  ${name.padEnd(22)} ${String(s.articles).padStart(4)} articles  acc@161 ${pct(r.accuracy161)}  ` +
    `median ${r.medianKm.toFixed(1).padStart(7)} km  n ${String(r.n).padStart(5)}  ` +
    `tagging P ${pct(t.precision)} R ${pct(t.recall)} F1 ${pct(t.f1)}`
  )
}

/**
 * `newsgraph eval geo --xml FILE|DIR [--json]`: toponym resolution on the gold spans and tagging of our places,
 * on all the articles, the first half (the part the resolver's weights were tuned on) and the second half.
 */
export function evalGeoCommand(values: { xml?: string; json?: boolean }, out: (text: string) => void): void {
  const path = values.xml
  if (!path) throw new AppError('usage', 'expected --xml FILE|DIR (e.g. ../shared/data/geoparsing/lgl.xml)')
  if (!existsSync(path))
    throw new AppError('not_found', `cannot read "${path}": no such file (the annotated data lives in ../shared/data)`)
  const articles = readGeoparsing(path)
  if (!articles.length) throw new AppError('invalid_input', `no <article> with <text> in "${path}"`)
  const report = evalGeo(articles)
  if (values.json) {
    out(`${JSON.stringify({ ...report.all, tune: report.tune, heldOut: report.heldOut })}\n`)
    return
  }
  out(
    [
      `Geoparsing on ${path}: resolution of the gold toponyms (within 161 km), tagging of our places (overlap)`,
      line('all', report.all),
      line('first half (tuned on)', report.tune),
      line('second half (held out)', report.heldOut),
      `  unresolved gold toponyms: ${report.all.resolution.unresolved} of ${report.all.resolution.n}; ` +
        `tagging with exact spans F1 ${pct(report.all.taggingExact.f1)}`,
      '',
    ].join('\n'),
  )
}
