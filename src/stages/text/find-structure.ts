import type { Dateline, Doc, Structure } from '../../doc/types.js'
import type { Stage } from '../../pipeline/stage.js'

// "KYIV, Feb 23 (Reuters) -", "WASHINGTON (AP) —", "NEW YORK, Jan. 5 —", "Kyiv, Ukraine (AP) —".
const DATELINE =
  /^(\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}(?:, \p{Lu}[\p{L} .'’-]*?)?|\p{Lu}[\p{L} .'’-]*?)(?:, ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?))?(?: \(([\p{L}][\p{L} .&-]*)\))? ?[-—–]{1,2} ?/u

const BYLINE_PREFIX = /^(?:by|from)\s+/i
const NAME_SEPARATOR = /\s*(?:,|\band\b|&)\s*/

/**
 * Finds the dateline at the start of the first body paragraph. An all-caps place may stand alone; a mixed-case
 * place needs an agency in parentheses or a date, so that "Meanwhile -" is not taken for a dateline.
 */
export function findDateline(text: string, start: number, end: number): Dateline | undefined {
  const match = DATELINE.exec(text.slice(start, Math.min(end, start + 120)))
  if (!match) return undefined
  const [whole, place, date, agency] = match
  const allCaps = place.split(',')[0] === place.split(',')[0].toUpperCase() && place.length > 2
  if (!allCaps && !agency && !date) return undefined
  if (whole.length >= end - start) return undefined
  return {
    start,
    end: start + whole.trimEnd().length,
    place: place.trim(),
    ...(date && { date }),
    ...(agency && { agency }),
  }
}

/** Reads the layout facts: title line, byline names and dateline. */
export function findStructure(doc: Pick<Doc, 'text' | 'paragraphs'>): Structure {
  const { text, paragraphs } = doc
  const structure: Structure = {}
  const title = paragraphs.find((p) => p.kind === 'title')
  if (title) structure.title = { start: title.start, end: title.end }
  const byline = paragraphs.find((p) => p.kind === 'byline')
  if (byline) {
    const names = text
      .slice(byline.start, byline.end)
      .replace(BYLINE_PREFIX, '')
      .split(/\s[|–—-]\s/)[0]
      .split(NAME_SEPARATOR)
      .filter((name) => /^\p{Lu}/u.test(name) && name.includes(' '))
    structure.byline = { start: byline.start, end: byline.end, names }
  }
  const body = paragraphs.find((p) => p.kind === 'body')
  const dateline = body && findDateline(text, body.start, body.end)
  if (dateline) structure.dateline = dateline
  return structure
}

/** The structure stage. */
export const findStructureStage: Stage<'structure'> = {
  layer: 'structure',
  requires: ['paragraphs'],
  run: (doc) => findStructure(doc),
}
