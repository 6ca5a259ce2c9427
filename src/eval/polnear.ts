import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** One gold attribution relation: content, source and cue, each possibly in several pieces (raw offsets). */
export interface GoldAttribution {
  /** The relation's id in its .ann file ("E5"). */
  id?: string
  content: [number, number][]
  source: [number, number][]
  cue: [number, number][]
}

/** One PolNeAR article with the attributions of its first annotator. */
export interface PolnearArticle {
  name: string
  text: string
  annotator: string
  attributions: GoldAttribution[]
}

function ranges(spec: string): [number, number][] {
  return spec.split(';').map((r) => r.trim().split(' ').map(Number) as [number, number])
}

/** Parses a brat .ann file of PolNeAR: T lines (Source, Cue, Content, Content2, Attribution) joined by E lines. */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, [number, number][]>()
  const relations: GoldAttribution[] = []
  for (const line of ann.split('\n')) {
    const [id, spec] = line.split('\t')
    if (id?.startsWith('T') && spec) {
      const space = spec.indexOf(' ')
      spans.set(id, ranges(spec.slice(space + 1)))
    } else if (id?.startsWith('E') && spec) {
      const roles = Object.fromEntries(spec.split(' ').map((part) => part.split(':')))
      // A content split by its attribution has its second piece as Content2 ("…," he said. "…").
      const content = [...(spans.get(roles.Content) ?? []), ...(spans.get(roles.Content2) ?? [])].sort(
        (a, b) => a[0] - b[0],
      )
      relations.push({ id, content, source: spans.get(roles.Source) ?? [], cue: spans.get(roles.Cue) ?? [] })
    }
  }
  return relations.filter((r) => r.content.length > 0)
}

/** One PolNeAR article with the attributions of every annotator who read it, in file-name order. */
export interface AnnotatedArticle {
  name: string
  text: string
  annotations: { annotator: string; attributions: GoldAttribution[] }[]
}

/** Reads every annotator's version of every article of a PolNeAR split folder (text/ and attributions/). */
export function readPolnearAnnotations(dir: string): AnnotatedArticle[] {
  const files = new Map<string, string[]>()
  for (const file of readdirSync(join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort()) {
    const article = file.replace(/_[^_]+\.ann$/, '')
    files.set(article, [...(files.get(article) ?? []), file])
  }
  return [...files].map(([name, anns]) => ({
    name,
    text: readFileSync(join(dir, 'text', `${name}.txt`), 'utf8'),
    annotations: anns.map((file) => ({
      annotator: file.slice(name.length + 1, -4),
      attributions: parseAnn(readFileSync(join(dir, 'attributions', file), 'utf8')),
    })),
  }))
}

/** Reads a PolNeAR split folder (text/ and attributions/), scoring against the first annotator of each article. */
export function readPolnear(dir: string): PolnearArticle[] {
  return readPolnearAnnotations(dir).map(({ name, text, annotations: [first] }) => ({ name, text, ...first }))
}
