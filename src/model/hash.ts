/**
 * Integer hashing for feature templates: a string is hashed once (FNV-1a), then combined with a template id
 * and other hashes by integer mixing, so that no feature string is ever built in the hot loop.
 */

/** FNV-1a over UTF-16 code units (from `from` to `to`, by default the end), as an unsigned 32-bit integer. */
export function hashString(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5
  const end = Math.min(to, s.length)
  for (let i = Math.max(0, from); i < end; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Combines two 32-bit hashes (murmur3's finaliser over a boost-style combine). */
export function mix(a: number, b: number): number {
  let h = (a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2))) >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
