import { AppError, messages as texts } from '../../errors.js'

/** The decoded text and what was done to get it. */
export interface Decoded {
  text: string
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'
}

/**
 * Decodes raw bytes of an article into text: UTF-16 with a byte-order mark, else UTF-8 when valid, else
 * Windows-1252 (the commonest wrong charset on the web, a superset of Latin-1 for printable text).
 * @throws AppError('invalid_input') when the bytes look binary (NUL bytes or many control bytes).
 */
export function decodeBytes(bytes: Uint8Array, name: string): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  if (looksBinary(bytes)) throw new AppError('invalid_input', texts.binaryInput(name))
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' }
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192)
  let control = 0
  for (const b of sample) {
    if (b === 0) return true
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++
  }
  return control > sample.length * 0.1
}
