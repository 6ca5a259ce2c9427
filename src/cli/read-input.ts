import { readFile } from 'node:fs/promises'
import { decodeBytes } from '../corpus/ingest/decode-bytes.js'
import { AppError, messages as texts } from '../errors.js'

/** Default limit on one input file: far above any real article, low enough to fail fast on a wrong file. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024

/** Reads a file (or standard input for "-") as article text, decoding its charset. */
export async function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  const bytes = path === '-' ? await readStdin(maxBytes) : await readPath(path)
  if (bytes.length > maxBytes) throw new AppError('invalid_input', texts.tooLarge(path, bytes.length, maxBytes))
  return decodeBytes(bytes, path === '-' ? 'standard input' : path).text
}

async function readPath(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new AppError('not_found', texts.fileNotFound(path), { cause: error })
    const reason =
      code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String((error as Error).message)
    throw new AppError('invalid_input', texts.fileUnreadable(path, reason), { cause: error })
  }
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer)
    size += (chunk as Buffer).length
    if (size > maxBytes) break
  }
  return Buffer.concat(chunks)
}
