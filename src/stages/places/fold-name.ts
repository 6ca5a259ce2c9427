/**
 * The key a place name is looked up by: lower case, no diacritics, no full stops, hyphens as spaces, no leading
 * "the", "Saint" as "st", no possessive. "St. Louis", "Saint Louis" and "st louis" share one key.
 * @example foldName('the Côte-d’Ivoire') // 'cote d’ivoire'
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/\./g, '')
    .replace(/[-‐–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/^saint /, 'st ')
    .replace(/^sainte /, 'ste ')
}
