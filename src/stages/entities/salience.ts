import type { Entity } from '../../doc/types.js'

const WEIGHT = { name: 1, title: 0.5, nominal: 0.8, pronoun: 0.6, demonym: 0.4 } as const

/**
 * Scores how central each entity is, 0–1 (the most salient entity scores 1): mentions weighted by kind, a bonus
 * for a mention in the title line, and for appearing early.
 */
export function scoreSalience(entities: Entity[], textLength: number, titleEnd: number): void {
  let max = 0
  for (const e of entities) {
    let score = 0
    for (const m of e.mentions) score += WEIGHT[m.kind] + (m.start < titleEnd ? 1.5 : 0)
    const first = e.mentions[0]?.start ?? textLength
    score += 1 - first / Math.max(1, textLength)
    e.salience = score
    max = Math.max(max, score)
  }
  for (const e of entities) e.salience = max > 0 ? Math.round((e.salience / max) * 1000) / 1000 : 0
}
