/**
 * Readers for the TABARI/PETRARCH dictionaries of the Open Event Data Alliance (Phoenix actor files, PLOVER agent
 * files) and NGEC's country table. Used by `npm run train:actors` only; pure functions over the files' text.
 */

/** A code held over a span of dates, as a dictionary line gives it: "[DEUGOV 20051122-20211208]". */
export interface DatedCode {
  /** The whole CAMEO code: "DEUGOV", "IGOUNO", "USAGOVLEG". */
  code: string
  /** YYYY-MM-DD, inclusive; absent: since ever. */
  from?: string
  /** YYYY-MM-DD, exclusive; absent: still held. */
  to?: string
}

/** One actor entry of a Phoenix actor file: its name, the "+" variants and the dated codes. */
export interface PhoenixActor {
  name: string
  aliases: string[]
  codes: DatedCode[]
}

/** "ANGELA_MERKEL_" → "Angela Merkel"; acronyms and short all-capital words keep their capitals ("FSB", "U.N."). */
export function phraseOf(entry: string): string {
  const words = entry
    .replace(/#.*$/, '')
    .replace(/[_\s]+/g, ' ')
    .replace(/\(([^)]*)\)/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
  if (words.length === 1 && words[0].length <= 5) return words[0]
  return words.map((w) => (/\./.test(w) && w.length <= 6 ? w : titleCase(w))).join(' ')
}

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase())
    .replace(/^(Of|The|And|For|De|Al|El|Van|Von|Du|Da|Bin|Ibn|La|Le)$/, (w) => w.toLowerCase())
}

/** A dictionary date: YYMMDD (two-digit years from 30 on are 19xx) or YYYYMMDD. */
export function dictionaryDate(text: string): string | undefined {
  const digits = text.replace(/\D/g, '')
  let year: number
  let rest: string
  if (digits.length === 6) {
    const yy = Number(digits.slice(0, 2))
    year = yy >= 30 ? 1900 + yy : 2000 + yy
    rest = digits.slice(2)
  } else if (digits.length === 8) {
    year = Number(digits.slice(0, 4))
    rest = digits.slice(4)
  } else return undefined
  const month = Math.min(12, Math.max(1, Number(rest.slice(0, 2))))
  const day = Math.min(28, Math.max(1, Number(rest.slice(2, 4))))
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** "[DEUGOV >051122]", "[DEUELI 720101-000101]", "[USRGEO <910409]", "[IGOUNO]" → a dated code. */
export function parseCode(bracket: string): DatedCode | undefined {
  const m = /^\[\s*~?([A-Z]{3,}|---)\s*(.*?)\s*\]$/.exec(bracket.trim())
  if (!m || m[1] === '---') return undefined
  const span = m[2].replace(/\s+/g, '')
  const code: DatedCode = { code: m[1] }
  if (span.startsWith('>')) {
    const from = dictionaryDate(span.slice(1))
    if (from) code.from = from
  } else if (span.startsWith('<')) {
    const to = dictionaryDate(span.slice(1))
    if (to) code.to = to
  } else if (span.includes('-')) {
    const [a, b] = span.split('-')
    const from = dictionaryDate(a)
    const to = dictionaryDate(b)
    if (from) code.from = from
    if (to && (!from || to > from)) code.to = to
  }
  return code
}

/** CAMEO sector codes PLOVER spells otherwise: CAMEO's media (MED) is PLOVER's JRN, its health (HLH) PLOVER's MED. */
const CAMEO_TO_PLOVER: Readonly<Record<string, string>> = { MED: 'JRN', HLH: 'MED' }

/** A Phoenix (CAMEO) code in PLOVER's sectors: "USAMED" (American media) → "USAJRN", "HLH" → "MED". */
export function ploverCode(code: string): string {
  return (code.match(/[A-Z]{3}/g) ?? []).map((part) => CAMEO_TO_PLOVER[part] ?? part).join('')
}

/**
 * Reads a Phoenix actor file: an entry is a name line, "+" variant lines, and bracketed code lines (on the name
 * line or on lines of their own). An entry without a code of its own (a bare "UN_" after "THE_UNITED_NATIONS_
 * [IGOUNO]") is a variant of the one before.
 */
export function parseActorFile(text: string): PhoenixActor[] {
  const actors: PhoenixActor[] = []
  let current: PhoenixActor | undefined
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s#.*$/, '').replace(/^#.*$/, '')
    if (!line.trim()) continue
    const brackets = [...line.matchAll(/\[[^\]]*\]/g)].map((m) => m[0])
    const words = line.replace(/\[[^\]]*\]/g, ' ').trim()
    if (/^\s/.test(raw) && !words) {
      if (current) for (const b of brackets) pushCode(current, b)
      continue
    }
    if (words.startsWith('+')) {
      if (current) {
        for (const variant of words.slice(1).split('+')) {
          const phrase = phraseOf(variant)
          if (phrase) current.aliases.push(phrase)
        }
        for (const b of brackets) pushCode(current, b)
      }
      continue
    }
    const name = phraseOf(words)
    if (!name) continue
    const acronym = /\(([^)]+)\)/.exec(words)?.[1]?.replace(/_/g, '')
    if (current && current.codes.length === 0 && brackets.length === 0) {
      // Consecutive bare names: variants of one entry whose codes follow.
      current.aliases.push(name)
      continue
    }
    if (current && brackets.length === 0 && actors.length && current.codes.length > 0 && isBareVariant(raw)) {
      current.aliases.push(name)
      continue
    }
    current = { name, aliases: acronym ? [acronym] : [], codes: [] }
    actors.push(current)
    for (const b of brackets) pushCode(current, b)
  }
  return actors.filter((a) => a.codes.length > 0)
}

/** "U.N._" after "THE_UNITED_NATIONS_ [IGOUNO]": a short dotted or all-capital form, read as a variant. */
function isBareVariant(raw: string): boolean {
  return /^[A-Z.]{1,6}_?\s*$/.test(raw.trim()) && raw.includes('.')
}

function pushCode(actor: PhoenixActor, bracket: string): void {
  const code = parseCode(bracket)
  if (code) actor.codes.push(code)
}

/** One agent phrase of a PLOVER/CAMEO agents file: "DEFENCE_MINIST [~GOVMIL]" → phrases and their sectors. */
export interface AgentPhrase {
  phrase: string
  sectors: string[]
}

/**
 * Reads an agents file: "!PERSON!"-style macros are expanded, "{…}" gives irregular plurals, and each phrase also
 * stands in its regular plural.
 */
export function parseAgentFile(text: string): AgentPhrase[] {
  const macros = new Map<string, string[]>()
  const out: AgentPhrase[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim()
    if (!line) continue
    const macro = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line)
    if (macro) {
      macros.set(
        macro[1],
        macro[2].split(',').map((s) => s.trim()),
      )
      continue
    }
    const m = /^(.*?)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]+)\]/.exec(line)
    if (!m) continue
    const sectors = m[3].match(/.{3}/g) ?? []
    const forms = [m[1], ...(m[2] ? m[2].split(/[,\s]+/) : [])].filter(Boolean)
    for (const form of forms) {
      for (const expanded of expandMacros(form, macros)) {
        const phrase = expanded.replace(/_/g, ' ').trim().toLowerCase()
        if (phrase) out.push({ phrase, sectors })
      }
    }
  }
  return out
}

function expandMacros(form: string, macros: Map<string, string[]>): string[] {
  const m = /![A-Z]+!/.exec(form)
  if (!m) return [form]
  const values = macros.get(m[0]) ?? ['']
  return values.flatMap((v) => expandMacros(form.replace(m[0], v), macros))
}

/** NGEC's country table: ISO3, name, and the nationality words ("Kazakhstani, Kazakh, Kazakhs"). */
export function parseCountryTable(csv: string): { iso3: string; name: string; nationality: string[] }[] {
  const rows: { iso3: string; name: string; nationality: string[] }[] = []
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const cells = [...line.matchAll(/"([^"]*)"|([^,]+)|(?<=,)(?=,|$)/g)].map((m) => (m[1] ?? m[2] ?? '').trim())
    if (cells.length < 3 || !/^[A-Z]{3}$/.test(cells[2])) continue
    rows.push({
      iso3: cells[2],
      name: cells[1],
      nationality: (cells[3] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    })
  }
  return rows
}
