// The web UI in a real browser (Debian's Chromium driven by playwright-core) against a real server on a real
// SQLite file. Screenshots go to test-output/.
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, before, describe, test } from 'node:test'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { FastifyInstance } from 'fastify'
import { ingest } from '../corpus/ingest/ingest.js'
import { CorpusStore } from '../corpus/store/corpus-store.js'
import { writeCorpusFixtures, WIRE_STORY } from '../test-support/corpus-fixtures.js'
import { UI_DIR, buildServer } from './app.js'

const CHROMIUM = '/usr/bin/chromium'
const OUTPUT = fileURLToPath(new URL('../../test-output/', import.meta.url))
const skip = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is absent: browser tests skipped (apt-get install chromium; .ci/run does)`
  : !existsSync(join(UI_DIR, 'index.html'))
    ? 'the web UI is not built (npm run build:ui): browser tests skipped'
    : false

const HOSTILE = `Council Votes on Library Plan
Mayor Helen Marsh said on Monday that the council would vote on the library plan <script>window.pwned = 1</script> next week.
"We have listened to every resident," Marsh told reporters. <img src=x onerror="window.pwned = 2">`

describe('web UI in Chromium', { skip }, () => {
  let app: FastifyInstance
  let store: CorpusStore
  let browser: Browser
  let page: Page
  let base: string
  const shot = async (name: string) => {
    await page.screenshot({ path: join(OUTPUT, `ui-${name}.png`), fullPage: true })
  }

  before(async () => {
    mkdirSync(OUTPUT, { recursive: true })
    store = await CorpusStore.open(join(mkdtempSync(join(tmpdir(), 'ng-ui-')), 'corpus.db'))
    await ingest(store, [writeCorpusFixtures(mkdtempSync(join(tmpdir(), 'ng-ui-fixtures-'))).good], { workers: 0 })
    app = await buildServer({ store, workers: 1 })
    base = await app.listen({ port: 0, host: '127.0.0.1' })
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  })
  after(async () => {
    await browser?.close()
    await app?.close()
    await store?.close()
  })

  test('paste an article: names highlighted by type, quotes coloured by speaker, events and claims listed', async () => {
    await page.goto(`${base}/#/analyze`)
    await page.fill('#article-input', WIRE_STORY)
    await page.click('#analyze-button')
    await page.waitForSelector('#article-text .ent')
    const types = await page.$$eval('#article-text .ent', (els) => [...new Set(els.map((e) => e.className))])
    assert.ok(types.some((t) => t.includes('ent-PERSON')) && types.some((t) => t.includes('ent-GPE')), types.join())
    assert.match((await page.textContent('#speakers')) ?? '', /Kadri Saar \(\d+\)/)
    assert.match((await page.textContent('#quotes')) ?? '', /Ships will move again/)
    assert.match((await page.textContent('#events')) ?? '', /CONSULT/)
    // Clicking a fact marks its exact words in the text.
    await page.click('#quotes li:has-text("Ships will move again")')
    assert.match((await page.textContent('#article-text .focus')) ?? '', /Ships will move again/)
    await shot('analyze')
  })

  test('click a name to open the actor dossier from the corpus', async () => {
    await page.click('#article-text .ent-PERSON >> text=Kadri Saar')
    await page.waitForSelector('#dossier h2')
    assert.equal(await page.textContent('#dossier h2'), 'Kadri Saar')
    assert.match((await page.textContent('#dossier-quotes')) ?? '', /Ships will move again/)
    await shot('dossier')
  })

  test('the timeline and the network are drawn', async () => {
    await page.goto(`${base}/#/timeline/Estonia`)
    await page.waitForSelector('#timeline-chart rect')
    await shot('timeline')
    await page.goto(`${base}/#/network`)
    await page.waitForSelector('#network-chart line')
    assert.ok((await page.$$('#network-chart .node')).length >= 2)
    await shot('network')
  })

  test('corpus search with filters', async () => {
    await page.goto(`${base}/#/corpus`)
    await page.fill('#f-q', 'grain corridor')
    await page.fill('#f-speaker', 'Kadri Saar')
    await page.click('#search-button')
    await page.waitForSelector('#corpus-quotes li')
    assert.match((await page.textContent('main')) ?? '', /1 stories/)
    await shot('corpus')
  })

  test('an article holding <script> and <img onerror> renders as text and runs nothing', async () => {
    await page.goto(`${base}/#/analyze`)
    await page.fill('#article-input', HOSTILE)
    await page.click('#analyze-button')
    await page.waitForSelector('#article-text')
    await page.waitForFunction(() =>
      (
        globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }
      ).document
        .querySelector('#article-text')
        ?.textContent?.includes('onerror'),
    )
    const text = (await page.textContent('#article-text')) ?? ''
    assert.ok(
      text.includes('<script>window.pwned = 1</script>') && text.includes('<img src=x onerror="window.pwned = 2">'),
    )
    assert.equal(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned), undefined)
    assert.equal(await page.$$eval('#article-text script, #article-text img', (els) => els.length), 0)
    await shot('hostile')
  })
})

describe('the web UI with an API token', { skip }, () => {
  test('takes the token once from ?token=, keeps it out of the address bar and uses it', async () => {
    const store = await CorpusStore.open(join(mkdtempSync(join(tmpdir(), 'ng-ui-token-')), 'corpus.db'))
    const app = await buildServer({ store, workers: 0, token: 'ui-s3cret' })
    const base = await app.listen({ port: 0, host: '127.0.0.1' })
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] })
    try {
      const page = await browser.newPage()
      await page.goto(`${base}/?token=ui-s3cret#/corpus`)
      await page.waitForFunction(() => !(globalThis as unknown as { location: { search: string } }).location.search)
      assert.doesNotMatch(page.url(), /ui-s3cret/)
      assert.match(page.url(), /#\/corpus$/)
      const held = await page.evaluate(() =>
        (globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }).sessionStorage.getItem(
          'newsgraph-token',
        ),
      )
      assert.equal(held, 'ui-s3cret')
      const status = await page.evaluate(async () => {
        const token = (
          globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }
        ).sessionStorage.getItem('newsgraph-token')
        return (await fetch('/v1/stats', { headers: { authorization: `Bearer ${token}` } })).status
      })
      assert.equal(status, 200)
      await page.fill('#f-q', 'anything')
      await page.click('#search-button')
      // The UI's own call carries the token: the search answers (0 stories) rather than with the 401's message.
      await page.waitForSelector('main h3:has-text("stories"), main .error')
      assert.match((await page.textContent('main')) ?? '', /0 stories/)
    } finally {
      await browser.close()
      await app.close()
      await store.close()
    }
  })
})
