import { gunzipSync, gzipSync } from 'node:zlib'
import { ConfigError } from '../errors.js'
import { CompiledChain, RowTable, type ChainScores } from './linear-chain.js'
import { sharedTable } from './shared-tables.js'

const MAGIC = 'NGM2'
const TYPES = { Int8Array, Uint8Array, Int16Array, Int32Array, Uint32Array, Float32Array, Float64Array }
type TypeName = keyof typeof TYPES

/** A typed array a model file can hold. */
export type Typed = Int8Array | Uint8Array | Int16Array | Int32Array | Uint32Array | Float32Array | Float64Array

/** What a model file says about itself besides its arrays. */
export interface ModelHeader {
  /** What the model does, e.g. "ner". */
  kind: string
  labels: string[]
  buckets: number
  /** Free-form facts: feature version, training data, scores, scales. */
  info: Record<string, unknown>
}

/** A model file: a header and named typed arrays. */
export interface Bundle {
  header: ModelHeader
  arrays: Record<string, Typed>
}

const align8 = (n: number) => (n + 7) & ~7

/**
 * Serialises a bundle: magic, the header JSON (with each array's name, type and length), then each array's
 * bytes on an 8-byte boundary; gzipped unless `gzip` is false (a large model then loads without the seconds'
 * fraction of unpacking, at twice the size on disk). Loading needs no per-element work: arrays are views on the
 * bytes.
 */
export function encodeBundle(bundle: Bundle, { gzip = true }: { gzip?: boolean } = {}): Buffer {
  const layout = Object.entries(bundle.arrays).map(([name, array]) => ({
    name,
    type: array.constructor.name as TypeName,
    length: array.length,
  }))
  const json = Buffer.from(JSON.stringify({ header: bundle.header, layout }))
  const head = Buffer.alloc(align8(8 + json.length))
  head.write(MAGIC, 0)
  head.writeUInt32LE(json.length, 4)
  json.copy(head, 8)
  const parts: Buffer[] = [head]
  for (const array of Object.values(bundle.arrays)) {
    const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength)
    parts.push(bytes, Buffer.alloc(align8(bytes.length) - bytes.length))
  }
  const body = Buffer.concat(parts)
  return gzip ? gzipSync(body, { level: 9 }) : body
}

/**
 * Reads a bundle written by `encodeBundle`. Its bytes are one table shared between threads (see shared-tables),
 * named by `name`, the file's path. @throws ConfigError when the bytes are not a model file.
 */
export function decodeBundle(file: Buffer, name = 'model'): Bundle {
  const body = sharedTable(`${name}#bytes`, () => (isGzip(file) ? inflate(file, name) : aligned(file)))
  // A shared buffer in a thread of a pool: Buffer reads it in place all the same.
  const bytes = Buffer.from(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength)
  if (bytes.subarray(0, 4).toString() !== MAGIC)
    throw new ConfigError(`${name} is not a newsgraph model file (bad magic)`)
  const jsonLength = bytes.readUInt32LE(4)
  const { header, layout } = JSON.parse(bytes.subarray(8, 8 + jsonLength).toString()) as {
    header: ModelHeader
    layout: { name: string; type: TypeName; length: number }[]
  }
  let at = align8(8 + jsonLength)
  const arrays: Record<string, Typed> = {}
  for (const { name: key, type, length } of layout) {
    const Type = TYPES[type]
    if (!Type || at + length * Type.BYTES_PER_ELEMENT > body.byteLength)
      throw new ConfigError(`${name} is not a whole newsgraph model file (array ${key} is cut short)`)
    arrays[key] = new Type(body.buffer as ArrayBuffer, body.byteOffset + at, length)
    at += align8(length * Type.BYTES_PER_ELEMENT)
  }
  return { header, arrays }
}

function isGzip(file: Buffer): boolean {
  return file.length >= 2 && file[0] === 0x1f && file[1] === 0x8b
}

/** The bytes of an uncompressed file, where every typed array view on them is aligned (copied if need be). */
function aligned(file: Buffer): Uint8Array {
  if (file.byteOffset % 8 === 0) return new Uint8Array(file.buffer, file.byteOffset, file.byteLength)
  const body = new Uint8Array(file.length)
  body.set(file)
  return body
}

/** The gunzipped bytes in a fresh buffer of their own, so that every typed array view on them is aligned. */
function inflate(gz: Buffer, name: string): Uint8Array {
  let bytes: Buffer
  try {
    bytes = gunzipSync(gz)
  } catch (error) {
    throw new ConfigError(`${name} is not a newsgraph model file (not gzip): ${(error as Error).message}`)
  }
  const body = new Uint8Array(bytes.length)
  body.set(bytes)
  return body
}

/** The arrays of a chain's decoding scores under a prefix. */
export function scoreArrays(prefix: string, scores: ChainScores): Record<string, Float64Array> {
  return {
    [`${prefix}transitions`]: scores.transitions,
    [`${prefix}start`]: scores.start,
    [`${prefix}end`]: scores.end,
  }
}

/** Reads back the decoding scores stored by `scoreArrays`. */
export function readScores(prefix: string, arrays: Record<string, Typed>): ChainScores {
  return {
    transitions: arrays[`${prefix}transitions`] as Float64Array,
    start: arrays[`${prefix}start`] as Float64Array,
    end: arrays[`${prefix}end`] as Float64Array,
  }
}

/** A compiled chain with its header, as stored in `models/`. */
export interface ModelFile {
  header: ModelHeader
  chain: CompiledChain
}

/** Serialises one compiled chain: its row buckets, 16-bit rows and decoding scores (-Infinity where forbidden). */
export function encodeModel({ header, chain }: ModelFile): Buffer {
  const buckets = chain.table.buckets(chain.rows.length / chain.labels)
  return encodeBundle({
    header: { ...header, info: { ...header.info, scale: chain.scale } },
    arrays: { buckets, rows: chain.rows, ...scoreArrays('', chain.scores) },
  })
}

/** Reads a chain written by `encodeModel`. */
export function decodeModel(gz: Buffer, name = 'model'): ModelFile {
  const { header, arrays } = decodeBundle(gz, name)
  const { scale, ...info } = header.info
  const slots = sharedTable(`${name}#slots`, () => RowTable.of(arrays.buckets as Int32Array).slots)
  const chain = new CompiledChain(
    header.labels.length,
    new RowTable(slots),
    arrays.rows as Int16Array,
    scale as number,
    readScores('', arrays),
  )
  return { header: { ...header, info }, chain }
}
