import { readFileSync, writeFileSync } from 'node:fs'
import { gunzipSync, gzipSync } from 'node:zlib'
import { ConfigError } from '../errors.js'
import { CompiledChain, RowTable } from './linear-chain.js'

const MAGIC = 'NGM1'

/** What a model file says about itself besides its weights. */
export interface ModelHeader {
  /** What the model does, e.g. "ner". */
  kind: string
  labels: string[]
  buckets: number
  /** Free-form facts: feature version, training data, scores. */
  info: Record<string, unknown>
}

/** A compiled chain with its header, as stored in `models/`. */
export interface ModelFile {
  header: ModelHeader
  chain: CompiledChain
}

function align8(n: number): number {
  return (n + 7) & ~7
}

/**
 * Serialises a model: magic, header JSON, the bucket id of each kept row (int32), the rows (int16, quantised),
 * then transition/start/end scores (float64, -Infinity where forbidden); gzipped.
 */
export function encodeModel(file: ModelFile): Buffer {
  const { header, chain } = file
  const L = chain.labels
  const rowCount = chain.rows.length / L
  const bucketIds = chain.table.buckets(rowCount)
  const json = Buffer.from(JSON.stringify({ ...header, rows: rowCount, scale: chain.scale }))
  const parts = [
    Buffer.from(MAGIC), u32(json.length), json, Buffer.alloc(align8(8 + json.length) - 8 - json.length),
    Buffer.from(bucketIds.buffer), Buffer.from(chain.rows.buffer, chain.rows.byteOffset, chain.rows.byteLength),
  ]
  const used = parts.reduce((n, p) => n + p.length, 0)
  parts.push(Buffer.alloc(align8(used) - used))
  for (const arr of [chain.scores.transitions, chain.scores.start, chain.scores.end]) parts.push(Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength))
  return gzipSync(Buffer.concat(parts), { level: 9 })
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(n)
  return b
}

/** Reads a model written by `encodeModel`. @throws ConfigError when the bytes are not a model file. */
export function decodeModel(gz: Buffer, name = 'model'): ModelFile {
  let bytes: Buffer
  try {
    bytes = gunzipSync(gz)
  } catch (error) {
    throw new ConfigError(`${name} is not a newsgraph model file (not gzip): ${(error as Error).message}`)
  }
  if (bytes.subarray(0, 4).toString() !== MAGIC) throw new ConfigError(`${name} is not a newsgraph model file (bad magic)`)
  const jsonLength = bytes.readUInt32LE(4)
  const header = JSON.parse(bytes.subarray(8, 8 + jsonLength).toString()) as ModelHeader & { rows: number; scale: number }
  const L = header.labels.length
  // Copy into a fresh, aligned buffer so typed arrays can view it.
  const body = new Uint8Array(bytes.length - align8(8 + jsonLength))
  body.set(bytes.subarray(align8(8 + jsonLength)))
  let at = 0
  const bucketIds = new Int32Array(body.buffer, at, header.rows)
  at += header.rows * 4
  const rows = new Int16Array(body.buffer, at, header.rows * L)
  at = align8(at + header.rows * L * 2)
  const f64 = (n: number) => {
    const arr = new Float64Array(body.buffer, at, n)
    at += n * 8
    return arr
  }
  const scores = { transitions: f64(L * L), start: f64(L), end: f64(L) }
  const { rows: _rows, scale, ...rest } = header
  return { header: rest, chain: new CompiledChain(L, new RowTable(bucketIds), rows, scale, scores) }
}

/** Writes a model file. */
export function saveModel(path: string, file: ModelFile): void {
  writeFileSync(path, encodeModel(file))
}

/** Reads a model file from disk. */
export function loadModel(path: string): ModelFile {
  return decodeModel(readFileSync(path), path)
}
