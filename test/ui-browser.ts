// What the browser tests share: launching Debian's Chromium, axe-core checks, overflow checks and screenshots.
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'
import { UI_DIR } from '../src/server/app.js'

/** Debian's Chromium: the tests drive it, they download no browser of their own. */
export const CHROMIUM = '/usr/bin/chromium'
/** Where screenshots go. */
export const OUTPUT = fileURLToPath(new URL('../test-output/', import.meta.url))

/** An element as the tests read it inside `page.evaluate` (the tests' tsconfig has no DOM library). */
export interface PageElement {
  id: string
  className: string
  tagName: string
  textContent: string | null
  getBoundingClientRect(): { top: number; bottom: number; right: number }
}

/** The few browser globals the tests read inside `page.evaluate`. */
export interface PageGlobals {
  document: {
    querySelector(selector: string): PageElement | null
    querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>
    documentElement: { scrollWidth: number }
  }
  innerWidth: number
  innerHeight: number
  location: { hash: string; search: string }
  sessionStorage: { getItem(key: string): string | null }
}

/** Why the browser tests cannot run here, or false. */
export const browserSkip: string | false = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is absent: browser tests skipped (apt-get install chromium; .ci/run does)`
  : !existsSync(join(UI_DIR, 'index.html'))
    ? 'the web UI is not built (npm run build:ui): browser tests skipped'
    : false

/** Chromium headless, offline: no background fetches, no updates, no sync. */
export function launchChromium(): Promise<Browser> {
  mkdirSync(OUTPUT, { recursive: true })
  return chromium.launch({
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
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** A violation axe-core found: its rule, impact and the first offending elements. */
interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: { target: unknown[] }[]
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page and fails on any serious or critical violation. Axe
 * goes in through the DevTools protocol, which the page's Content-Security-Policy does not govern.
 */
export async function assertAccessible(page: Page, what: string): Promise<void> {
  await page.evaluate(AXE)
  const violations = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(o: unknown): Promise<{ violations: unknown[] }> } }).axe
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return result.violations
  })) as Violation[]
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  assert.deepEqual(
    bad.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' '))}`),
    [],
    `axe on ${what}`,
  )
}

/**
 * Screenshots the page at 1440 and 390 px wide, and fails when the page is wider than the window at either or at
 * 360 px (the narrowest phone the layout promises).
 */
export async function checkWidths(page: Page, name: string): Promise<void> {
  for (const width of [1440, 390, 360]) {
    await page.setViewportSize({ width, height: 900 })
    await page.waitForTimeout(50)
    const { scroll, inner, offenders } = await page.evaluate(() => {
      const doc = (globalThis as unknown as PageGlobals).document
      const inner = (globalThis as unknown as PageGlobals).innerWidth
      const offenders = [...doc.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > inner + 1)
        .slice(0, 3)
        .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`)
      return { scroll: doc.documentElement.scrollWidth, inner, offenders }
    })
    assert.ok(scroll <= inner, `${name} at ${width} px is ${scroll} px wide: ${offenders.join(', ')}`)
    if (width !== 360) await page.screenshot({ path: join(OUTPUT, `ui-${name}-${width}.png`), fullPage: true })
  }
  await page.setViewportSize({ width: 1440, height: 900 })
}
