import type { SenseContext, Sense } from './sense.js'
import { AID_PEOPLE, LEVELS_OF_SUPPORT, MET_THINGS } from '../lexicon.js'

/**
 * Senses of diplomacy and help: meetings, visits, hosting, agreements signed or reached, ties restored, support and aid (not "aid workers", not "record low support").
 * Null when the word is none of this family's; undefined when it is, but codes nothing here.
 */
export function diplomacySense(w: string, i: number, ctx: SenseContext): Sense | undefined | null {
  const { lower, named, facts } = ctx
  if (w === 'defend' || w === 'defends' || w === 'defended' || w === 'defending') {
    // "defended the town against" is a battle, "defended the decision" support.
    for (let k = i + 1; k <= i + 6; k++)
      if (lower(k) === 'against' || lower(k) === 'itself' || lower(k) === 'themselves') return undefined
    return { type: 'SUPPORT' }
  }
  if (w === 'meet' || w === 'meets' || w === 'met' || w === 'meeting') {
    // "meet the emissions target", "meeting regulatory standards": no one met.
    for (let k = i + 1; k <= i + 4 && !named[k]; k++) if (MET_THINGS.has(lower(k))) return undefined
    return { type: 'CONSULT' }
  }
  if (w === 'host' || w === 'hosts') {
    // "will host the summit" hosts; "the RT host", "talk show hosts" are people.
    return /^(will|to|would|could|can|may|might|he|she|it|they|we|i|and|also|which|who)$/.test(lower(i - 1)) ||
      /^(the|a|an|talks|leaders|delegates)$/.test(lower(i + 1))
      ? { type: 'CONSULT', mode: 'visit' }
      : undefined
  }
  if (w === 'support' && LEVELS_OF_SUPPORT.has(lower(i - 1))) return undefined // "record low support from black voters": a poll
  if (/^back(s|ed|ing)?$/.test(w) && (lower(i + 1) === 'out' || lower(i + 1) === 'down')) return undefined // "backed out": a retreat from a promise, no support
  if (w === 'agree' || w === 'agrees' || w === 'agreed' || w === 'agreeing') {
    // "agreed with Russia on a ceasefire" is an agreement; "agree with the recommendation" an opinion.
    if (lower(i + 1) === 'with') {
      const k = lower(i + 2) === 'the' ? i + 3 : i + 2
      return named[k] || facts[k]?.group ? { type: 'AGREE' } : undefined
    }
    return { type: 'AGREE' }
  }
  if (/^(signed|signs|sign|signing|reached|reach|reaches|reaching|sealed)$/.test(w)) {
    for (let k = i + 1; k <= i + 4; k++)
      if (
        /^(deal|deals|agreement|agreements|accord|accords|treaty|treaties|pact|ceasefire|truce|protocol|memorandum|contract|contracts)$/.test(
          lower(k),
        )
      )
        return { type: 'AGREE' }
    if (w !== 'sealed') return undefined // "sealed off the square" is read below
  }
  if (w === 'aid') return AID_PEOPLE.has(lower(i + 1)) ? undefined : { type: 'AID' } // "aid workers" are people
  if (
    /^(restore|restores|restored|restoring|renew|renews|renewed|resume|resumes|resumed|establish|establishes|established|normalize|normalized|normalise|normalised|upgrade|upgraded|upgrades|upgrading)$/.test(
      w,
    )
  ) {
    // Diplomatic cooperation (CAMEO 05) is SUPPORT.
    for (let k = i + 1; k <= i + 4; k++) if (/^(ties|relations)$/.test(lower(k))) return { type: 'SUPPORT', object: k }
    return undefined
  }
  if ((w === 'arrived' || w === 'arrives' || w === 'arriving') && lower(i + 1) === 'in')
    return { type: 'CONSULT', mode: 'visit' }
  if (w === 'call' && (lower(i - 1) === 'phone' || lower(i - 1) === 'telephone'))
    return { type: 'CONSULT', mode: 'phone' }
  if (w === 'support' && /^(military|financial|humanitarian|economic|budget|budgetary)$/.test(lower(i - 1)))
    return { type: 'AID' }
  // "travel restrictions", "travel ban": no journey.
  if (
    w === 'travel' &&
    /^(ban|bans|restriction|restrictions|advisory|advisories|documents|agency|industry|curbs|warning)$/.test(
      lower(i + 1),
    )
  )
    return undefined
  return null
}
