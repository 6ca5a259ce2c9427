// HTML extraction on pages built to be slow (issue 22, D4): its cost must grow linearly with the page.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { growthRatio } from '../../test-support/growth.js'
import { extractHtml } from './extract-html.js'
import { linearText, tagDepth } from './linear-text.js'

test('nested <div>s cost linear time in their number (16,000 froze the server 24 s)', { timeout: 300_000 }, () => {
  const nested = (n: number) => `<html><body>${'<div>'.repeat(n)}The mayor resigned.${'</div>'.repeat(n)}</body></html>`
  const ratio = growthRatio((n) => extractHtml(nested(n)), 2000)
  assert.ok(ratio < 16, `8× the nesting cost ${ratio.toFixed(1)}× the time`)
  assert.equal(extractHtml(nested(16_000)).text, 'The mayor resigned.')
})

test('unclosed nested elements cost linear time in their number', { timeout: 300_000 }, () => {
  const unclosed = (n: number) => `<html><body>${'<div><span>word '.repeat(n)}</body></html>`
  const ratio = growthRatio((n) => extractHtml(unclosed(n)), 2000)
  assert.ok(ratio < 16, `8× the elements cost ${ratio.toFixed(1)}× the time`)
})

test('a page of ordinary depth still goes through Readability and keeps its article', () => {
  const page = `<html><head><title>Port strike ends</title></head><body><nav><a href="/">Home</a></nav>
    <article><h1>Port strike ends</h1><p>${'Dockers in Velmar returned to work on Tuesday after a week-long strike over pay, the union said. '.repeat(4)}</p>
    <p>${'The port authority said ships would be unloaded by the weekend and that talks would resume in May. '.repeat(4)}</p></article></body></html>`
  const extracted = extractHtml(page)
  assert.match(extracted.text, /^Dockers in Velmar returned/m)
  assert.doesNotMatch(extracted.text, /Home/)
  assert.equal(extracted.title, 'Port strike ends')
})

test('the linear reader counts nesting, skips scripts and keeps one paragraph per block', () => {
  assert.equal(tagDepth('<div><div><p>a<p>b</div></div>'), 2)
  assert.equal(tagDepth('<div><script>"<div><div><div>"</script></div>'), 1)
  const page = linearText(
    '<html><head><title>A &amp; B</title><style>p{}</style></head><body><p>One &ldquo;two&rdquo;</p><div>Three<br>four</div><script>x<y</script></body></html>',
  )
  assert.equal(page.title, 'A & B')
  assert.equal(page.text, 'One “two”\nThree\nfour')
})
