import type { Place, Span } from '../../doc/types.js'
import { focusPlace } from '../../doc/focus-place.js'

// "in Kyiv", "at the Rafah crossing", "near Bakhmut", "outside the embassy in Paris", "near the village of Kalbajar".
const PLACE_BEFORE =
  /\b(?:in|at|near|outside|inside|across|around|into|throughout)\s+(?:the\s+)?(?:(?:village|town|city|region|province|district|county|port|capital)\s+of\s+)?$/i
/** Farthest a clause's place may be from its trigger, in words. */
const MAX_WORDS = 20

/** Where an event happened: a place id and the rule that chose it. */
export interface EventLocation {
  location: string
  locationRule: 'events/location-clause' | 'events/location-dateline' | 'events/location-focus'
}

/**
 * The place of an event: the nearest place after "in", "at" or "near" in the trigger's clause (no semicolon
 * between, within twenty words), else the dateline's place, else the article's focus place. A demonym is
 * never an event's place ("Russian forces attacked"). Undefined when the article names no place. Pass `focus`
 * (`focusPlace(places)`) when locating many events of one article.
 */
export function locateEvent(
  text: string,
  places: readonly Place[],
  sentence: Span,
  trigger: Span,
  focus: Place | undefined = focusPlace(places),
): EventLocation | undefined {
  const clause = clausePlace(text, places, sentence, trigger)
  if (clause) return { location: clause.id, locationRule: 'events/location-clause' }
  if (!focus) return undefined
  return {
    location: focus.id,
    locationRule: focus.rule === 'places/dateline' ? 'events/location-dateline' : 'events/location-focus',
  }
}

/** The nearest place introduced by a place preposition in the trigger's clause. */
export function clausePlace(text: string, places: readonly Place[], sentence: Span, trigger: Span): Place | undefined {
  let best: Place | undefined
  let bestWords = MAX_WORDS + 1
  for (const p of places) {
    if (p.end <= sentence.start) continue
    if (p.start >= sentence.end) break
    if (p.rule === 'places/demonym') continue
    if (!PLACE_BEFORE.test(text.slice(Math.max(sentence.start, p.start - 40), p.start))) continue
    const between = p.start > trigger.end ? text.slice(trigger.end, p.start) : text.slice(p.end, trigger.start)
    if (between.includes(';')) continue
    const words = between.split(/\s+/).filter(Boolean).length
    if (words < bestWords) {
      best = p
      bestWords = words
    }
  }
  return best
}
