import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRandom } from '../model/random.js'

/** The team's sample articles, shipped with the package. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url))

/** Reads every `.txt` article in `dir`, sorted by name. */
export function readArticles(dir: string): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }))
}

/**
 * Generates `count` articles from the samples: each keeps one sample's title line, then draws 6–30 body
 * paragraphs from all samples, so lengths vary from short items to long features. Deterministic for a seed.
 */
export function generateCorpus(samples: readonly { text: string }[], count: number, seed = 1): string[] {
  const random = createRandom(seed)
  const split = samples.map((s) => s.text.trim().split('\n').filter(Boolean))
  const bodies = split.flatMap((lines) => lines.slice(1))
  const articles: string[] = []
  for (let k = 0; k < count; k++) {
    const lines = split[k % split.length]
    const length = 6 + Math.floor(random() * 25)
    const body = Array.from({ length }, () => bodies[Math.floor(random() * bodies.length)])
    articles.push([lines[0], ...body].join('\n'))
  }
  return articles
}
