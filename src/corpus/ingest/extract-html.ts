import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { linearText, tagDepth } from './linear-text.js'
import { furnitureKind } from './main-text/furniture-lines.js'
import { removeHoverCards } from './main-text/hover-cards.js'

/** An article pulled out of a web page. */
export interface ExtractedPage {
  /** The main text: one paragraph per line, headline first when the page has one. */
  text: string
  title?: string
  byline?: string
  /** ISO 8601 date or instant, from JSON-LD, meta tags or a `<time>` element. */
  published?: string
  url?: string
  source?: string
  language?: string
}

/** The few DOM members the walker reads (the project compiles without the DOM library). */
interface DomNode {
  firstChild: DomNode | null
  nextSibling: DomNode | null
  nodeType: number
  textContent: string | null
  tagName?: string
  getAttribute?(name: string): string | null
}

/** Class or id words of page furniture that Readability keeps: captions, credits, related links, share bars. */
const FURNITURE =
  /(^|[\s_-])(caption|credit|related|share|sharing|social|newsletter|promo|advert|ad-slot|timestamp|byline|author|tags|breadcrumb|recommend|more-stories|read-more|subscribe)([\s_-]|$)/i
type Page = ReturnType<typeof parseHTML>['document']

/** Elements whose text is a paragraph of their own. */
const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'DIV',
  'SECTION',
  'ARTICLE',
  'TR',
  'FIGCAPTION',
  'DD',
  'DT',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'MAIN',
  'TABLE',
  'UL',
  'OL',
])
/** Elements never part of the text. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'BUTTON',
  'FORM',
  'SELECT',
  'INPUT',
  'TEXTAREA',
])

/**
 * Extracts the main text and metadata of a news page: Mozilla Readability on a linkedom DOM for the body, and the
 * page's own metadata for title, byline and date, preferring JSON-LD (NewsArticle), then Open Graph and article
 * meta tags, then `<time datetime>`. Never throws on broken HTML: a page with no article gives empty text.
 */
export function extractHtml(html: string, url?: string): ExtractedPage {
  // A page nested deeper than any real one is read in one linear pass: the DOM parser's cost grows with the
  // square of the nesting.
  if (tagDepth(html, DOM_MAX_DEPTH) > DOM_MAX_DEPTH) {
    const page = linearText(html)
    return { text: page.text, ...(page.title && { title: page.title }), ...(url && { url }) }
  }
  // A fragment (a feed item's content) gets a document around it.
  const { document } = parseHTML(
    /<(html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`,
  )
  const ld = jsonLd(document)
  const meta = (names: string[]) => {
    for (const name of names) {
      const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`)
      const content = el?.getAttribute('content')?.trim()
      if (content) return content
    }
    return undefined
  }
  const timeElement = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined
  const published =
    validDate(ld.datePublished) ??
    validDate(
      meta([
        'article:published_time',
        'og:article:published_time',
        'datePublished',
        'pubdate',
        'publishdate',
        'date',
        'dc.date',
        'DC.date.issued',
        'sailthru.date',
        'parsely-pub-date',
      ]),
    ) ??
    validDate(timeElement)
  const language = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase() || undefined
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(['og:url'])

  let article: ReturnType<Readability['parse']> = null
  // Readability's cost grows much faster than the page on deep or huge trees (16,000 nested <div>s: minutes);
  // such a page gets the linear block walk below instead.
  if (fitsReadability(html, document.body as unknown as DomNode | null))
    try {
      removeHoverCards(document)
      article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
        charThreshold: 200,
      }).parse()
    } catch {
      article = null
    }
  const title =
    clean(
      ld.headline ??
        meta(['og:title', 'twitter:title']) ??
        article?.title ??
        document.querySelector('title')?.textContent ??
        '',
    ) || undefined
  let body = ''
  if (article?.content)
    body = blockText(
      parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as DomNode,
    )
  if (!body.trim()) body = blockText(document.body as unknown as DomNode)
  const byline =
    clean(ld.author ?? meta(['author', 'article:author', 'byl', 'parsely-author']) ?? article?.byline ?? '') ||
    undefined
  const source = clean(meta(['og:site_name', 'application-name']) ?? ld.publisher ?? '') || undefined
  return {
    text: body,
    ...(title && { title }),
    ...(byline && { byline }),
    ...(published && { published }),
    ...((url ?? canonical) && { url: url ?? canonical }),
    ...(source && { source }),
    ...(language && { language }),
  }
}

/** The text of an element with one paragraph per block element, whitespace collapsed inside each. */
function blockText(root: DomNode | null | undefined): string {
  if (!root) return ''
  const paragraphs: string[] = []
  let current = ''
  let linked = 0
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim()
    const words = line.split(' ').length
    // A short block that is mostly link text is navigation or a related-stories list, not the story.
    const mostlyLinks = linked > 0.5 * line.length && words < 25
    if (line && !mostlyLinks && !furnitureKind(line)) paragraphs.push(line)
    current = ''
    linked = 0
  }
  // Iterative, not recursive: a page of 16,000 nested elements must not overflow the stack.
  const stack: { node: DomNode; inLink: boolean; block: boolean; next: DomNode | null }[] = [
    { node: root, inLink: false, block: false, next: root.firstChild },
  ]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]
    const child = frame.next
    if (!child) {
      stack.pop()
      if (frame.block) flush()
      continue
    }
    frame.next = child.nextSibling
    if (child.nodeType === 3) {
      const text = child.textContent ?? ''
      current += text
      if (frame.inLink) linked += text.trim().length
    } else if (child.nodeType === 1) {
      const tag = (child.tagName ?? '').toUpperCase()
      if (SKIP.has(tag) || tag === 'FIGCAPTION') continue
      const label = `${child.getAttribute?.('class') ?? ''} ${child.getAttribute?.('id') ?? ''}`
      if (label.trim() && FURNITURE.test(label)) continue
      if (tag === 'BR') {
        flush()
        continue
      }
      const block = BLOCKS.has(tag)
      if (block) flush()
      stack.push({ node: child, inLink: frame.inLink || tag === 'A', block, next: child.firstChild })
    }
  }
  flush()
  return paragraphs.join('\n')
}

/** Deepest tag nesting given to the DOM parser; a deeper page is read by `linearText`. */
export const DOM_MAX_DEPTH = 400
/** Largest page (characters) given to Readability; a larger one is read by the block walk alone. */
export const READABILITY_MAX_CHARS = 2_000_000
/** Deepest element nesting given to Readability (news pages nest 15–40 deep). */
export const READABILITY_MAX_DEPTH = 100
/** Most elements given to Readability. */
export const READABILITY_MAX_ELEMENTS = 60_000

/** Whether a page is small and shallow enough for Readability: one linear walk, stopped at the first excess. */
function fitsReadability(html: string, body: DomNode | null): boolean {
  if (html.length > READABILITY_MAX_CHARS || !body) return html.length <= READABILITY_MAX_CHARS
  let elements = 0
  const stack: { node: DomNode; depth: number }[] = [{ node: body, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!
    if (depth > READABILITY_MAX_DEPTH) return false
    for (let child = node.firstChild; child; child = child.nextSibling)
      if (child.nodeType === 1) {
        if (++elements > READABILITY_MAX_ELEMENTS) return false
        stack.push({ node: child, depth: depth + 1 })
      }
  }
  return true
}

/** The first NewsArticle-like JSON-LD object: headline, author name, publisher name, datePublished. */
function jsonLd(document: Page): { headline?: string; author?: string; publisher?: string; datePublished?: string } {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown
    try {
      data = JSON.parse(script.textContent ?? '')
    } catch {
      continue
    }
    const queue: unknown[] = [data]
    // Read by index: shifting a queue of 100,000 items would be quadratic.
    for (let next = 0; next < queue.length; next++) {
      const item = queue[next]
      if (Array.isArray(item)) {
        queue.push(...item)
        continue
      }
      if (!item || typeof item !== 'object') continue
      const o = item as Record<string, unknown>
      if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]))
      const type = String(o['@type'] ?? '')
      if (/Article|Posting|Report/.test(type) && (o.datePublished || o.headline)) {
        const name = (x: unknown): string | undefined =>
          Array.isArray(x)
            ? x.map(name).filter(Boolean).join(', ') || undefined
            : typeof x === 'string'
              ? x
              : x && typeof x === 'object'
                ? name((x as Record<string, unknown>).name)
                : undefined
        return {
          headline: name(o.headline),
          author: name(o.author),
          publisher: name(o.publisher),
          datePublished: name(o.datePublished),
        }
      }
    }
  }
  return {}
}

function validDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed)) {
    const parsed = new Date(trimmed)
    return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString()
  }
  return Number.isNaN(new Date(trimmed.slice(0, 10)).getTime()) ? undefined : trimmed
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}
