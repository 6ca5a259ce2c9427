import { day } from './calendar.js'
import type { TimeMatcher } from './matchers.js'

const ORDINALS = ['first', 'second', 'third', 'fourth']
/** What may stand before a quarter: "this year's", "the 1988", "the year-ago", "fiscal". */
const QUARTER_LEAD = /\b(?:(this|last|next) year['’]s |((?:19|20)\d\d) |(year-ago|year-earlier) )?(?:fiscal )?$/i
/** "the quarter", "the latest period", "the year-ago fiscal quarter". */
const NAMED_LEAD = /\b[Tt]he (?:(latest|most recent|year-ago|year-earlier|corresponding|comparable) )?(?:fiscal )?$/

/** The quarter (1–4) of a day. */
export function quarterOf(d: Date): number {
  return Math.floor(d.getUTCMonth() / 3) + 1
}

/**
 * Quarters as company results name them. A quarter without a year is the latest one that has begun ("third-quarter
 * profit", written in October 1989, is 1989-Q3; "the fourth quarter", written in January 1998, is 1997-Q4), or the
 * next one in a clause that looks ahead. "The quarter" and "the year-ago quarter" are the quarter the text last
 * named (or a year before it): resolved in resolve-anchors.ts. "The latest quarter" is the last one that has ended.
 */
export const FISCAL_MATCHERS: readonly TimeMatcher[] = [
  {
    rule: 'times/quarter',
    // The quarter word first, what stands before it read back (a pattern opening with optional words is slow).
    pattern: /\b(?:Q([1-4])|(first|second|third|fourth)[ -]quarter)(?:(?: of)? ((?:19|20)\d\d))?\b/gi,
    resolve: (m, ctx) => {
      const q = m[1] ? Number(m[1]) : ORDINALS.indexOf(m[2].toLowerCase()) + 1
      const lead = QUARTER_LEAD.exec(ctx.before)
      const from = lead ? -lead[0].length : 0
      const written = m[3] ?? lead?.[2]
      if (written) return { type: 'DATE', value: `${written}-Q${q}`, from }
      const which = lead?.[1]?.toLowerCase()
      const year = ctx.ref.getUTCFullYear()
      if (which)
        return { type: 'DATE', value: `${year + (which === 'last' ? -1 : which === 'next' ? 1 : 0)}-Q${q}`, from }
      const begun = day(year, 3 * q - 2, 1).getTime() <= ctx.ref.getTime()
      const latest = begun || ctx.future ? year : year - 1
      return { type: 'DATE', value: `${lead?.[3] ? latest - 1 : latest}-Q${q}`, from }
    },
  },
  {
    rule: 'times/this-quarter',
    // "this quarter", "the current quarter": the reference day's.
    pattern: /\bquarter\b/gi,
    resolve: (_m, ctx) => {
      const lead = /\b(?:[Tt]his|[Tt]he current) (?:fiscal )?$/.exec(ctx.before)
      if (!lead) return null
      return { type: 'DATE', value: `${ctx.ref.getUTCFullYear()}-Q${quarterOf(ctx.ref)}`, from: -lead[0].length }
    },
  },
  {
    rule: 'times/full-year',
    // "sales for the full year", "the current fiscal year": the reference day's year, as results name it.
    pattern: /\b(?:[Tt]he (?:full|current|whole) (?:fiscal )?year|[Tt]his fiscal year)\b(?! (?:ago|earlier|before))/g,
    resolve: (_m, ctx) => ({ type: 'DATE', value: String(ctx.ref.getUTCFullYear()) }),
  },
  {
    rule: 'times/named-quarter',
    // "the quarter", "the latest period", "the year-ago quarter", "year-earlier net income": the quarter last named.
    pattern: /\b(?:quarter|period|year-ago|year-earlier)\b/g,
    resolve: (m, ctx) => {
      let modifier = ''
      let from = 0
      if (m[0] === 'quarter' || m[0] === 'period') {
        const lead = NAMED_LEAD.exec(ctx.before)
        if (!lead || (m[0] === 'period' && !lead[1])) return null
        modifier = lead[1] ?? ''
        from = -lead[0].length
      } else if (/^ (?:quarter|period)\b/.test(ctx.after)) return null
      // "the latest quarter", "the most recent period": the last quarter that has ended, the one results report.
      if (/latest|most recent/.test(modifier)) {
        const q = quarterOf(ctx.ref) - 1
        const value = q === 0 ? `${ctx.ref.getUTCFullYear() - 1}-Q4` : `${ctx.ref.getUTCFullYear()}-Q${q}`
        return { type: 'DATE', value, from }
      }
      const back = /year|corresponding|comparable/.test(modifier || m[0])
      // With no quarter named, "year-ago results" are last year's.
      return {
        type: 'DATE',
        value: back ? String(ctx.ref.getUTCFullYear() - 1) : '',
        anchor: { unit: 'quarter', shift: back ? -4 : 0 },
        from,
      }
    },
  },
]
