import { readFileSync } from 'node:fs'
import type { PloverType } from '../doc/analysis.js'
import { analyze } from '../pipeline/analyze.js'

/** One expected coding of a PETRARCH validation record. */
export interface PetrarchCoding {
  source: string
  target: string
  /** CAMEO event code, e.g. "064". */
  event: string
}

/** A validation record: its sentence, date and expected codings. */
export interface PetrarchRecord {
  id: string
  date?: string
  text: string
  codings: PetrarchCoding[]
}

/** CAMEO root → PLOVER types (the CAMEO→PLOVER table of the PLOVER manual, at root level; 02 "appeal" is REQUEST). */
const ROOTS: Record<string, PloverType[]> = {
  '02': ['REQUEST'],
  '03': ['AGREE'],
  '04': ['CONSULT'],
  '05': ['SUPPORT'],
  '06': ['COOPERATE'],
  '07': ['AID'],
  '08': ['CONCEDE', 'RETREAT'],
  '09': ['ACCUSE'],
  '10': ['REQUEST'],
  '11': ['ACCUSE'],
  '12': ['REJECT'],
  '13': ['THREATEN'],
  '14': ['PROTEST'],
  '15': ['MOBILIZE'],
  '16': ['SANCTION'],
  '17': ['COERCE'],
  '18': ['ASSAULT'],
  '19': ['ASSAULT'],
  '20': ['ASSAULT'],
}

/** Reads the records of a PETRARCH validation file (`<Sentence>` with `<EventCoding>` and `<Text>`). */
export function readPetrarchRecords(path: string): PetrarchRecord[] {
  const xml = readFileSync(path, 'utf8').replace(/<!--[\s\S]*?-->/g, '')
  const records: PetrarchRecord[] = []
  for (const match of xml.matchAll(/<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const attrs = match[1]
    const body = match[2]
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1].replace(/\s+/g, ' ').trim()
    if (!text) continue
    const date = /date="(\d{4})(\d{2})(\d{2})"/.exec(attrs)
    const codings: PetrarchCoding[] = []
    for (const coding of body.matchAll(/<EventCoding\b([^>]*)>/g)) {
      const attr = (name: string) => new RegExp(`${name}\\s*=\\s*["']([^"']*)["']`).exec(coding[1])?.[1]
      const source = attr('sourcecode')
      const target = attr('targetcode')
      const event = attr('eventcode')
      if (source && event && /^\d/.test(event)) codings.push({ source, target: target ?? '', event })
    }
    records.push({
      id: /id="([^"]*)"/.exec(attrs)?.[1] ?? '',
      ...(date && { date: `${date[1]}-${date[2]}-${date[3]}` }),
      text,
      codings,
    })
  }
  return records
}

/** An actor dictionary entry: its words (the last may be a prefix) and its code. */
interface ActorEntry {
  words: string[]
  exact: boolean
  code: string
}

/**
 * Reads a PETRARCH/TABARI actor dictionary: `NAME [CODE]` lines, `+SYNONYM` lines, and indented `[CODE …]` lines
 * (the first code of an entry is taken; date-restricted codes are not resolved). Underscores join words; a
 * trailing underscore asks for an exact last word, otherwise the last word is a prefix ("ARGENTIN").
 */
export function readActorDictionary(path: string): (phrase: string) => string | undefined {
  const entries: ActorEntry[] = []
  let current: { names: string[]; code?: string } | undefined
  const flush = () => {
    if (current?.code)
      for (const name of current.names)
        entries.push({
          words: name.replace(/_+$/, '').split(/_| +/).filter(Boolean),
          exact: name.endsWith('_'),
          code: current.code,
        })
    current = undefined
  }
  for (const raw of readFileSync(path, 'utf8')
    .replace(/<!--[\s\S]*?-->/g, '')
    .split('\n')) {
    const line = raw.replace(/#.*$/, '').trimEnd()
    if (!line.trim()) continue
    const code = /\[([^\]\s]+)[^\]]*\]/.exec(line)?.[1]
    if (/^\s/.test(line) && !line.trim().startsWith('+')) {
      if (current && code && !current.code) current.code = code
      continue
    }
    if (line.startsWith('+')) {
      current?.names.push(line.slice(1).trim().split(/\s+\[/)[0].trim())
      continue
    }
    flush()
    current = { names: [line.split('[')[0].trim()], ...(code && { code }) }
  }
  flush()
  return (phrase) => {
    const words = phrase
      .toUpperCase()
      .split(/[^A-Z0-9'-]+/)
      .filter(Boolean)
    let best: ActorEntry | undefined
    for (const entry of entries) {
      if (best && best.words.length >= entry.words.length) continue
      for (let p = 0; p + entry.words.length <= words.length; p++) {
        const hit = entry.words.every((w, k) =>
          k === entry.words.length - 1 && !entry.exact ? words[p + k].startsWith(w) : words[p + k] === w,
        )
        if (hit) {
          best = entry
          break
        }
      }
    }
    return best?.code
  }
}

/** Shares of expected codings our events reproduce. */
export interface PetrarchScores {
  /** Codings with a CAMEO root PLOVER has (01 "make statement" has none: statements are quotes here). */
  expected: number
  /** Codings whose root maps to the type of one of our events in that sentence. */
  typeShare: number
  /** … and whose source is among that event's actors and target among its recipients (3-letter actor roots). */
  share: number
}

/** Analyses each record and compares our events with the expected codings. */
export function evalPetrarch(
  records: readonly PetrarchRecord[],
  lookup: (phrase: string) => string | undefined,
): PetrarchScores {
  let expected = 0
  let typed = 0
  let full = 0
  for (const record of records) {
    const codings = record.codings.filter((c) => ROOTS[c.event.slice(0, 2)])
    if (codings.length === 0) continue
    const analysis = analyze(record.text, record.date ? { published: record.date } : {})
    const entity = new Map(analysis.entities.map((e) => [e.id, e]))
    const codesOf = (ids: string[]) =>
      new Set(
        ids.flatMap((id) => {
          const e = entity.get(id)
          if (!e) return []
          return [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]
            .map(lookup)
            .filter((c): c is string => c !== undefined)
            .map((c) => c.slice(0, 3).toUpperCase())
        }),
      )
    for (const coding of codings) {
      expected++
      const candidates = analysis.events.filter((e) => ROOTS[coding.event.slice(0, 2)].includes(e.type))
      if (candidates.length === 0) continue
      typed++
      const source = coding.source.slice(0, 3).toUpperCase()
      const target = coding.target.slice(0, 3).toUpperCase()
      // A reciprocal event (a meeting: every party an actor, no recipient) matches a coding between any two of its parties.
      const targets = (e: (typeof candidates)[number]) =>
        codesOf(e.recipients.length === 0 && e.actors.length > 1 ? e.actors : e.recipients)
      if (
        candidates.some((e) => codesOf(e.actors).has(source) && (!target || target === '---' || targets(e).has(target)))
      )
        full++
    }
  }
  return { expected, typeShare: expected ? typed / expected : 0, share: expected ? full / expected : 0 }
}
