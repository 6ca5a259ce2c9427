import { readFileSync } from 'node:fs'
import type { Analysis } from '../doc/analysis.js'
import { analyze } from '../pipeline/analyze.js'
import { rawToNormalized } from './align-offsets.js'
import { type Pieces, pairByContent } from './eval-quotes.js'
import type { PolnearArticle } from './polnear.js'
import { type PRF, prf } from './score-spans.js'

/** The real-world speaker of one PolNeAR relation, as readers resolved it (../shared/data/polnear-speakers). */
export interface GoldSpeaker {
  article: string
  rel: string
  speaker: string | string[]
  kind: 'person' | 'organization' | 'group' | 'document' | 'multiple' | 'none'
  aliases: string[]
}

/** The result of `newsgraph eval speakers`. */
export interface SpeakerScore extends PRF {
  /** Content-matched relations with a named gold speaker whose speaker we name right, as a share of them. */
  speakerAccuracyOnMatched: number
  /** Content-matched relations with a named gold speaker where our quote has no entity as speaker. */
  unresolvedOnMatched: number
  matched: number
  /** Our quotes with an entity as speaker (precision's base) and the gold's named relations (recall's base). */
  predicted: number
  gold: number
  articles: number
}

/** Reads the speaker gold: one JSON object per line. */
export function readSpeakerGold(path: string): GoldSpeaker[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldSpeaker)
}

/** Leading words that are no part of a name: "Sen. Tim Kaine" is "Tim Kaine" (the guide's rule 3). */
const TITLES = new Set(
  (
    'mr mrs ms miss dr sen senator rep representative gov governor president vice secretary gen general adm ' +
    'admiral lt col colonel sgt judge justice speaker mayor minister prime chancellor king queen prince pope rev ' +
    'reverend prof professor former attorney chairman chairwoman chair leader sheriff first lady candidate nominee'
  ).split(' '),
)

/** A name compared as the guide says: case, accents, punctuation, possessives and leading titles dropped. */
export function nameKey(name: string): string[] {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
  let first = 0
  while (first < words.length - 1 && TITLES.has(words[first])) first++
  return words.slice(first)
}

/** Whether one of our names and one of the gold's name the same speaker (see the guide's scoring). */
export function sameSpeaker(ours: readonly string[], gold: readonly string[], bothPersons: boolean): boolean {
  const goldKeys = gold.map(nameKey).filter((k) => k.length)
  for (const name of ours) {
    const key = nameKey(name)
    if (!key.length) continue
    for (const g of goldKeys) {
      if (key.join(' ') === g.join(' ')) return true
      // "Trump" or "Donald Trump" for "Donald J. Trump": the surname, and the first name when we give one.
      if (bothPersons && key.at(-1) === g.at(-1) && (key.length === 1 || key[0] === g[0])) return true
    }
  }
  return false
}

const NAMED_KINDS = new Set(['person', 'organization', 'multiple'])

/** The gold's names for a relation's speaker when it is named (a person, an organisation or several), else none. */
function goldNames(gold: GoldSpeaker): string[] | undefined {
  if (!NAMED_KINDS.has(gold.kind)) return undefined
  const names = (Array.isArray(gold.speaker) ? gold.speaker : [gold.speaker]).filter((n) => /^\p{Lu}/u.test(n))
  return names.length ? [...names, ...gold.aliases] : undefined
}

/**
 * Scores who said what by name on PolNeAR with the speaker gold: our quotes are paired with the first annotator's
 * relations by content (as `eval quotes` pairs them); a hit is a quote whose speaker entity names the relation's named
 * speaker. Precision is over our quotes with an entity speaker, recall over the gold's named relations.
 */
export function evalSpeakers(articles: readonly PolnearArticle[], gold: readonly GoldSpeaker[]): SpeakerScore {
  const byRelation = new Map(gold.map((g) => [`${g.article}\t${g.rel}`, g]))
  let hits = 0
  let predicted = 0
  let named = 0
  let matched = 0
  let matchedRight = 0
  let unresolved = 0
  for (const article of articles) {
    const analysis = analyze(article.text)
    const text = analysis.article.text
    const map = rawToNormalized(article.text, text)
    const toText = (list: Pieces): Pieces => list.map(([a, b]) => [map[a], map[b]])
    const relations = article.attributions.map((r) => ({
      content: toText(r.content),
      speaker: r.id ? byRelation.get(`${article.name}\t${r.id}`) : undefined,
    }))
    const quotes = analysis.quotes.map((q) => ({
      content: (q.parts ?? [q.content]).map((p) => [p.start, p.end] as [number, number]),
      speaker: q.speaker,
    }))
    const entityNames = namesOfEntities(analysis)
    predicted += quotes.filter((q) => q.speaker && entityNames.has(q.speaker)).length
    named += relations.filter((r) => r.speaker && goldNames(r.speaker)).length
    for (const [g, s] of pairByContent(text, relations, quotes)) {
      const speaker = relations[g].speaker
      const names = speaker && goldNames(speaker)
      if (!speaker || !names) continue
      matched++
      const entity = quotes[s].speaker ? entityNames.get(quotes[s].speaker as string) : undefined
      if (!entity) {
        unresolved++
        continue
      }
      if (sameSpeaker(entity.names, names, entity.person && speaker.kind === 'person')) {
        hits++
        matchedRight++
      }
    }
  }
  return {
    ...prf({ tp: hits, predicted, gold: named }),
    speakerAccuracyOnMatched: matched ? matchedRight / matched : 0,
    unresolvedOnMatched: unresolved,
    matched,
    predicted,
    gold: named,
    articles: articles.length,
  }
}

function namesOfEntities(analysis: Analysis): Map<string, { names: string[]; person: boolean }> {
  return new Map(
    analysis.entities.map((e) => [e.id, { names: [e.name, ...e.aliases], person: e.type === 'PERSON' }] as const),
  )
}
