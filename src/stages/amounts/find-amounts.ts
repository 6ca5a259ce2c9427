import type { Amount, Doc, Span } from '../../doc/types.js'
import type { Stage } from '../../pipeline/stage.js'
import { APPROXIMATORS, CURRENCIES, NUMBER_WORDS, SCALES } from '../times/lexicon.js'

const NUMBER = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)'
const SCALE = '(?:[ -]?(thousand|million|billion|trillion|bn|mn|mln|tn|m|k)\\b)?'
const UNITS: Readonly<Record<string, string>> = {
  km: 'km',
  kilometres: 'km',
  kilometers: 'km',
  kilometre: 'km',
  kilometer: 'km',
  miles: 'mi',
  mile: 'mi',
  metres: 'm',
  meters: 'm',
  millimetres: 'mm',
  millimeters: 'mm',
  mm: 'mm',
  centimetres: 'cm',
  cm: 'cm',
  tonnes: 't',
  tons: 't',
  kg: 'kg',
  kilograms: 'kg',
  barrels: 'bbl',
  hectares: 'ha',
  acres: 'acre',
  degrees: '°',
  litres: 'l',
  liters: 'l',
  gallons: 'gal',
  megawatts: 'MW',
  gigawatts: 'GW',
}
const COUNT_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozens of|hundreds of|thousands of|millions of'
/** Nouns that a number before them does not count: units of time belong to the times stage. */
const NOT_COUNTED =
  /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|percent|per|a\.m\.|p\.m\.|am|pm|times)$/i

interface Matcher {
  /** The rule id every amount it finds records. */
  rule: string
  kind: Amount['kind']
  pattern: RegExp
  make(m: RegExpExecArray): Omit<Amount, 'start' | 'end' | 'kind' | 'rule'> | null
}

const parse = (s: string) => Number(s.replace(/,/g, ''))
const scaled = (n: string, scale?: string) => parse(n) * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1)

const MATCHERS: readonly Matcher[] = [
  {
    rule: 'amounts/money-symbol',
    kind: 'money',
    pattern: new RegExp(`(US\\$|C\\$|A\\$|\\$|£|€|¥|₴|₽|₹)\\s?${NUMBER}${SCALE}`, 'g'),
    make: (m) => ({ value: scaled(m[2], m[3]), unit: CURRENCIES[m[1].toLowerCase()] }),
  },
  {
    rule: 'amounts/money-word',
    kind: 'money',
    pattern: new RegExp(
      `\\b${NUMBER}${SCALE} (dollars|euros|pounds|yen|yuan|roubles|rubles|hryvnias?|rupees|francs)\\b`,
      'gi',
    ),
    make: (m) => ({ value: scaled(m[1], m[2]), unit: CURRENCIES[m[3].toLowerCase()] }),
  },
  {
    rule: 'amounts/percent',
    kind: 'percent',
    pattern: new RegExp(`\\b${NUMBER}\\s?(%|percent\\b|per cent\\b)`, 'gi'),
    make: (m) => ({ value: parse(m[1]), unit: '%' }),
  },
  {
    rule: 'amounts/quantity',
    kind: 'quantity',
    pattern: new RegExp(`\\b${NUMBER}\\s?(${Object.keys(UNITS).join('|')})\\b(?: (?:per|an|a) hour)?`, 'gi'),
    make: (m) => ({
      value: parse(m[1]),
      unit: /hour$/.test(m[0]) ? `${UNITS[m[2].toLowerCase()]}/h` : UNITS[m[2].toLowerCase()],
    }),
  },
  {
    rule: 'amounts/count',
    kind: 'count',
    pattern: new RegExp(`\\b(?:${NUMBER}${SCALE}|(${COUNT_WORDS})) ((?:[a-z][a-z-]*\\s){0,2}[a-z][a-z-]*s)\\b`, 'g'),
    make: (m) => {
      const noun = m[4]
      const last = noun.split(' ').pop() ?? ''
      if (NOT_COUNTED.test(noun.split(' ')[0]) || NOT_COUNTED.test(last) || /(?:ss|us|is)$/.test(last)) return null
      const value = m[1] ? scaled(m[1], m[2]) : wordValue(m[3])
      if (m[1] && /^(?:19|20)\d\d$/.test(m[1]) && !m[2]) return null // "2024 elections": a year
      return Number.isFinite(value) ? { value, of: noun } : null
    },
  },
]

function wordValue(words: string): number {
  const w = words.toLowerCase().replace(/ of$/, '')
  return { dozens: 24, hundreds: 200, thousands: 2000, millions: 2e6 }[w] ?? NUMBER_WORDS[w] ?? NaN
}

/**
 * Finds amounts: money with its ISO 4217 unit and value ("$500 billion" → 5e11 USD, "£20m", "€1.2bn",
 * "500 billion dollars"), percentages, quantities with units ("130 kilometres per hour"), and counts with the
 * thing counted ("267 drone attacks" → 267 of "drone attacks"). A bounding word before the number is kept as
 * `modifier` ("about", "more than", "a record"). Numbers inside time expressions are left to the times stage.
 */
export function findAmounts(text: string, times: readonly Span[]): Amount[] {
  const found: Amount[] = []
  // Characters already claimed by a time expression or an earlier amount.
  const taken = new Uint8Array(text.length)
  const claim = (span: Span) => taken.fill(1, span.start, span.end)
  const isFree = (span: Span) => taken.subarray(span.start, span.end).every((c) => c === 0)
  for (const t of times) claim(t)
  for (const matcher of MATCHERS) {
    matcher.pattern.lastIndex = 0
    for (let m = matcher.pattern.exec(text); m; m = matcher.pattern.exec(text)) {
      const made = matcher.make(m)
      if (!made) continue
      const span = { start: m.index, end: m.index + m[0].length }
      if (!isFree(span)) continue
      claim(span)
      const modifier = modifierBefore(text, span.start)
      found.push({ ...span, kind: matcher.kind, ...made, ...(modifier && { modifier }), rule: matcher.rule })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

function modifierBefore(text: string, start: number): string | undefined {
  const before = text
    .slice(Math.max(0, start - 20), start)
    .trimEnd()
    .split(/\s+/)
  for (const n of [2, 1]) {
    const words = before.slice(-n).join(' ')
    if (APPROXIMATORS.test(words)) return words.toLowerCase()
  }
  return undefined
}

/** The amounts stage. */
export const findAmountsStage: Stage<'amounts'> = {
  layer: 'amounts',
  requires: ['times'],
  run: (doc: Doc) => findAmounts(doc.text, doc.times),
}
