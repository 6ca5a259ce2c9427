import { tokenTexts } from '../../doc/vocab.js'
import { firstEndingAfter } from '../../doc/span.js'
import type { Entity, Token } from '../../doc/types.js'
import { isUpper } from '../text/char-class.js'
import { PARTICLES, nameKey, surnameOf } from './group-mentions.js'

/**
 * Completes the names the tagger left out or cut short, once people are known:
 * - a surname particle before a name joins it ("Von der Leyen said" tagged only "Leyen");
 * - a capitalised word that is the surname of exactly one person in the article, spelled any way
 *   ("Zelensky" at the start of a sentence, after "Volodymyr Zelenskyy"), becomes a name mention of that person.
 */
export function propagateNames(text: string, tokens: readonly Token[], entities: Entity[]): void {
  const covered = new Uint8Array(tokens.length)
  const cover = (start: number, end: number) => {
    for (let t = firstEndingAfter(tokens, start); t < tokens.length && tokens[t].start < end; t++) covered[t] = 1
  }
  for (const entity of entities) for (const m of entity.mentions) cover(m.start, m.end)
  const texts = tokenTexts(text, tokens)
  const word = (t: number) => texts[t]
  for (const entity of entities) {
    if (entity.label !== 'PERSON') continue
    for (const m of entity.mentions) {
      if (m.kind !== 'name') continue
      let t = firstEndingAfter(tokens, m.start) - 1
      while (
        t >= 0 &&
        !covered[t] &&
        PARTICLES.has(word(t).toLowerCase()) &&
        text.slice(tokens[t].end, m.start).trim() === ''
      ) {
        m.start = tokens[t].start
        covered[t] = 1
        t--
      }
    }
  }
  const bySurname = new Map<string, Entity | null>()
  for (const entity of entities) {
    if (entity.label !== 'PERSON' || !/\s/.test(entity.name)) continue
    const key = nameKey(surnameOf(entity.name))
    if (key.length < 3) continue
    bySurname.set(key, bySurname.has(key) && bySurname.get(key) !== entity ? null : entity)
  }
  for (let t = 0; t < tokens.length; t++) {
    if (covered[t] || !isUpper(text.charCodeAt(tokens[t].start)) || tokens[t].end - tokens[t].start < 3) continue
    const entity = bySurname.get(nameKey(word(t)))
    if (!entity) continue
    entity.mentions.push({ start: tokens[t].start, end: tokens[t].end, kind: 'name' })
    covered[t] = 1
  }
  for (const entity of entities) entity.mentions.sort((a, b) => a.start - b.start)
}
