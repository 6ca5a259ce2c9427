/**
 * Word lists for mapping our tokens to UD English words. UD EWT splits most hyphenated words ("well" "-"
 * "known") but keeps prefixes joined ("pre-war", "co-workers", "e-mail").
 */
export const JOINED_HYPHEN_PREFIXES: ReadonlySet<string> = new Set([
  'e',
  'pre',
  'post',
  'non',
  'co',
  'mid',
  're',
  'multi',
  'semi',
  'pro',
  'anti',
  'ex',
  'sub',
  'inter',
  'intra',
  'counter',
  'quasi',
  'neo',
  'micro',
  'macro',
  'mini',
  'over',
  'under',
])

/** Words UD writes as two ("cannot" → "can" "not", "gonna" → "gon" "na"): the length of the first. */
export const SPLIT_CONTRACTIONS: ReadonlyMap<string, number> = new Map([
  ['cannot', 3],
  ['gonna', 3],
  ['wanna', 3],
  ['gotta', 3],
])
