import { readFileSync } from 'node:fs'
import { type ResolvedActor, resolveActor } from '../pipeline/resolve-actor.js'

/** One scored test of NGEC's actor-resolution suite: a string, its context and date, and the expected value. */
export interface NgecActorCase {
  line: number
  input: string
  context?: string
  date?: string
  field: 'country' | 'code_1'
  expected: string
}

/** Accuracy over the country tests and over the sector (code_1) tests. */
export interface ActorScore {
  country: { accuracy: number; n: number }
  sector: { accuracy: number; n: number }
}

const MONTHS = 'january february march april may june july august september october november december'.split(' ')

/** NGEC's dates: "2022-01-01", "October 1, 2021", "12 April 2022"; "Today" (or nothing) is no date. */
export function ngecDate(text: string | null | undefined): string | undefined {
  if (!text || /^today$/i.test(text.trim())) return undefined
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim())
  if (iso) return text.trim()
  const words = text.replace(/,/g, ' ').trim().split(/\s+/)
  const month = words.findIndex((w) => MONTHS.includes(w.toLowerCase()))
  const year = words.find((w) => /^\d{4}$/.test(w))
  const day = words.find((w) => /^\d{1,2}$/.test(w))
  if (month < 0 || !year || !day) return undefined
  const m = MONTHS.indexOf(words[month].toLowerCase()) + 1
  return `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`
}

/**
 * The scored rows of NGEC's dev.jsonl: function agent_to_code, field country or code_1, op Eq, not xfail.
 * Lines that are not JSON are skipped.
 */
export function readNgecActorCases(path: string): NgecActorCase[] {
  const cases: NgecActorCase[] = []
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      let row: Record<string, unknown>
      try {
        row = JSON.parse(text)
      } catch {
        return
      }
      if (row.function !== 'agent_to_code' || row.op !== 'Eq' || row.xfail) return
      if ((row.field !== 'country' && row.field !== 'code_1') || typeof row.input !== 'string') return
      const date = ngecDate(row.date as string | null)
      cases.push({
        line: i + 1,
        input: row.input,
        ...(typeof row.context === 'string' && row.context.trim() && { context: row.context }),
        ...(date && { date }),
        field: row.field,
        expected: String(row.expected ?? ''),
      })
    })
  return cases
}

/** Resolves each case's string as `newsgraph actor` does and scores country and sector (code_1) accuracy. */
export function evalActors(
  cases: readonly NgecActorCase[],
  resolve: (c: NgecActorCase) => ResolvedActor = (c) =>
    resolveActor(c.input, { ...(c.context && { context: c.context }), ...(c.date && { date: c.date }) }),
): ActorScore & { misses: { line: number; input: string; field: string; expected: string; got: string }[] } {
  const tally = { country: { right: 0, n: 0 }, sector: { right: 0, n: 0 } }
  const misses: { line: number; input: string; field: string; expected: string; got: string }[] = []
  const cache = new Map<string, ResolvedActor>()
  for (const c of cases) {
    const key = `${c.input}|${c.context ?? ''}|${c.date ?? ''}`
    let actor = cache.get(key)
    if (!actor) {
      actor = resolve(c)
      cache.set(key, actor)
    }
    const got = (c.field === 'country' ? actor.country : actor.sector) ?? ''
    const bucket = c.field === 'country' ? tally.country : tally.sector
    bucket.n++
    if (got === c.expected) bucket.right++
    else misses.push({ line: c.line, input: c.input, field: c.field, expected: c.expected, got })
  }
  const accuracy = (t: { right: number; n: number }) => ({ accuracy: t.n ? t.right / t.n : 0, n: t.n })
  return { country: accuracy(tally.country), sector: accuracy(tally.sector), misses }
}
