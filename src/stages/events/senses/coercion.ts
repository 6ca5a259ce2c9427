import type { SenseContext, Sense } from './sense.js'

/**
 * Senses of coercion: states of emergency, sieges, martial law, cordons, hacking; "seized on a report" makes use
 * of it and seizes nothing.
 * Null when the word is none of this family's; undefined when it is, but codes nothing here.
 */
export function coercionSense(w: string, i: number, ctx: SenseContext): Sense | undefined | null {
  const { lower } = ctx
  if (w === 'emergency' || w === 'siege')
    return lower(i - 1) === 'of' && lower(i - 2) === 'state'
      ? { type: 'COERCE', mode: 'martial-law' }
      : w === 'siege'
        ? { type: 'COERCE', mode: 'restrict' }
        : undefined
  if (w === 'law') return lower(i - 1) === 'martial' ? { type: 'COERCE', mode: 'martial-law' } : undefined
  if (/^hack(s|ed|ing)?$/.test(w)) {
    // "hacked to death" is a killing; "hacked the servers" a cyberattack; "a political hack" neither.
    if (lower(i + 1) === 'to' && lower(i + 2) === 'death') return { type: 'ASSAULT', mode: 'beat' }
    return w === 'hack' && /^(a|the|political|party)$/.test(lower(i - 1))
      ? undefined
      : { type: 'COERCE', mode: 'cyber' }
  }
  if (/^seiz(e|es|ed|ing)$/.test(w) && (lower(i + 1) === 'on' || lower(i + 1) === 'upon')) return undefined
  if (/^(cordon|cordoned|cordoning|sealed|blocked)$/.test(w) && lower(i + 1) === 'off')
    return { type: 'COERCE', mode: 'restrict' }
  return null
}
