import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** A gold mention of a human participant, as a character span of the rebuilt text. */
export interface GoldMention {
  start: number
  end: number
  /** Gold chain id: mentions with the same chain corefer. */
  chain: string
  sentence: number
}

/** One ECB+ document: its text rebuilt from the tokens (a sentence per line), gold participants and actions. */
export interface EcbDocument {
  name: string
  topic: string
  text: string
  mentions: GoldMention[]
  /** Gold action (event) mentions, with their coreference chains. */
  actions: GoldMention[]
}

/** ECB+'s usual development topics. */
export const ECB_DEV_TOPICS = ['2', '5', '12', '18', '21', '23', '34', '35']

const TOKEN = /<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g
const MARKABLE = /<(HUMAN_PART[A-Z_]*) m_id="(\d+)"[^>]*?(?<!\/)>([\s\S]*?)<\/\1>/g
const ACTION = /<(ACTION_[A-Z_]*) m_id="(\d+)"[^>]*?(?<!\/)>([\s\S]*?)<\/\1>/g
const ANCHOR = /t_id="(\d+)"/g
const RELATION = /<(?:CROSS|INTRA)_DOC_COREF r_id="[^"]*"[^>]*>([\s\S]*?)<\/(?:CROSS|INTRA)_DOC_COREF>/g

function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** Parses one ECB+ CAT XML file; only mentions in `selected` sentences count (the annotated ones), when given. */
export function parseEcbDocument(
  xml: string,
  name: string,
  topic: string,
  selected?: ReadonlySet<number>,
): EcbDocument {
  const offsets = new Map<string, { start: number; end: number; sentence: number }>()
  let text = ''
  let sentence = -1
  for (const [, id, s, raw] of xml.matchAll(TOKEN)) {
    const word = unescapeXml(raw)
    if (Number(s) !== sentence) {
      if (text) text += '\n'
      sentence = Number(s)
    } else text += ' '
    offsets.set(id, { start: text.length, end: text.length + word.length, sentence })
    text += word
  }
  const chainOf = new Map<string, string>()
  for (const [, body] of xml.matchAll(RELATION)) {
    const target = /<target m_id="(\d+)"/.exec(body)?.[1]
    if (!target) continue
    for (const [, source] of body.matchAll(/<source m_id="(\d+)"/g)) chainOf.set(source, `chain-${target}`)
  }
  const markables = (pattern: RegExp) => {
    const found: GoldMention[] = []
    for (const [, , id, body] of xml.matchAll(pattern)) {
      const tokens = [...body.matchAll(ANCHOR)].map(([, t]) => offsets.get(t)).filter((t) => t !== undefined)
      if (tokens.length === 0) continue
      const s = tokens[0].sentence
      if (selected && !selected.has(s)) continue
      found.push({
        start: tokens[0].start,
        end: tokens[tokens.length - 1].end,
        chain: chainOf.get(id) ?? `single-${id}`,
        sentence: s,
      })
    }
    return found.sort((a, b) => a.start - b.start)
  }
  return { name, topic, text, mentions: markables(MARKABLE), actions: markables(ACTION) }
}

/** Reads the documents of `topics` under DIR/ECB+ with the selected-sentence list DIR/ECBplus_coreference_sentences.csv. */
export function readEcbTopics(dir: string, topics: readonly string[]): EcbDocument[] {
  const selected = new Map<string, Set<number>>()
  const csv = join(dir, 'ECBplus_coreference_sentences.csv')
  if (existsSync(csv)) {
    for (const line of readFileSync(csv, 'utf8').split('\n').slice(1)) {
      const [topic, file, s] = line.split(',')
      if (!file) continue
      const key = `${topic}_${file}.xml`
      selected.set(key, (selected.get(key) ?? new Set()).add(Number(s)))
    }
  }
  const docs: EcbDocument[] = []
  for (const topic of topics) {
    const folder = join(dir, 'ECB+', topic)
    if (!existsSync(folder)) continue
    for (const file of readdirSync(folder)
      .filter((f) => f.endsWith('.xml'))
      .sort()) {
      docs.push(parseEcbDocument(readFileSync(join(folder, file), 'utf8'), file, topic, selected.get(file)))
    }
  }
  return docs
}
