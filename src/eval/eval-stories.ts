import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../errors.js'
import { topTerms } from '../corpus/dedupe/fingerprint.js'
import { aliasKey } from '../corpus/store/corpus-store.js'
import { clusterStories, STORY_THRESHOLD, type StorySignature } from '../corpus/stories/similarity.js'
import { analyze } from '../pipeline/analyze.js'
import { b3Sums, type Clustering } from './coref-metrics.js'
import { fromPR, type BinaryScores } from './score-spans.js'
import { readEcbTopics } from './ecbplus.js'

/** Pairwise precision, recall and F1: pairs of items put together by the system and by the gold. */
export function pairwise(gold: Clustering, system: Clustering): BinaryScores {
  let both = 0
  let inGold = 0
  let inSystem = 0
  for (let i = 0; i < gold.length; i++) {
    for (let j = i + 1; j < gold.length; j++) {
      const g = gold[i] === gold[j]
      const s = system[i] === system[j]
      if (g) inGold++
      if (s) inSystem++
      if (g && s) both++
    }
  }
  return fromPR(inSystem ? both / inSystem : 0, inGold ? both / inGold : 0)
}

/** The signature the corpus compares for one article text. */
export function storySignature(text: string, published?: string): StorySignature {
  const analysis = analyze(text, published ? { published } : {})
  const actors = [...analysis.entities].sort((a, b) => b.salience - a.salience).map((e) => aliasKey(e.type, e.name))
  return { terms: topTerms(text), actors, ...(published && { date: published.slice(0, 10) }) }
}

/**
 * Clusters the ECB+ documents under DIR/ECB+ into stories with the corpus's story clustering and scores them
 * against the gold: each topic's ECB documents (`N_Mecb.xml`) are one story, its ECB+ documents another.
 */
export function evalStories(
  dir: string,
  threshold = STORY_THRESHOLD,
): { b3: BinaryScores; pairwise: BinaryScores; documents: number; stories: number } {
  const root = join(dir, 'ECB+')
  if (!existsSync(root))
    throw new AppError('not_found', `cannot read "${root}": expected DIR/ECB+ with one folder per topic`)
  const topics = readdirSync(root)
    .filter((t) => /^\d+$/.test(t))
    .sort((a, b) => Number(a) - Number(b))
  const docs = readEcbTopics(dir, topics)
  const goldIds = new Map<string, number>()
  const gold = docs.map((d) => {
    const key = `${d.topic}-${/ecbplus\.xml$/.test(d.name) ? 'plus' : 'ecb'}`
    if (!goldIds.has(key)) goldIds.set(key, goldIds.size)
    return goldIds.get(key)!
  })
  const system = clusterStories(
    docs.map((d) => storySignature(d.text)),
    threshold,
  )
  const b = b3Sums(gold, system)
  return {
    b3: fromPR(b.precision / b.items, b.recall / b.items),
    pairwise: pairwise(gold, system),
    documents: docs.length,
    stories: goldIds.size,
  }
}
