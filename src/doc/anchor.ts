import type { Doc } from './types.js'

/** The day an article's relative time expressions ("Tuesday", "last month") resolve against, and its source. */
export interface Anchor {
  /** YYYY-MM-DD. */
  day: string
  /** Where the day comes from: the caller's publication date, or a dateline that writes its year. */
  source: 'published' | 'dateline'
}

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/**
 * The article's anchor: its publication date, else its dateline's date when the dateline writes a year
 * ("KYIV, Feb 23, 2022 (Reuters) -"). A dateline without a year ("KYIV, Feb 23 (Reuters) -") gives none: its year
 * would have to be guessed from the day of analysis, which is how dates were invented. Undefined when unknown.
 */
export function anchorOf(doc: Pick<Doc, 'meta' | 'structure'>): Anchor | undefined {
  if (doc.meta.published) return { day: doc.meta.published.slice(0, 10), source: 'published' }
  const written = doc.structure.dateline?.date
  const m = written && /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})$/.exec(written)
  if (!m) return undefined
  const month = MONTH_PREFIXES.indexOf(m[1].toLowerCase()) + 1
  const date = new Date(Date.UTC(Number(m[3]), month - 1, Number(m[2])))
  if (month === 0 || date.getUTCDate() !== Number(m[2])) return undefined
  return { day: date.toISOString().slice(0, 10), source: 'dateline' }
}
