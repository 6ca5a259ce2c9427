import { BlockList, isIP } from 'node:net'

// Addresses a fetch on a user's behalf must never reach: the machine itself, its networks, cloud metadata
// services (169.254.169.254, fd00:ec2::254, 100.100.100.200 — inside the ranges below), and what is not unicast.
const IPV4_BLOCKED: [string, number][] = [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
]
const IPV6_BLOCKED: [string, number][] = [
  ['::', 96], // unspecified, loopback, IPv4-compatible (deprecated)
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001::', 23], // IETF protocol assignments (Teredo among them)
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local (fd00:ec2::254, a metadata service, is one)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
]

const BLOCKED = new BlockList()
for (const [net, prefix] of IPV4_BLOCKED) BLOCKED.addSubnet(net, prefix, 'ipv4')
for (const [net, prefix] of IPV6_BLOCKED) BLOCKED.addSubnet(net, prefix, 'ipv6')

/** The IPv4 address an IPv6 one carries (IPv4-mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16), if any. */
function embeddedIpv4(address: string): string | undefined {
  const groups = expandIpv6(address)
  if (!groups) return undefined
  const quad = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`
  const zeroes = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0)
  if (zeroes(0, 5) && groups[5] === 0xffff) return quad(groups[6], groups[7])
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zeroes(2, 6)) return quad(groups[6], groups[7])
  if (groups[0] === 0x2002) return quad(groups[1], groups[2])
  return undefined
}

/** Eight 16-bit groups of an IPv6 address (a dotted IPv4 tail and "::" expanded), or undefined when it is not one. */
function expandIpv6(address: string): number[] | undefined {
  let text = address.toLowerCase().replace(/%.*$/, '')
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text)
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number)
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, tail] = text.split('::')
  const part = (s: string | undefined) => (s ? s.split(':').map((g) => Number.parseInt(g, 16)) : [])
  const left = part(head)
  const right = part(tail)
  const fill = tail === undefined ? 0 : 8 - left.length - right.length
  const groups = [...left, ...Array(Math.max(0, fill)).fill(0), ...right]
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined
}

/**
 * Whether an IP address (v4 or v6 text) is a public unicast address a server may fetch from on a user's behalf:
 * false for loopback, private, link-local, carrier-grade NAT, multicast, unspecified, documentation and reserved
 * ranges, and for IPv6 addresses that embed such an IPv4 address. Anything that is not an IP address is false.
 */
export function isPublicAddress(address: string): boolean {
  const unbracketed = address.replace(/^\[(.*)\]$/, '$1')
  const family = isIP(unbracketed)
  if (family === 4) return !BLOCKED.check(unbracketed, 'ipv4')
  if (family !== 6) return false
  const inner = embeddedIpv4(unbracketed)
  if (inner !== undefined && !isPublicAddress(inner)) return false
  return !BLOCKED.check(unbracketed, 'ipv6')
}
