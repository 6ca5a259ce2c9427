/**
 * Verbs after a place name that make it a metonym for its government or people: "Moscow said", "Washington
 * warned". The place keeps its coordinates; the entities stage makes it an actor too.
 */
export const METONYM_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'announced',
  'warned',
  'accused',
  'denied',
  'rejected',
  'demanded',
  'urged',
  'threatened',
  'insisted',
  'responded',
  'replied',
  'claimed',
  'condemned',
  'welcomed',
  'agreed',
  'refused',
  'vowed',
  'wants',
  'wanted',
])
