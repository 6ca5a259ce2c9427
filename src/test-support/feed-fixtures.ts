import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

const FIRST = ['Amira', 'Boris', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Katya', 'Lars']
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Petrov', 'Haddad', 'Novak', 'Santos', 'Berg', 'Kowalski', 'Tanaka']
const PLACES = ['Arnhill', 'Dunmore', 'Valmore', 'Kestrel Bay', 'Northgate', 'Eastwick', 'Lowmarsh', 'Pinecrest']
const ROLES = ['mayor', 'minister', 'spokesperson', 'governor', 'director', 'chairwoman', 'senator', 'official']
const NOUNS = ['bridge', 'budget', 'harbour', 'school', 'railway', 'clinic', 'treaty', 'tariff', 'pipeline', 'library']
const NOUNS2 = [
  'inspections',
  'workers',
  'ships',
  'permits',
  'vaccines',
  'turbines',
  'buses',
  'loans',
  'tents',
  'wells',
]
const VERBS = ['approve', 'delay', 'fund', 'reject', 'expand', 'review', 'close', 'reopen', 'inspect', 'rebuild']
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const CUES = ['said', 'told reporters', 'announced', 'warned', 'insisted', 'added']

/** A small deterministic generator (mulberry32), so that each article is the same from run to run. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A short news article made for load and job tests, different enough from every other index that the store
 * keeps each as its own article (no near-copy links): names, places, numbers and phrasing vary by `index`.
 */
export function generatedArticle(index: number): { title: string; text: string } {
  const next = random(index * 7919 + 17)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]
  const person = () => `${pick(FIRST)} ${pick(LAST)}`
  const place = pick(PLACES)
  const title = `${place} ${pick(ROLES)} moves to ${pick(VERBS)} the ${pick(NOUNS)} (report ${index})`
  const sentences: string[] = []
  for (let k = 0; k < 7; k++) {
    const count = 2 + Math.floor(next() * 900)
    sentences.push(
      k % 3 === 1
        ? `"We will ${pick(VERBS)} ${count} ${pick(NOUNS2)} before ${pick(DAYS)}," ${pick(ROLES)} ${person()} ${pick(CUES)} in ${pick(PLACES)}.`
        : `${person()}, the ${pick(ROLES)} of ${pick(PLACES)}, ${pick(CUES)} on ${pick(DAYS)} that the ${pick(NOUNS)} would ${pick(VERBS)} ${count} ${pick(NOUNS2)} after case ${index * 13 + k}.`,
    )
  }
  return { title, text: `${sentences.join(' ')}` }
}

/** An RSS feed of `count` generated articles, each carried whole in content:encoded (no page fetches). */
export function generatedFeed(count: number, from = 0): string {
  const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const items: string[] = []
  for (let k = from; k < from + count; k++) {
    const { title, text } = generatedArticle(k)
    const day = String(1 + (k % 28)).padStart(2, '0')
    items.push(
      `<item><title>${escapeXml(title)}</title><link>https://news.example/${k}</link>` +
        `<pubDate>2026-03-${day}T10:00:00Z</pubDate>` +
        `<content:encoded>${escapeXml(`<p>${text}</p>`)}</content:encoded></item>`,
    )
  }
  return (
    '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">' +
    `<channel><title>Generated Wire</title>${items.join('')}</channel></rss>`
  )
}

/** A local HTTP server answering `/feed.xml` with a feed of `count` generated items (and 404 elsewhere). */
export async function serveFeed(count: number): Promise<{ url: string; server: Server; close: () => void }> {
  const feed = generatedFeed(count)
  const server = createServer((request, response) => {
    if (request.url === '/feed.xml') response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed)
    else response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/feed.xml`,
    server,
    close: () => {
      server.closeAllConnections()
      server.close()
    },
  }
}
