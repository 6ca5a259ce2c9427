import { basename } from 'node:path'

/**
 * The ISO date a file's name carries ("reuters_2016-03-11_fed-holds-rates.txt", "2016-03-11-fed.html"), when it
 * is a real calendar day: `ingest --date-from-name` dates an article by it when nothing else does. Only the last
 * part of a path is read (a folder named by a date is not the article's); an impossible day is no date.
 */
export function dateFromName(name: string): string | undefined {
  const m = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(basename(name))
  if (!m) return undefined
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return m[0]
}
