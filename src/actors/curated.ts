/**
 * Reader for the team's curated actor file (`actors/curated.txt`): one actor a line, fields split by "|".
 *
 *     @source <note>            the source of the entries that follow (each entry may give its own as a 7th field)
 *     P | Angela Merkel; Merkel | DEU | f | ELI | Chancellor/GOV/2005-11-22/2021-12-08
 *     O | Institutional Revolutionary Party; PRI | MEX | | PTY |
 *
 * Fields: type (P person, O organisation, G place), name and variants (";"), country (ISO3 or a region code such
 * as UNO/EUR), gender (m/f or empty), sectors when no dated role holds, roles ("title/SECTOR[+SECTOR]/from/to",
 * "," between roles; a role may end with "/XXX" naming another country), and an optional source.
 */

/** A curated actor, as written. */
export interface CuratedActor {
  type: 'PERSON' | 'ORG' | 'GPE'
  name: string
  aliases: string[]
  country?: string
  gender?: 'm' | 'f'
  sectors: string[]
  roles: { title: string; sectors: string[]; from?: string; to?: string; country?: string }[]
  source: string
  line: number
}

const TYPES: Record<string, CuratedActor['type']> = { P: 'PERSON', O: 'ORG', G: 'GPE' }
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Parses the curated file. @throws Error naming the line and the field that is malformed. */
export function parseCurated(text: string): CuratedActor[] {
  const out: CuratedActor[] = []
  let source = ''
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim()
    const at = i + 1
    if (!line || line.startsWith('#') || /^A\s*\|/.test(line)) return
    if (line.startsWith('@source')) {
      source = line.slice('@source'.length).trim()
      return
    }
    const fail = (what: string): never => {
      throw new Error(`actors/curated.txt line ${at}: ${what}: ${line.slice(0, 80)}`)
    }
    const cells = line.split('|').map((c) => c.trim())
    if (cells.length < 5) fail('expected at least 5 fields split by "|"')
    const type = TYPES[cells[0]] ?? fail('expected the type P, O or G')
    const names = cells[1]
      .split(';')
      .map((n) => n.trim())
      .filter(Boolean)
    if (!names.length) fail('expected a name')
    const country = cells[2] || undefined
    if (country && !/^[A-Z]{3}$/.test(country)) fail('expected a three-letter country code')
    const gender = cells[3] || undefined
    if (gender && gender !== 'm' && gender !== 'f') fail('expected the gender m, f or nothing')
    const sectors = cells[4] ? cells[4].split('+') : []
    if (sectors.some((s) => !/^[A-Z]{3}$/.test(s))) fail('expected sectors such as GOV or PTY+OPP')
    const roles = (cells[5] ?? '')
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean)
      .map((role) => {
        const [title, sector, from, to, other] = role.split('/').map((p) => p.trim())
        if (!title || !sector || !/^[A-Z]{3}(?:\+[A-Z]{3})*$/.test(sector))
          fail(`role "${role}": expected title/SECTOR`)
        for (const date of [from, to]) if (date && !DATE.test(date)) fail(`role "${role}": expected YYYY-MM-DD dates`)
        if (other && !/^[A-Z]{3}$/.test(other)) fail(`role "${role}": expected a country code after the dates`)
        return {
          title,
          sectors: sector.split('+'),
          ...(from && { from }),
          ...(to && { to }),
          ...(other && { country: other }),
        }
      })
    const own = cells[6]
    if (!own && !source) fail('expected a source (an @source line above or a 7th field)')
    out.push({
      type,
      name: names[0],
      aliases: names.slice(1),
      ...(country && { country }),
      ...(gender && { gender: gender as 'm' | 'f' }),
      sectors,
      roles,
      source: own || source,
      line: at,
    })
  })
  return out
}

/**
 * The agent phrases the curated file adds to PLOVER's ("A | residents; people | CVL"): generic nouns news uses
 * for groups that the 2014 agents file lacks.
 */
export function parseCuratedAgents(text: string): { phrase: string; sectors: string[] }[] {
  const out: { phrase: string; sectors: string[] }[] = []
  for (const raw of text.split(/\r?\n/)) {
    const m = /^A\s*\|([^|]+)\|\s*([A-Z]{3}(?:\+[A-Z]{3})*)\s*(?:\|.*)?$/.exec(raw.trim())
    if (!m) continue
    for (const phrase of m[1].split(';').map((p) => p.trim().toLowerCase())) {
      if (phrase) out.push({ phrase, sectors: m[2].split('+') })
    }
  }
  return out
}
