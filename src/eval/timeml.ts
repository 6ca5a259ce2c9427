import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** A gold TIMEX3 in the text with its tags removed. */
export interface GoldTimex {
  start: number
  end: number
  type: string
  value: string
}

/** One TimeML document: its text (tags removed, entities decoded), creation time and gold timexes. */
export interface TimemlDocument {
  name: string
  text: string
  dct: string
  timexes: GoldTimex[]
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
}

/** Parses a TimeML file: the <TEXT> element's content, with TIMEX3 offsets in the tag-free text. */
export function parseTimeml(xml: string, name: string): TimemlDocument {
  const dct =
    /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"|<TIMEX3[^>]*value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"/.exec(
      xml,
    )
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? ''
  let text = ''
  const timexes: GoldTimex[] = []
  let open: { start: number; type: string; value: string } | undefined
  for (const part of body.split(/(<[^>]+>)/)) {
    if (part.startsWith('<')) {
      if (part.startsWith('<TIMEX3'))
        open = {
          start: text.length,
          type: /type="([^"]+)"/.exec(part)?.[1] ?? '',
          value: /value="([^"]*)"/.exec(part)?.[1] ?? '',
        }
      else if (part.startsWith('</TIMEX3') && open) {
        timexes.push({ ...open, end: text.length })
        open = undefined
      }
      continue
    }
    text += part.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e])
  }
  return { name, text, dct: (dct?.[1] ?? dct?.[2] ?? '').slice(0, 10), timexes }
}

/** Reads every .tml file under `dir`, recursively, sorted by path. */
export function readTimeml(dir: string): TimemlDocument[] {
  const files: string[] = []
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const path = join(d, entry)
      if (statSync(path).isDirectory()) walk(path)
      else if (entry.endsWith('.tml')) files.push(path)
    }
  }
  walk(dir)
  return files.map((f) => parseTimeml(readFileSync(f, 'utf8'), f))
}
