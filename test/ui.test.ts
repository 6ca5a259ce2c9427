// The web UI in a real browser (Debian's Chromium driven by playwright-core) against a real server on a real
// SQLite file: a journey per page, axe-core on every page, and every page at 1440 and 390 px without sideways
// scrolling. Screenshots go to test-output/. The articles are the team's own (src/test-support).
import assert from 'node:assert/strict'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import type { Browser, Page } from 'playwright-core'
import { ingest } from '../src/corpus/ingest/ingest.js'
import { CorpusStore } from '../src/corpus/store/corpus-store.js'
import { buildServer } from '../src/server/app.js'
import { WIRE_STORY, writeCorpusFixtures } from '../src/test-support/corpus-fixtures.js'
import { assertAccessible, browserSkip, checkWidths, launchChromium, type PageGlobals } from './ui-browser.js'

const HOSTILE = `Council Votes on Library Plan
Mayor Helen Marsh said on Monday that the council would vote on the library plan <script>window.pwned = 1</script> next week.
"We have listened to every resident," Marsh told reporters. <img src=x onerror="window.pwned = 2">`

const inView = (selector: string) => {
  const g = globalThis as unknown as PageGlobals
  const rect = g.document.querySelector(selector)?.getBoundingClientRect()
  return !!rect && rect.bottom > 0 && rect.top < g.innerHeight
}

describe('web UI in Chromium', { skip: browserSkip }, () => {
  let app: FastifyInstance
  let store: CorpusStore
  let browser: Browser
  let page: Page
  let base: string
  let fixtures: { good: string; bad: string }

  before(async () => {
    store = await CorpusStore.open(join(mkdtempSync(join(tmpdir(), 'ng-ui-')), 'corpus.db'))
    fixtures = writeCorpusFixtures(mkdtempSync(join(tmpdir(), 'ng-ui-fixtures-')))
    await ingest(store, [fixtures.good], { workers: 0 })
    app = await buildServer({ store, workers: 1 })
    base = await app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    page.setDefaultTimeout(10_000)
  })
  after(async () => {
    await browser?.close()
    await app?.close()
    await store?.close()
  })

  test('analyze: a quote clicked marks its words in view; a name opens its dossier and Back keeps the analysis', async () => {
    await page.goto(`${base}/#/analyze`)
    await page.fill('#article-input', WIRE_STORY)
    await page.click('#analyze-button')
    await page.waitForSelector('#article-text .ent')
    assert.equal(await page.locator('h1').count(), 1)
    assert.match((await page.textContent('#messages')) ?? '', /relative dates .* stay unresolved/)
    assert.match((await page.textContent('#speakers')) ?? '', /Kadri Saar \(\d+\)/)
    assert.match((await page.textContent('#amounts')) ?? '', /4 million tonnes/)
    assert.match((await page.textContent('#times')) ?? '', /Monday → unresolved/)
    await page.setViewportSize({ width: 1440, height: 500 })
    await page.click('#quotes button.fact:has-text("Ships will move again")')
    assert.match((await page.textContent('#article-text mark.focus')) ?? '', /Ships will move again/)
    await page.waitForFunction(inView, '#article-text mark.focus')
    await page.setViewportSize({ width: 1440, height: 900 })
    await assertAccessible(page, 'analyze')
    await checkWidths(page, 'analyze')
    await page.click('#article-text a.ent-PERSON:has-text("Kadri Saar")')
    await page.waitForSelector('#dossier h1')
    assert.equal(await page.textContent('#dossier h1'), 'Kadri Saar')
    assert.match((await page.textContent('#dossier-quotes')) ?? '', /Ships will move again/)
    await assertAccessible(page, 'dossier')
    await checkWidths(page, 'dossier')
    await page.goBack()
    await page.waitForSelector('#article-text mark.focus')
    assert.equal(await page.inputValue('#article-input'), WIRE_STORY)
  })

  test('analyze → save → click a quote → open its article with the quote marked', async () => {
    await page.fill('#published', '2026-03-03')
    await page.click('#analyze-button')
    await page.waitForFunction(() => !(globalThis as unknown as PageGlobals).document.querySelector('#messages'))
    await page.click('#save-button')
    await page.waitForSelector('#saved-link')
    assert.match(page.url(), /#\/analyze\?article=/)
    await page.click('#quotes li:has-text("Ships will move again") a.open')
    await page.waitForSelector('#article-title')
    assert.match(page.url(), /#\/article\/[^?]+\?mark=\d+-\d+/)
    assert.match((await page.textContent('#article-text mark.focus')) ?? '', /Ships will move again/)
    assert.match((await page.textContent('#article-meta')) ?? '', /Published 3 Mar 2026/)
    await assertAccessible(page, 'article')
    await checkWidths(page, 'article')
  })

  test('search: Enter submits, terms are marked, page 2 opens, a hit opens its article', async () => {
    await page.goto(`${base}/#/search`)
    await page.fill('#f-q', 'said')
    await page.selectOption('#f-limit', '5')
    await page.press('#f-q', 'Enter')
    await page.waitForSelector('#hits li')
    assert.match(page.url(), /q=said/)
    assert.ok((await page.locator('#hits mark').count()) > 0, 'terms marked in snippets')
    assert.match((await page.textContent('.pager')) ?? '', /Showing 1–5 of \d+/)
    await assertAccessible(page, 'search')
    await checkWidths(page, 'search')
    await page.click('#next-page')
    await page.waitForFunction(() => /page=2/.test((globalThis as unknown as PageGlobals).location.hash))
    await page.waitForSelector('#hits li')
    assert.match((await page.textContent('.pager')) ?? '', /Showing 6–/)
    const target = (await page.getAttribute('#hits li .hit-title', 'href')) ?? ''
    assert.match(target, /^#\/article\/\w+/)
    await page.click('#hits li .hit-title')
    await page.waitForSelector('#article-title')
    assert.ok(page.url().endsWith(target), page.url())
    assert.match((await page.textContent('#article-text')) ?? '', /said/)
    await page.goBack()
    await page.waitForSelector('#hits li')
    await page.click('a.tab:has-text("Quotes")')
    await page.waitForSelector('#hits li')
    assert.match(page.url(), /tab=quotes/)
    await page.click('a.tab:has-text("Claims")')
    await page.waitForSelector('#claims-chart svg')
    assert.match((await page.textContent('#hits')) ?? '', /open in article/)
    await assertAccessible(page, 'claims')
    // Newest first on request: a dated article leads, and the order is in the address.
    await page.click('a.tab:has-text("Articles")')
    await page.waitForSelector('#hits li')
    await page.selectOption('#f-sort', 'date')
    await page.press('#f-q', 'Enter')
    await page.waitForFunction(() => /sort=date/.test((globalThis as unknown as PageGlobals).location.hash))
    await page.waitForSelector('#hits li')
    assert.match((await page.textContent('#hits li .muted')) ?? '', /\d{1,2} \w{3} \d{4}/)
  })

  test('ingest a folder with bad files: one row per file, failures with their reasons', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ng-ui-ingest-'))
    mkdirSync(join(folder, 'batch'))
    copyFileSync(join(fixtures.good, 'page.html'), join(folder, 'batch', '2026-03-05-page.html'))
    for (const bad of ['binary.txt', 'empty.txt', 'french.txt'])
      copyFileSync(join(fixtures.bad, bad), join(folder, 'batch', bad))
    // A page with no text at all: the server, not the browser, turns it down.
    writeFileSync(join(folder, 'batch', 'blank.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>')
    await page.goto(`${base}/#/ingest`)
    await page.check('#date-from-name')
    await page.fill('#batch-source', 'Coast Courier')
    await page.setInputFiles('#ingest-folder', join(folder, 'batch'))
    await page.waitForSelector('#ingest-report tbody tr:nth-child(5)')
    await page.waitForFunction(() =>
      /done/.test((globalThis as unknown as PageGlobals).document.querySelector('#ingest-progress')?.textContent ?? ''),
    )
    const rows = await page.$$eval('#ingest-report tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''))
    assert.equal(rows.length, 5)
    assert.ok(
      rows.some((r) => /blank\.html.*(skipped|failed).{8,}/.test(r)),
      rows.join('\n'),
    )
    assert.ok(
      rows.some((r) => /binary\.txt.*failed.*binary/.test(r)),
      rows.join('\n'),
    )
    assert.ok(
      rows.some((r) => /empty\.txt.*failed.*white space/.test(r)),
      rows.join('\n'),
    )
    assert.ok(
      rows.some((r) => /page\.html.*(stored|already stored|copy of)/.test(r)),
      rows.join('\n'),
    )
    assert.equal(await page.getAttribute('#ingest-progress-bar', 'value'), '5')
    await assertAccessible(page, 'ingest')
    await checkWidths(page, 'ingest')
  })

  test('the timeline draws dated bars on a date axis, with a table view', async () => {
    await page.goto(`${base}/#/timeline?actor=Estonia`)
    await page.waitForSelector('#timeline-chart svg rect.bar-seg')
    assert.match((await page.textContent('#timeline-chart svg')) ?? '', /2026|March|Mar/)
    await assertAccessible(page, 'timeline')
    await checkWidths(page, 'timeline')
    await page.click('#timeline-chart button:has-text("Show table")')
    assert.match((await page.textContent('#timeline-chart table')) ?? '', /CONSULT|AGREE/)
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#timeline-chart button:has-text("Download CSV")'),
    ])
    assert.equal(csv.suggestedFilename(), 'timeline-chart.csv')
    const saved = join(mkdtempSync(join(tmpdir(), 'ng-ui-csv-')), 'timeline.csv')
    await csv.saveAs(saved)
    assert.match(readFileSync(saved, 'utf8'), /^date,type,events\r\n2026-/)
    await page.goto(`${base}/#/timeline?about=grain`)
    await page.waitForSelector('#attention-chart svg rect.bar-seg')
    assert.match((await page.textContent('#attention-chart h2')) ?? '', /Articles using “grain” over time/)
  })

  test('the map shows event places on world outlines, each opening its events', async () => {
    await page.goto(`${base}/#/map`)
    await page.waitForSelector('#map-chart svg .land, main .empty')
    assert.ok((await page.locator('#map-chart svg .land').count()) > 100, 'world outlines drawn')
    assert.ok((await page.locator('#map-chart svg a circle').count()) > 0, 'places drawn')
    await assertAccessible(page, 'map')
    await checkWidths(page, 'map')
  })

  test('the network draws labelled nodes that do not overlap', async () => {
    await page.goto(`${base}/#/network`)
    await page.waitForSelector('#network-chart .node')
    const boxes = await page.$$eval('#network-chart .node rect', (rects) =>
      rects.map((r) => {
        const b = r.getBoundingClientRect()
        return { x: b.x, y: b.y, w: b.width, h: b.height }
      }),
    )
    assert.ok(boxes.length >= 2)
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]]
        const overlap = a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1
        assert.ok(!overlap, `labels ${i} and ${j} overlap`)
      }
    await assertAccessible(page, 'network')
    await checkWidths(page, 'network')
  })

  test('an article holding <script> and <img onerror> renders as text and runs nothing', async () => {
    await page.goto(`${base}/#/analyze`)
    await page.fill('#article-input', HOSTILE)
    await page.click('#analyze-button')
    await page.waitForFunction(() =>
      (globalThis as unknown as PageGlobals).document.querySelector('#article-text')?.textContent?.includes('onerror'),
    )
    const text = (await page.textContent('#article-text')) ?? ''
    assert.ok(
      text.includes('<script>window.pwned = 1</script>') && text.includes('<img src=x onerror="window.pwned = 2">'),
    )
    assert.equal(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned), undefined)
    assert.equal(await page.$$eval('#article-text script, #article-text img', (els) => els.length), 0)
  })
})

describe('the web UI with an API token', { skip: browserSkip }, () => {
  test('takes the token once from ?token=, keeps it out of the address bar and uses it', async () => {
    const store = await CorpusStore.open(join(mkdtempSync(join(tmpdir(), 'ng-ui-token-')), 'corpus.db'))
    const app = await buildServer({ store, workers: 0, token: 'ui-s3cret' })
    const base = await app.listen({ port: 0, host: '127.0.0.1' })
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      await page.goto(`${base}/?token=ui-s3cret#/search`)
      await page.waitForFunction(() => !(globalThis as unknown as PageGlobals).location.search)
      assert.doesNotMatch(page.url(), /ui-s3cret/)
      assert.match(page.url(), /#\/search$/)
      const held = await page.evaluate(() =>
        (globalThis as unknown as PageGlobals).sessionStorage.getItem('newsgraph-token'),
      )
      assert.equal(held, 'ui-s3cret')
      await page.fill('#f-q', 'anything')
      await page.press('#f-q', 'Enter')
      // The UI's own call carries the token: the search answers (nothing matches) rather than with a 401.
      await page.waitForSelector('#results .empty:has-text("Nothing matches"), #results .error')
      assert.equal(await page.locator('#results .error').count(), 0)
    } finally {
      await browser.close()
      await app.close()
      await store.close()
    }
  })
})
