/**
 * HTML read by one forward pass, for pages too deep or too large for a DOM: the DOM parser's cost grows with the
 * square of the nesting (64,000 nested <div>s: seconds), Readability's faster still. Both functions here cost
 * one scan of the page, whatever it holds.
 */

/** Elements whose content is never text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'textarea', 'select'])
/** Elements that break a line: each is a paragraph of its own. */
const BREAKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'section',
  'article',
  'tr',
  'dd',
  'dt',
  'header',
  'footer',
  'aside',
  'main',
  'table',
  'ul',
  'ol',
  'figcaption',
  'hr',
])
/** Elements without an end tag, or whose end tag is optional: they never deepen the nesting count. */
const FLAT = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'td',
  'th',
  'tr',
  'dt',
  'dd',
  'option',
  'thead',
  'tbody',
  'tfoot',
  '!doctype',
])

interface Tag {
  name: string
  closing: boolean
  /** Offset just past the tag's `>` (the text's end when it has none). */
  end: number
}

/** The tag starting at `at` (a `<`), or undefined when it is no tag ("a < b"). */
function readTag(html: string, at: number): Tag | undefined {
  let k = at + 1
  const closing = html[k] === '/'
  if (closing) k++
  const nameStart = k
  while (k < html.length && /[A-Za-z0-9:!-]/.test(html[k])) k++
  if (k === nameStart) return undefined
  const close = html.indexOf('>', k)
  return { name: html.slice(nameStart, k).toLowerCase(), closing, end: close < 0 ? html.length : close + 1 }
}

/** Where the content of a skipped element ends: past its end tag, or the text's end. */
function skipContent(html: string, lower: () => string, name: string, from: number): number {
  const close = lower().indexOf(`</${name}`, from)
  if (close < 0) return html.length
  const end = html.indexOf('>', close)
  return end < 0 ? html.length : end + 1
}

/**
 * The deepest nesting of elements in a page, counted over its tags (comments, scripts and styles skipped;
 * elements with optional end tags not counted). Stops counting once past `cap`.
 */
export function tagDepth(html: string, cap = Number.POSITIVE_INFINITY): number {
  let lowered: string | undefined
  const lower = () => (lowered ??= html.toLowerCase())
  let depth = 0
  let deepest = 0
  for (let at = html.indexOf('<'); at >= 0 && deepest <= cap; at = html.indexOf('<', at)) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4)
      at = end < 0 ? html.length : end + 3
      continue
    }
    const tag = readTag(html, at)
    if (!tag) {
      at++
      continue
    }
    at = tag.end
    if (FLAT.has(tag.name) || html[tag.end - 2] === '/') continue
    if (tag.closing) depth = Math.max(0, depth - 1)
    else if (SKIPPED.has(tag.name)) at = skipContent(html, lower, tag.name, at)
    else deepest = Math.max(deepest, ++depth)
  }
  return deepest
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] !== '#') return ENTITIES[body.toLowerCase()] ?? whole
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1))
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole
  })
}

/**
 * The text of a page in one pass: one paragraph per block element, whitespace collapsed, scripts, styles and
 * the head left out, entities decoded. No scoring of what is the article: this is the fallback for pages a DOM
 * cannot take in time, and `title` is the `<title>` element's text.
 */
export function linearText(html: string): { text: string; title?: string } {
  let lowered: string | undefined
  const lower = () => (lowered ??= html.toLowerCase())
  const paragraphs: string[] = []
  let current: string[] = []
  let title: string | undefined
  const flush = () => {
    const line = decodeEntities(current.join('')).replace(/\s+/g, ' ').trim()
    if (line) paragraphs.push(line)
    current = []
  }
  let at = 0
  while (at < html.length) {
    const lt = html.indexOf('<', at)
    const textEnd = lt < 0 ? html.length : lt
    if (textEnd > at) current.push(html.slice(at, textEnd))
    if (lt < 0) break
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4)
      at = end < 0 ? html.length : end + 3
      continue
    }
    const tag = readTag(html, lt)
    if (!tag) {
      current.push('<')
      at = lt + 1
      continue
    }
    at = tag.end
    if (!tag.closing && tag.name === 'title' && title === undefined) {
      const end = skipContent(html, lower, 'title', at)
      const close = lower().lastIndexOf('</title', end)
      title =
        decodeEntities(html.slice(at, close >= at ? close : end))
          .replace(/\s+/g, ' ')
          .trim() || undefined
      at = end
    } else if (!tag.closing && SKIPPED.has(tag.name)) at = skipContent(html, lower, tag.name, at)
    else if (BREAKS.has(tag.name)) flush()
  }
  flush()
  return { text: paragraphs.join('\n'), ...(title && { title }) }
}
