import { CLAUSE_BREAKS, OBJECT_SENSES, TRIGGERS, EXERCISE_WORDS, type TriggerSense } from '../lexicon.js'
import type { WordFacts } from '../word-facts.js'
import { coercionSense } from './coercion.js'
import { diplomacySense } from './diplomacy.js'
import { phrasalSense } from './phrasal.js'
import { protestSense } from './protest.js'
import { requestsSense } from './requests.js'
import { retreatSense } from './retreat.js'
import type { Sense } from './sense.js'
import { violenceSense } from './violence.js'

/**
 * The sense of token i: its plain lexicon sense, or, for a word read with its neighbours, the first family rule
 * that knows it — phrasal verbs first ("called off"), then the verb's object ("suspended aid"), then the families.
 */
export function senseOf(
  lower: (i: number) => string,
  i: number,
  named: Uint8Array,
  facts: readonly WordFacts[],
): Sense | undefined {
  if (named[i]) return undefined
  // Most tokens: no trigger, or a plain trigger's sense; null for a word read with its neighbours.
  const plain = facts[i]?.sense
  if (plain !== null) return plain && { ...plain, rule: 'events/lexicon' }
  const w = lower(i)
  const ctx = { lower, named, facts }
  const phrasal = phrasalSense(w, i, ctx)
  if (phrasal !== null) return phrasal && { ...phrasal, rule: 'events/sense-phrasal' }
  const byObject = OBJECT_SENSES.get(w)
  if (byObject) {
    const sense = objectSense(lower, i, named, byObject)
    if (sense || !TRIGGERS.has(w)) return sense && { ...sense, rule: 'events/sense-object' }
  }
  for (const [rule, family] of FAMILIES) {
    const sense = family(w, i, ctx)
    if (sense !== null) return sense && { ...sense, rule }
  }
  const plainSense = TRIGGERS.get(w)
  return plainSense && { ...plainSense, rule: 'events/lexicon' }
}

/** The families after the object senses; "sealed a deal" (diplomacy) is read before "sealed off" (coercion). */
const FAMILIES = [
  ['events/sense-violence', violenceSense],
  ['events/sense-diplomacy', diplomacySense],
  ['events/sense-coercion', coercionSense],
  ['events/sense-protest', protestSense],
  ['events/sense-requests', requestsSense],
  ['events/sense-retreat', retreatSense],
] as const

/**
 * The sense the first object word after token i gives it, scanning to the clause's end (seven words at most) past
 * names: "provided the Lebanese Armed Forces with aircraft" is aid, not troops.
 */
function objectSense(
  lower: (i: number) => string,
  i: number,
  named: Uint8Array,
  rules: readonly { objects: ReadonlySet<string>; sense: TriggerSense }[],
): Sense | undefined {
  for (let k = i + 1; k <= i + 7; k++) {
    const w = lower(k)
    if (w === '' || w === ',' || (CLAUSE_BREAKS.has(w) && w !== 'that')) return undefined
    if (named[k]) continue
    for (const rule of rules) if (rule.objects.has(w)) return { ...rule.sense, object: k }
  }
  return undefined
}

/** The words `senseOf` reads with their neighbours; any other word has its lexicon sense (most tokens: no tests). */
export const NEIGHBOUR_SENSED = new Set([
  ...OBJECT_SENSES.keys(),
  ...EXERCISE_WORDS,
  'fighting',
  'fought',
  'fight',
  'fights',
  'defend',
  'defends',
  'defended',
  'defending',
  'shields',
  'shield',
  'alert',
  'emergency',
  'siege',
  'law',
  'warfare',
  'striking',
  'retaliate',
  'retaliation',
  'war',
  'beaten',
  'beating',
  'declined',
  'declines',
  'decline',
  'declining',
  'free',
  'agree',
  'agrees',
  'agreed',
  'agreeing',
  'release',
  'releases',
  'released',
  'releasing',
  'request',
  'requests',
  'appeal',
  'appeals',
  'appealed',
  'appealing',
  'rally',
  'rallies',
  'riot',
  'demand',
  'demands',
  'backed',
  'backing',
  'demonstrate',
  'demonstrates',
  'demonstrated',
  'demonstrating',
  'meet',
  'meets',
  'met',
  'meeting',
  'host',
  'hosts',
  'march',
  'attacks',
  'attack',
  'strike',
  'strikes',
  'struck',
  'signed',
  'signs',
  'sign',
  'signing',
  'reached',
  'reach',
  'reaches',
  'reaching',
  'sealed',
  'launch',
  'launches',
  'launched',
  'launching',
  'fire',
  'fires',
  'fired',
  'firing',
  'restore',
  'restores',
  'restored',
  'restoring',
  'renew',
  'renews',
  'renewed',
  'resume',
  'resumes',
  'resumed',
  'establish',
  'establishes',
  'established',
  'normalize',
  'normalized',
  'normalise',
  'normalised',
  'upgrade',
  'upgraded',
  'arrived',
  'arrives',
  'arriving',
  'cordon',
  'cordoned',
  'cordoning',
  'blocked',
  'called',
  'calls',
  'call',
  'calling',
  'pull',
  'pulled',
  'pulling',
  'pulls',
  'step',
  'steps',
  'stepped',
  'stepping',
  'support',
  'upgrades',
  'upgrading',
  'travel',
  'handed',
  'hand',
  'hands',
  'drop',
  'drops',
  'dropped',
  'dropping',
  'aid',
  'hack',
  'hacks',
  'hacked',
  'hacking',
  'seize',
  'seizes',
  'seized',
  'seizing',
])

/** Every trigger word → its plain sense, or null when `senseOf` reads its neighbours. */
export const WORD_SENSES: ReadonlyMap<string, TriggerSense | null> = new Map<string, TriggerSense | null>([
  ...TRIGGERS,
  ...[...NEIGHBOUR_SENSED].map((w) => [w, null] as const),
])
