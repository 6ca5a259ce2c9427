import { isIP } from 'node:net'

/** Which names a request may address the server by. */
export interface HostPolicy {
  /** The address the server was asked to bind (`--host`). */
  boundHost?: string
  /** Extra names the server is reached by (`--allowed-host`, e.g. a LAN name or a reverse proxy's). */
  allowedHosts?: readonly string[]
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '0:0:0:0:0:0:0:1'])

/** The host name of a Host header or an origin's authority, lower-cased, without port or IPv6 brackets. */
export function hostnameOf(authority: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(authority)
  if (bracketed) return bracketed[1].toLowerCase()
  return authority.replace(/:\d*$/, '').replace(/\.$/, '').toLowerCase()
}

/**
 * Whether a request's Host header names this server. DNS rebinding points an attacker's name at 127.0.0.1, so a
 * browser sends the attacker's name as Host: only localhost names, loopback literals, the address the connection
 * arrived on, the bound address and the names the operator allowed are accepted. A request without a Host
 * (HTTP/1.0 from a script) comes from no browser and is accepted.
 * @param localAddress the address of the server's end of the connection
 */
export function isAllowedHost(host: string | undefined, localAddress: string | undefined, policy: HostPolicy): boolean {
  if (host === undefined || host === '') return true
  const name = hostnameOf(host)
  if (name === 'localhost' || name.endsWith('.localhost') || LOOPBACK.has(name)) return true
  if (localAddress && isIP(name) && name === localAddress.replace(/^::ffff:/, '')) return true
  if (policy.boundHost && name === hostnameOf(policy.boundHost)) return true
  return (policy.allowedHosts ?? []).some((allowed) => hostnameOf(allowed) === name)
}

/**
 * Whether a state-changing request's Origin may make it: absent (not a browser), the server's own origin (the
 * Origin's authority equals the Host header), or the origin allowed by `--cors`. "null" (sandboxed frames, files)
 * is refused.
 */
export function isAllowedOrigin(origin: string | undefined, host: string | undefined, cors?: string): boolean {
  if (origin === undefined) return true
  if (cors && origin === cors) return true
  try {
    return host !== undefined && new URL(origin).host === host.toLowerCase()
  } catch {
    return false
  }
}
