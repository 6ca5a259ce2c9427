import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../errors.js'

/** A sentence with its quad class: 0 = no event, 1–4 = verbal/material cooperation/conflict. */
export interface QuadSentence {
  text: string
  quad: 0 | 1 | 2 | 3 | 4
}

/** Actor roles of the span data: source, target, reciprocal. */
export type ActorRole = 'S' | 'T' | 'R'

/** A tokenised sentence with its actor spans (token indexes, end exclusive). */
export interface RoleSentence {
  words: string[]
  spans: { start: number; end: number; role: ActorRole }[]
}

/** Reads `DIR/cameo_class/NAME.tsv` (`sentence<TAB>label`). @throws AppError on a malformed line. */
export function readQuadSentences(dir: string, split: string): QuadSentence[] {
  const path = join(dir, 'cameo_class', `${split}.tsv`)
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, n) => {
      const tab = line.lastIndexOf('\t')
      const quad = Number(line.slice(tab + 1))
      if (tab < 0 || !Number.isInteger(quad) || quad < 0 || quad > 4)
        throw new AppError('invalid_input', `${path}:${n + 1}: expected "sentence<TAB>0…4"`)
      return { text: line.slice(0, tab), quad: quad as QuadSentence['quad'] }
    })
}

/** Reads `DIR/cameo_ner/NAME.txt` (one `token TAG` per line, B-/I- S, T, R; blank lines between sentences). */
export function readRoleSentences(dir: string, split: string): RoleSentence[] {
  const path = join(dir, 'cameo_ner', `${split}.txt`)
  const sentences: RoleSentence[] = []
  let words: string[] = []
  let tags: string[] = []
  const flush = () => {
    if (words.length) sentences.push({ words, spans: spansOf(tags) })
    words = []
    tags = []
  }
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const trimmed = line.trim()
    if (!trimmed) {
      flush()
      continue
    }
    const space = trimmed.lastIndexOf(' ')
    words.push(space < 0 ? trimmed : trimmed.slice(0, space))
    tags.push(space < 0 ? 'O' : trimmed.slice(space + 1))
  }
  flush()
  return sentences
}

function spansOf(tags: string[]): RoleSentence['spans'] {
  const spans: RoleSentence['spans'] = []
  tags.forEach((tag, i) => {
    const role = tag.slice(2) as ActorRole
    if (tag.startsWith('B-') || (tag.startsWith('I-') && (i === 0 || tags[i - 1].slice(2) !== role)))
      spans.push({ start: i, end: i + 1, role })
    else if (tag.startsWith('I-')) spans[spans.length - 1].end = i + 1
  })
  return spans
}
