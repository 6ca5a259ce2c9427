// Outbound fetches on a user's behalf (feeds, article URLs): no way into loopback, private or metadata addresses,
// not by a literal, a name, an IPv6 form or a redirect; size and time caps on every fetch.
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { gzipSync } from 'node:zlib'
import { guardedFetch } from './fetch-guard.js'
import { isPublicAddress } from './public-address.js'
import { readSources } from './sources.js'

test('isPublicAddress refuses loopback, private, link-local, CGNAT, multicast, unspecified and metadata', () => {
  for (const address of [
    '127.0.0.1',
    '127.9.9.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.100.100.200',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    '[::1]',
    'fe80::1',
    'fd00:ec2::254',
    'fc00::5',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '64:ff9b::a9fe:a9fe',
    '2002:7f00:1::1',
    'localhost',
    'not an address',
  ])
    assert.equal(isPublicAddress(address), false, address)
  for (const address of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])
    assert.equal(isPublicAddress(address), true, address)
})

describe('guardedFetch against a local server', () => {
  let server: Server
  let base: string
  let port: number
  before(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '/'
      if (path === '/secret') response.end('the secret')
      else if (path === '/to-other-loopback')
        response.writeHead(302, { location: `http://127.0.0.2:${port}/secret` }).end()
      else if (path === '/loop') response.writeHead(302, { location: '/loop' }).end()
      else if (path === '/big') response.end('x'.repeat(2_000_000))
      else if (path === '/bomb')
        response.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(20_000_000)))
      else if (path === '/gzip') response.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('small'))
      else if (path === '/hang') response.writeHead(200).write('partial')
      else if (path === '/feed.xml')
        response
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end(`<rss><channel><title>T</title><item><title>A</title><link>${base}/secret</link></item></channel></rss>`)
      else response.writeHead(404).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
    base = `http://127.0.0.1:${port}`
  })
  after(() => {
    server.closeAllConnections()
    server.close()
  })
  const limits = { maxBytes: 1_000_000, timeoutMs: 5_000 }

  test('refuses a loopback literal, a name resolving to loopback and an IPv4-mapped IPv6 literal', async () => {
    await assert.rejects(guardedFetch(`${base}/secret`, limits), /127\.0\.0\.1.*non-public/)
    await assert.rejects(guardedFetch(`http://localhost:${port}/secret`, limits), /resolves to .*non-public/)
    await assert.rejects(guardedFetch(`http://[::ffff:127.0.0.1]:${port}/secret`, limits), /non-public/)
    await assert.rejects(guardedFetch(`http://0x7f.1:${port}/secret`, limits), /non-public/)
  })

  test('fetches a private address only when allowed', async () => {
    const fetched = await guardedFetch(`${base}/secret`, { ...limits, allowPrivate: true })
    assert.equal(Buffer.from(fetched.body).toString(), 'the secret')
    const gzip = await guardedFetch(`${base}/gzip`, { ...limits, allowPrivate: true })
    assert.equal(Buffer.from(gzip.body).toString(), 'small')
  })

  test('checks every redirect hop and caps their number', async () => {
    const onlyFirstLoopback = (address: string) => address === '127.0.0.1'
    await assert.rejects(
      guardedFetch(`${base}/to-other-loopback`, { ...limits, isAllowedAddress: onlyFirstLoopback }),
      /127\.0\.0\.2/,
    )
    await assert.rejects(guardedFetch(`${base}/loop`, { ...limits, allowPrivate: true }), /over 5 redirects/)
  })

  test('caps the body in bytes, compressed or not, and the fetch in time', async () => {
    await assert.rejects(guardedFetch(`${base}/big`, { ...limits, allowPrivate: true }), /over the 1000000-byte limit/)
    await assert.rejects(guardedFetch(`${base}/bomb`, { ...limits, allowPrivate: true }), /over the 1000000-byte/)
    const began = Date.now()
    await assert.rejects(guardedFetch(`${base}/hang`, { ...limits, timeoutMs: 300, allowPrivate: true }), /too long/)
    assert.ok(Date.now() - began < 3_000)
  })

  test('refuses other schemes and credentials in URLs', async () => {
    await assert.rejects(guardedFetch('file:///etc/passwd', limits), /only http and https/)
    await assert.rejects(guardedFetch(`http://u:p@127.0.0.1:${port}/`, limits), /credentials/)
  })

  test('a feed at a private address is refused; allowed, it is read with the page it links to', async () => {
    const items = []
    for await (const item of readSources([], { feeds: [`${base}/feed.xml`] })) items.push(item)
    assert.equal(items.length, 1)
    assert.match('error' in items[0] ? items[0].error : '', /non-public/)
    const allowed = []
    for await (const item of readSources([], { feeds: [`${base}/feed.xml`], limits: { allowPrivateUrls: true } }))
      allowed.push(item)
    assert.ok(
      allowed.some((item) => 'html' in item && item.html.includes('the secret')),
      'allowed, it reads the page',
    )
  })
})
