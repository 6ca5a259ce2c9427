import { createHash, timingSafeEqual } from 'node:crypto'

const digest = (text: string) => createHash('sha256').update(text).digest()

/**
 * Whether an Authorization header carries the API token as `Bearer TOKEN`, compared in constant time: both sides
 * are hashed first, so neither the token's characters nor its length leak through the time a refusal takes.
 */
export function tokenMatches(authorization: string | undefined, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? ''
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0
}
