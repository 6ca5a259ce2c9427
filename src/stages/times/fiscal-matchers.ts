import { day } from './calendar.js'
import type { TimeMatcher } from './matchers.js'

const ORDINALS = ['first', 'second', 'third', 'fourth']

/** The quarter (1–4) of a day. */
export function quarterOf(d: Date): number {
  return Math.floor(d.getUTCMonth() / 3) + 1
}

/**
 * Quarters as company results name them. A quarter without a year is the latest one that has begun ("third-quarter
 * profit", written in October 1989, is 1989-Q3; "the fourth quarter", written in January 1998, is 1997-Q4), or the
 * next one in a clause that looks ahead. "The quarter", "the latest period" and "the year-ago quarter" are the
 * quarter the text last named (or a year before it): resolved in resolve-anchors.ts.
 */
export const FISCAL_MATCHERS: readonly TimeMatcher[] = [
  {
    rule: 'times/quarter',
    pattern:
      /\b(?:(this|last|next) year['’]s |((?:19|20)\d\d) |(year-ago|year-earlier) )?(?:fiscal )?(?:Q([1-4])|(first|second|third|fourth)[ -]quarter)(?:(?: of)? ((?:19|20)\d\d))?\b/gi,
    resolve: (m, ctx) => {
      const q = m[4] ? Number(m[4]) : ORDINALS.indexOf(m[5].toLowerCase()) + 1
      const written = m[6] ?? m[2]
      if (written) return { type: 'DATE', value: `${written}-Q${q}` }
      const lead = m[1]?.toLowerCase()
      const year = ctx.ref.getUTCFullYear()
      if (lead) return { type: 'DATE', value: `${year + (lead === 'last' ? -1 : lead === 'next' ? 1 : 0)}-Q${q}` }
      const begun = day(year, 3 * q - 2, 1).getTime() <= ctx.ref.getTime()
      const latest = begun || ctx.future ? year : year - 1
      return { type: 'DATE', value: `${m[3] ? latest - 1 : latest}-Q${q}` }
    },
  },
  {
    rule: 'times/this-quarter',
    // "this quarter", "the current quarter": the reference day's.
    pattern: /\b(?:this|the current) (?:fiscal )?quarter\b/gi,
    resolve: (_m, ctx) => ({ type: 'DATE', value: `${ctx.ref.getUTCFullYear()}-Q${quarterOf(ctx.ref)}` }),
  },
  {
    rule: 'times/named-quarter',
    // "the quarter", "the latest period", "the year-ago quarter", "year-earlier net income": the quarter last named.
    pattern:
      /\b(?:[Tt]he (?:(latest|most recent|year-ago|year-earlier|corresponding|comparable) (?:fiscal )?(?:quarter|period)|quarter)|(year-ago|year-earlier))\b/g,
    resolve: (m, ctx) => {
      const back = /year|corresponding|comparable/.test(m[1] ?? m[2] ?? '')
      // With no quarter named, "year-ago results" are last year's.
      return {
        type: 'DATE',
        value: back ? String(ctx.ref.getUTCFullYear() - 1) : '',
        anchor: { unit: 'quarter', shift: back ? -4 : 0 },
      }
    },
  },
]
