import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The shared data folder beside the repository (`../shared`), or undefined on a user's clone. */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url))

/** Returns a skip reason for node:test when `../shared/<relative>` is absent, else false. */
export function skipWithoutShared(relative: string): string | false {
  return existsSync(SHARED_DIR + relative)
    ? false
    : `../shared/${relative} is absent (a user's clone has no ../shared): skipped`
}
