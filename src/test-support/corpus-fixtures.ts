import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url))

/** A wire story written by the team, with its copies: exact (another outlet) and near (a new headline and credit). */
export const WIRE_STORY = `Harbor Ministers Agree to Reopen Grain Corridor
VALMORE, March 3 (Newsgraph) - Trade ministers from Estonia and Finland met in Tallinn on Monday and agreed to reopen a grain corridor closed since January, officials said.
"Ships will move again within the week," Estonian Trade Minister Kadri Saar told reporters after the meeting.
Finnish Trade Minister Ville Aho said the two governments would share the cost of new inspections at the port of Muuga.
The corridor carried 4 million tonnes of grain last year. Farmers' unions in both countries welcomed the decision, and shipping firms said the first convoys could sail on Friday.
Saar also urged Latvia to join the agreement, saying a third port would cut waiting times by half.`

export const OTHER_STORY = `Flood Warnings Issued Along the Dunmore River
KESTON, March 4 (Newsgraph) - Authorities in Keston County issued flood warnings for 12 villages on Tuesday after three days of heavy rain swelled the Dunmore River to its highest level in a decade.
"Anyone living on the lower banks should leave tonight," county emergency chief Mara Quill said at a news conference.
Police closed two bridges and the regional rail operator suspended services between Keston and Arnhill. About 1,500 people had moved to shelters by the evening, officials said.
Forecasters expect the rain to ease on Thursday, though the river may keep rising until the weekend.`

const FRENCH = `Le gouvernement annonce un nouveau plan pour les transports
Le ministre des transports a présenté mardi un plan de modernisation des lignes régionales. Selon le ministère, les travaux commenceront au printemps et dureront trois ans. Les syndicats ont salué une annonce attendue depuis longtemps, mais ils demandent des garanties sur le financement.`

/**
 * Writes a small corpus of the team's own articles in every input form ingest reads, plus bad inputs:
 * - good/: the five examples (text), a JSON Lines file with a story and its exact and near copies, an HTML page
 *   with JSON-LD metadata, an RSS feed with full content;
 * - bad/: a binary file, broken HTML, a malformed feed, a Windows-1252 file, a French article, an empty file.
 * Returns the two folders.
 */
export function writeCorpusFixtures(root: string): { good: string; bad: string } {
  const good = join(root, 'good')
  const bad = join(root, 'bad')
  mkdirSync(good, { recursive: true })
  mkdirSync(bad, { recursive: true })
  for (const name of readdirSync(EXAMPLES)) copyFileSync(join(EXAMPLES, name), join(good, name))
  const near =
    WIRE_STORY.replace(
      'Harbor Ministers Agree to Reopen Grain Corridor',
      'Estonia and Finland Reopen Baltic Grain Route',
    ) + '\nReporting by the Newsgraph desk; editing by the night team.'
  writeFileSync(
    join(good, 'wire.jsonl'),
    [
      { text: WIRE_STORY, source: 'Daily Ledger', url: 'https://ledger.example/grain', published: '2026-03-03' },
      { text: WIRE_STORY, source: 'Harbor Times', url: 'https://harbor.example/a/91', published: '2026-03-03' },
      { text: near, source: 'Valley Post', url: 'https://valley.example/grain-route', published: '2026-03-03' },
      { text: OTHER_STORY, source: 'Daily Ledger', url: 'https://ledger.example/flood', published: '2026-03-04' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n') + '\n',
  )
  writeFileSync(
    join(good, 'page.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port strike ends | Coast Courier</title>
<meta property="og:site_name" content="Coast Courier">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Dock Workers End Strike at Port of Selby","datePublished":"2026-03-05T09:30:00Z","author":{"@type":"Person","name":"Ana Ruiz"}}</script>
<script>window.tracker = function () { document.write('<img src=x onerror=alert(1)>') }</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Dock Workers End Strike at Port of Selby</h1>
<p>SELBY, March 5 (Coast Courier) - Dock workers at the Port of Selby ended a nine-day strike on Thursday after the port authority agreed to raise wages by 6 percent, union leaders said.</p>
<p>"This is a fair deal and our members have accepted it," union secretary Tomas Berg told reporters outside the gates.</p>
<p>The strike had left more than 40 container ships waiting offshore. Port director Helen Marsh said full operations would resume by Saturday and thanked customers for their patience.</p>
<p>Exporters had warned that the stoppage was costing the region about $20 million a day in delayed shipments.</p></article>
<aside><h3>Most read</h3><ul><li><a href="/a">Ten things to do this weekend</a></li><li><a href="/b">Weather: sunshine returns</a></li></ul></aside>
<footer>© 2026 Coast Courier</footer></body></html>`,
  )
  const item = (title: string, body: string, date: string, link: string) =>
    `<item><title>${title}</title><link>${link}</link><pubDate>${date}</pubDate><description>${title}</description><content:encoded><![CDATA[${body
      .split('\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}]]></content:encoded></item>`
  writeFileSync(
    join(good, 'feed.rss'),
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Northern Dispatch</title>
${item(
  'Mayor Opens New Bridge in Arnhill',
  `ARNHILL, March 6 (Northern Dispatch) - Mayor Jonas Ekberg opened the new Arnhill bridge on Friday, two months ahead of schedule and 3 percent under budget, the city council said.
"This bridge joins two halves of our town that have waited forty years," Ekberg said at the ceremony.
Council member Rita Holm criticized the mayor for closing the old crossing before the new one was finished, saying shop owners had lost customers for weeks.`,
  'Fri, 06 Mar 2026 10:00:00 GMT',
  'https://dispatch.example/bridge',
)}
${item(
  'Teachers Vote to Accept Pay Offer',
  `KESTON, March 7 (Northern Dispatch) - Teachers in Keston County voted on Saturday to accept a pay offer from the regional government, ending a dispute that closed schools for three days last month.
"We did not get everything we asked for, but we got a fair settlement," union president Liam Ortega said.
Education minister Sofia Lind welcomed the vote and said schools would run normally on Monday.`,
  'Sat, 07 Mar 2026 18:00:00 GMT',
  'https://dispatch.example/teachers',
)}
</channel></rss>`,
  )
  writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0]))
  writeFileSync(
    join(bad, 'broken.html'),
    '<html><body><div><p>Councillors in Selby voted on Monday to close the old library, a decision the mayor said would save $2 million.<p>"We had no other choice," Mayor Helen Marsh said.<div><table><tr><td>unclosed',
  )
  writeFileSync(join(bad, 'malformed.rss'), '<rss><channel><title>Broken</title><item><title>no end')
  writeFileSync(
    join(bad, 'latin1.txt'),
    Buffer.from(
      'Caf\xe9 owners in Selby protested on Monday against a new tax, saying it would cost them \xa31,000 a year.',
      'latin1',
    ),
  )
  writeFileSync(join(bad, 'french.txt'), FRENCH)
  writeFileSync(join(bad, 'empty.txt'), '   \n')
  return { good, bad }
}

/** The PostgreSQL server the tests may use (`NEWSGRAPH_TEST_POSTGRES`, e.g. postgres://postgres@127.0.0.1:5432/test), or a skip reason. */
export function postgresSkip(): string | false {
  return process.env.NEWSGRAPH_TEST_POSTGRES
    ? false
    : 'NEWSGRAPH_TEST_POSTGRES is unset: PostgreSQL tests skipped (.ci/run sets it)'
}

/** Creates a fresh database on the test server and returns its URL and a function that drops it. */
export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.NEWSGRAPH_TEST_POSTGRES!
  const name = `newsgraph_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
  const client = new pg.Client({ connectionString: admin })
  await client.connect()
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  const url = new URL(admin)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    },
  }
}

/** A store engine the corpus tests run on: where its store lives, and how to remove it afterwards. */
export interface StoreEngine {
  name: string
  skip: string | false
  open: () => Promise<{ target: string; cleanup: () => Promise<void> }>
}

/** The two engines every corpus test loops over: a fresh SQLite file (in a `ng-<prefix>-` folder) and a fresh
 * PostgreSQL database, skipped with its reason when no test server is named. */
export function storeEngines(prefix: string): StoreEngine[] {
  return [
    {
      name: 'SQLite',
      skip: false,
      open: async () => ({
        target: join(mkdtempSync(join(tmpdir(), `ng-${prefix}-`)), 'corpus.db'),
        cleanup: async () => {},
      }),
    },
    {
      name: 'PostgreSQL',
      skip: postgresSkip(),
      open: async () => {
        const db = await freshPostgres()
        return { target: db.url, cleanup: db.drop }
      },
    },
  ]
}
