import { type LookupAddress, lookup as dnsLookup } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import { isIP } from 'node:net'
import type { Readable } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { AppError } from '../../errors.js'
import { isPublicAddress } from './public-address.js'

/** Limits and permissions of one guarded fetch. */
export interface GuardedFetchOptions {
  /** Largest body in bytes, after decompression. */
  maxBytes: number
  /** Milliseconds for the whole fetch: every redirect, the headers and the body. */
  timeoutMs: number
  /**
   * Allow loopback, private, link-local and other non-public addresses (a feed server on the LAN, a test).
   * Default: the environment variable NEWSGRAPH_ALLOW_PRIVATE_URLS=1, else false.
   */
  allowPrivate?: boolean
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number
  /** Which resolved addresses may be connected to (default: public ones only, unless allowPrivate). */
  isAllowedAddress?: (address: string) => boolean
}

/** What a guarded fetch returns. */
export interface FetchedBytes {
  body: Uint8Array
  /** The Content-Type header ('' when absent). */
  type: string
  /** The URL the body came from, after redirects. */
  url: string
}

/** A fetch refused because its host resolves to an address outside what is allowed. */
export class BlockedAddressError extends AppError {
  constructor(url: string, address: string) {
    super(
      'invalid_input',
      `refused to fetch ${url}: it resolves to ${address}, a loopback, private or otherwise non-public address ` +
        '(allow such addresses with --allow-private-urls, or NEWSGRAPH_ALLOW_PRIVATE_URLS=1 for ingest)',
    )
  }
}

/**
 * Fetches an http(s) URL on a user's behalf without letting the URL reach inside the network (server-side
 * request forgery): the host is resolved, and every address it resolves to must be allowed — public unicast
 * only, by default — before the connection is made to that same address (the answer that was checked is the one
 * used, so a rebinding DNS answer cannot slip in between). Redirects are followed by hand, each hop checked the
 * same way, up to a cap. The body is capped in bytes (after decompression) and the whole fetch in time.
 * @throws AppError ('invalid_input' for a refused address, scheme or size; 'not_found' for a failed fetch)
 */
export async function guardedFetch(url: string, options: GuardedFetchOptions): Promise<FetchedBytes> {
  const allowPrivate = options.allowPrivate ?? process.env.NEWSGRAPH_ALLOW_PRIVATE_URLS === '1'
  const allowed = options.isAllowedAddress ?? (allowPrivate ? () => true : isPublicAddress)
  const signal = AbortSignal.timeout(options.timeoutMs)
  const maxRedirects = options.maxRedirects ?? 5
  let current = url
  for (let hop = 0; ; hop++) {
    const target = parseTarget(current)
    const response = await request(target, allowed, signal)
    const status = response.statusCode ?? 0
    const location = response.headers.location
    if (status >= 300 && status < 400 && location) {
      response.resume()
      if (hop >= maxRedirects) throw new AppError('not_found', `cannot fetch ${url}: over ${maxRedirects} redirects`)
      current = new URL(location, target).href
      continue
    }
    if (status < 200 || status >= 300) {
      response.resume()
      throw new AppError('not_found', `cannot fetch ${current}: HTTP ${status}`)
    }
    const body = await readCapped(response, current, options.maxBytes, signal)
    return { body, type: String(response.headers['content-type'] ?? ''), url: current }
  }
}

/**
 * Checks, without fetching, that a URL is one `guardedFetch` would try: http(s), no credentials, and a host whose
 * every address is allowed. For a quick 400 before a background job starts; the fetch checks again.
 * @throws AppError ('invalid_input' for a refused URL, 'not_found' for a host that does not resolve)
 */
export async function assertFetchable(url: string, options: Pick<GuardedFetchOptions, 'allowPrivate'>): Promise<void> {
  const target = parseTarget(url)
  const allowPrivate = options.allowPrivate ?? process.env.NEWSGRAPH_ALLOW_PRIVATE_URLS === '1'
  if (allowPrivate) return
  const host = target.hostname.replace(/^\[(.*)\]$/, '$1')
  if (isIP(host)) {
    if (!isPublicAddress(host)) throw new BlockedAddressError(url, host)
    return
  }
  let addresses: LookupAddress[]
  try {
    addresses = await dnsLookupAll(host)
  } catch (error) {
    throw new AppError('not_found', `cannot fetch ${url}: ${(error as Error).message}`)
  }
  const refused = addresses.find((a) => !isPublicAddress(a.address))
  if (refused) throw new BlockedAddressError(url, refused.address)
}

function dnsLookupAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  )
}

function parseTarget(url: string): URL {
  let target: URL
  try {
    target = new URL(url)
  } catch {
    throw new AppError('invalid_input', `cannot fetch "${url}": not a URL`)
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:')
    throw new AppError('invalid_input', `cannot fetch ${url}: only http and https URLs are fetched`)
  if (target.username || target.password)
    throw new AppError('invalid_input', `cannot fetch ${url}: URLs with credentials are not fetched`)
  return target
}

/** One request, its connection made only to an allowed address. */
function request(target: URL, allowed: (address: string) => boolean, signal: AbortSignal) {
  const host = target.hostname.replace(/^\[(.*)\]$/, '$1')
  // A literal address is connected to without a lookup: check it here.
  if (isIP(host) && !allowed(host)) throw new BlockedAddressError(target.href, host)
  const lookup = (
    hostname: string,
    opts: { all?: boolean; family?: number },
    callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    dnsLookup(hostname, { all: true, family: opts.family ?? 0 }, (error, addresses) => {
      if (error) return callback(error, [])
      // Every answer must be allowed: a name answering one public and one private address is refused.
      const refused = addresses.find((a) => !allowed(a.address))
      if (refused) return callback(new BlockedAddressError(target.href, refused.address), [])
      if (opts.all) return callback(null, addresses)
      callback(null, addresses[0].address, addresses[0].family)
    })
  }
  const get = target.protocol === 'https:' ? https.get : http.get
  return new Promise<http.IncomingMessage>((resolve, reject) => {
    const req = get(
      target,
      {
        lookup: lookup as never,
        agent: false,
        signal,
        headers: { 'user-agent': 'newsgraph', accept: '*/*', 'accept-encoding': 'gzip, deflate, br' },
      },
      resolve,
    )
    req.on('error', (error) => {
      if (error instanceof AppError) reject(error)
      else reject(new AppError('not_found', `cannot fetch ${target.href}: ${reason(error, signal)}`))
    })
  })
}

function reason(error: Error, signal: AbortSignal): string {
  return signal.aborted ? 'it took too long (time limit reached)' : error.message
}

/** Reads a response body, decompressed, refusing it past maxBytes. */
async function readCapped(
  response: http.IncomingMessage,
  url: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const tooLarge = () => new AppError('invalid_input', `${url} is over the ${maxBytes}-byte limit`)
  if (Number(response.headers['content-length'] ?? 0) > maxBytes) {
    response.destroy()
    throw tooLarge()
  }
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase()
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined
  const stream: Readable = decoder ? response.pipe(decoder) : response
  if (decoder) response.on('error', (error) => decoder.destroy(error))
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > maxBytes) throw tooLarge()
      chunks.push(chunk)
    }
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('not_found', `cannot fetch ${url}: ${reason(error as Error, signal)}`)
  } finally {
    response.destroy()
    decoder?.destroy()
  }
  return Buffer.concat(chunks)
}
