import { createHash } from 'node:crypto'
import { detectLanguage } from '../stages/text/detect-language.js'
import { normalize } from '../stages/text/normalize.js'
import { ConfigError, messages as texts } from '../errors.js'
import type { ArticleMeta, Doc, Message } from '../doc/types.js'

/** Longest text analysed, in UTF-16 code units: far above any article (a long feature is ~60,000). */
export const DEFAULT_MAX_LENGTH = 5_000_000

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** True when `value` is an ISO 8601 date or timestamp that names a real day. */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(new Date(value).getTime())
}

/**
 * Makes an empty `Doc` from raw article text: normalises it, cuts it at `maxLength` (reported), gives it a
 * stable id (a hash of the normalised text unless `meta.id` is set) and detects its language. Content problems become messages, never exceptions.
 * @throws ConfigError when `raw` is not a string (a programming error, not bad content).
 */
export function createDoc(raw: string, meta: ArticleMeta = {}, maxLength = DEFAULT_MAX_LENGTH): Doc {
  if (typeof raw !== 'string') throw new ConfigError(texts.notText(raw === null ? 'null' : typeof raw))
  let text = normalize(raw)
  const found: Message[] = []
  if (text.length > maxLength) {
    // Cut at the last paragraph break before the limit, never inside a surrogate pair.
    let cut = text.lastIndexOf('\n', maxLength)
    if (cut < maxLength / 2) cut = /[\uDC00-\uDFFF]/.test(text[maxLength]) ? maxLength - 1 : maxLength
    found.push({
      ruleId: 'doc/truncated',
      severity: 'warning',
      reason: `the text has ${text.length} characters, over the limit of ${maxLength}: only the first ${cut} were analysed`,
    })
    text = text.slice(0, cut).trimEnd()
  }
  const cleanMeta = { ...meta }
  if (meta.published !== undefined && !isIsoDate(meta.published)) {
    found.push({ ruleId: 'doc/bad-published', severity: 'warning', reason: texts.badDate(meta.published) })
    delete cleanMeta.published
  }
  const language = meta.language ?? detectLanguage(text)
  if (text.length === 0) found.push({ ruleId: 'doc/empty', severity: 'info', reason: 'the article has no text' })
  else if (language !== 'en' && language !== 'und') {
    found.push({
      ruleId: 'doc/not-english',
      severity: 'warning',
      reason: `the article looks like "${language}", not English: the models are trained on English news, so names, quotes and events may be missed`,
    })
  }
  if (looksGarbled(text))
    found.push({
      ruleId: 'doc/garbled',
      severity: 'warning',
      reason: 'the text has many replacement characters: it may be binary data or in the wrong encoding',
    })
  const id = meta.id ?? createHash('sha256').update(text).digest('hex').slice(0, 16)
  return {
    id,
    text,
    meta: cleanMeta,
    language,
    paragraphs: [],
    structure: {},
    tokens: [],
    quotations: [],
    sentences: [],
    mentions: [],
    entities: [],
    quotes: [],
    times: [],
    amounts: [],
    places: [],
    events: [],
    claims: [],
    checkworthiness: { sentences: [], quotes: [] },
    syntax: [],
    messages: found,
  }
}

function looksGarbled(text: string): boolean {
  const sample = text.slice(0, 10_000)
  const bad = (sample.match(/\uFFFD/g) ?? []).length
  return bad > 10 && bad / sample.length > 0.01
}
