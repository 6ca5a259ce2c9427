import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** A gold event mention of a SemEval-2015 TimeLine: where it is, and the date the annotators gave it. */
export interface TimelineMention {
  /** "docid-sentence-word", as the timeline files write it. */
  id: string
  sentence: number
  /** Offset of the mention's first token in the document's text. */
  start: number
  /** "2008-03-01", "2007-XX-XX", or "XXXX-XX-XX" for an event the annotators left undated. */
  date: string
}

/** One Wikinews document of the TimeLine set: text rebuilt from its tokens, creation time, dated event mentions. */
export interface TimelineDocument {
  name: string
  text: string
  dct: string
  /** Sentence spans of the text (the corpus's own sentences). */
  sentences: { start: number; end: number }[]
  mentions: TimelineMention[]
}

const DECODE: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
}

/**
 * Joins a document's tokens as a writer would ("March 01 , 2008" → "March 01, 2008"; "`` We" → "\"We"), one line
 * per corpus sentence, and returns each token's offset.
 */
function detokenize(tokens: { sentence: number; text: string }[]): { text: string; starts: number[]; ends: number[] } {
  let text = ''
  const starts: number[] = []
  const ends: number[] = []
  let open = false
  tokens.forEach((t, i) => {
    let word = t.text === '``' || t.text === "''" ? '"' : t.text
    if (word === '"') open = t.text === '``' ? true : t.text === "''" ? false : !open
    const prev = tokens[i - 1]
    const newSentence = prev && prev.sentence !== t.sentence
    const glue =
      !prev ||
      /^(?:[,.;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i.test(word) ||
      (word === '"' && !open) ||
      /^[([{$]$/.test(prev.text) ||
      prev.text === '``'
    if (word === '#') word = '£'
    text += newSentence ? '\n' : glue ? '' : ' '
    starts.push(text.length)
    text += word
    ends.push(text.length)
  })
  return { text, starts, ends }
}

/** Parses one CAT document (track B: tokens with sentence numbers; the creation time's TIMEX3). */
function parseCat(xml: string, name: string): Omit<TimelineDocument, 'mentions'> & { tokens: TokenAt[] } {
  const tokens: { sentence: number; text: string }[] = []
  for (const m of xml.matchAll(/<token[^>]*\bsentence="(\d+)"[^>]*>([^<]*)<\/token>/g))
    tokens.push({ sentence: Number(m[1]), text: m[2].replace(/&\w+;/g, (e) => DECODE[e] ?? e) })
  const { text, starts, ends } = detokenize(tokens)
  const sentences: { start: number; end: number }[] = []
  tokens.forEach((t, i) => {
    sentences[t.sentence] ??= { start: starts[i], end: ends[i] }
    sentences[t.sentence].end = ends[i]
  })
  const dct = /functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"/.exec(xml)?.[1] ?? ''
  return {
    name,
    text,
    dct: dct.slice(0, 10),
    sentences: sentences.map((s) => s ?? { start: 0, end: 0 }),
    tokens: tokens.map((t, i) => ({ ...t, start: starts[i] })),
  }
}

interface TokenAt {
  sentence: number
  text: string
  start: number
}

/**
 * Reads the SemEval-2015 Task 4 TimeLine set (Wikinews, CAT XML): every `corpus_N/corpus_trackB_CAT/*.xml` and the
 * dated event mentions of `corpus_N/TimeLines_Gold_Standard/*.txt` (`order date docid-sentence-word …`). A mention
 * is found by its sentence and its first word; one listed by several timelines is read once.
 */
export function readTimeline(dir: string): TimelineDocument[] {
  const docs: TimelineDocument[] = []
  for (const corpus of readdirSync(dir)
    .filter((d) => d.startsWith('corpus_'))
    .sort()) {
    const catDir = join(dir, corpus, 'corpus_trackB_CAT')
    const goldDir = join(dir, corpus, 'TimeLines_Gold_Standard')
    if (!existsSync(catDir) || !existsSync(goldDir)) continue
    const dated = new Map<string, string>()
    for (const file of readdirSync(goldDir).sort())
      for (const line of readFileSync(join(goldDir, file), 'utf8').split('\n')) {
        const [, date, ...ids] = line.trim().split('\t')
        if (!date || !/^(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)$/.test(date)) continue
        for (const id of ids) if (!dated.has(id)) dated.set(id, date)
      }
    for (const file of readdirSync(catDir)
      .filter((f) => f.endsWith('.xml'))
      .sort()) {
      const doc = parseCat(readFileSync(join(catDir, file), 'utf8'), join(corpus, file))
      const docId = file.split('_')[0]
      const mentions: TimelineMention[] = []
      for (const [id, date] of dated) {
        const m = /^(\d+)-(\d+)-(.+)$/.exec(id)
        if (!m || m[1] !== docId) continue
        const sentence = Number(m[2])
        const first = m[3].split('_')[0]
        const token = doc.tokens.find((t) => t.sentence === sentence && t.text === first)
        if (token) mentions.push({ id, sentence, start: token.start, date })
      }
      const { tokens: _tokens, ...rest } = doc
      docs.push({ ...rest, mentions })
    }
  }
  return docs
}
