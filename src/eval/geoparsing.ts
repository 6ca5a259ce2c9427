import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** A gold toponym: its span in the article text and, where the annotators found one, its coordinates. */
export interface GoldToponym {
  start: number
  end: number
  text: string
  lat?: number
  lon?: number
  /** GeoNames id (LGL). */
  geonameId?: string
}

/** One annotated article of a geoparsing set. */
export interface GeoArticle {
  id: string
  text: string
  toponyms: GoldToponym[]
}

const decode = (s: string) =>
  s
    .replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
const field = (xml: string, tag: string) => {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml)
  return m ? decode(m[1].trim()) : undefined
}
const num = (s: string | undefined) => (s === undefined || s === '' ? undefined : Number(s))

/**
 * Reads a geoparsing file in either of the two shapes of ../shared/data/geoparsing: LGL (`<toponym>` with
 * `<start>`, `<end>`, `<phrase>` and a `<gaztag geonameid>` holding `<lat>`, `<lon>`) or GeoVirus (`<location>` with
 * `<name>`, `<start>`, `<end>`, `<lat>`, `<lon>`). A directory is read file by file (`*.xml`). Malformed articles
 * are skipped, never thrown on.
 */
export function readGeoparsing(path: string): GeoArticle[] {
  if (statSync(path).isDirectory())
    return readdirSync(path)
      .filter((f) => f.endsWith('.xml'))
      .sort()
      .flatMap((f) => readGeoparsing(join(path, f)))
  const xml = readFileSync(path, 'utf8').replace(/<!--[\s\S]*?-->/g, '')
  const articles: GeoArticle[] = []
  let n = 0
  for (const m of xml.matchAll(/<article\b([^>]*)>([\s\S]*?)<\/article>/g)) {
    n++
    const body = m[2]
    const raw = /<text>([\s\S]*?)<\/text>/.exec(body)
    if (!raw) continue
    const text = decode(raw[1])
    const id = /docid="([^"]+)"/.exec(m[1])?.[1] ?? `${path.split('/').pop()}#${n}`
    const toponyms: GoldToponym[] = []
    for (const t of body.matchAll(/<(toponym|location)>([\s\S]*?)<\/\1>/g)) {
      let start = num(field(t[2], 'start'))
      let end = num(field(t[2], 'end'))
      // GeoVirus counts from 1: where the named words sit a character or two off, take them where they are.
      const name = field(t[2], 'phrase') ?? field(t[2], 'name')
      if (name && start !== undefined && end !== undefined && text.slice(start, end) !== name) {
        for (const shift of [-1, 1, -2, 2]) {
          if (text.slice(start + shift, end + shift) !== name) continue
          start += shift
          end += shift
          break
        }
      }
      if (start === undefined || end === undefined || !(end > start) || end > text.length) continue
      const gaz = /<gaztag\b([^>]*)>([\s\S]*?)<\/gaztag>/.exec(t[2])
      const where = gaz ? gaz[2] : t[2]
      const lat = num(field(where, 'lat'))
      const lon = num(field(where, 'lon'))
      const topo: GoldToponym = { start, end, text: text.slice(start, end) }
      if (lat !== undefined && lon !== undefined && Number.isFinite(lat) && Number.isFinite(lon)) {
        topo.lat = lat
        topo.lon = lon
      }
      const gid = gaz && /geonameid="(\d+)"/.exec(gaz[1])?.[1]
      if (gid) topo.geonameId = gid
      toponyms.push(topo)
    }
    articles.push({ id, text, toponyms: toponyms.sort((a, b) => a.start - b.start) })
  }
  return articles
}

/** Great-circle distance in kilometres between two points given in degrees. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180
  const dLat = (lat2 - lat1) * rad
  const dLon = (lon2 - lon1) * rad
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)))
}
