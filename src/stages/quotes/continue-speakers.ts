import type { Entity, Quote } from '../../doc/types.js'

/** How far back, in sentences, the last speaker still holds the floor for a "he said" or "she said". */
const FLOOR_SENTENCES = 2

/**
 * A quote whose source is "he" or "she" continues the speaker of the quote just before it when that speaker is a
 * person of a compatible gender and spoke at most two sentences earlier (news style: "“…,” Fowler said. … “…,” he
 * said."), whatever name the pronoun's nearest antecedent is. Quotes are in text order; changes them in place.
 */
export function continueSpeakers(text: string, quotes: Quote[], entities: readonly Entity[]): void {
  const byId = new Map(entities.map((e) => [e.id, e]))
  let previous: Quote | undefined
  for (const q of quotes) {
    const pronoun = q.source && text.slice(q.source.start, q.source.end).toLowerCase()
    const speaker = previous?.speakerId ? byId.get(previous.speakerId) : undefined
    if (
      previous &&
      speaker?.label === 'PERSON' &&
      (pronoun === 'he' || pronoun === 'she') &&
      q.sentence - previous.sentence <= FLOOR_SENTENCES &&
      (!speaker.gender || speaker.gender === (pronoun === 'he' ? 'm' : 'f'))
    )
      q.speakerId = speaker.id
    if (q.speakerId) previous = q
  }
}
