import type { ItemMeta } from './sources.js'

/** One item of an RSS or Atom feed, as the feed gives it, before any page is fetched. */
export interface FeedEntry extends ItemMeta {
  /** Where the item is: "NAME item 3". */
  where: string
  /** The item's full content (content:encoded, Atom content), when the feed carries it. */
  content?: string
  /** Its description or summary. */
  summary?: string
  /** Its link (or guid): the page to fetch when the feed holds no full text. */
  link?: string
}

/**
 * Parses an RSS 2.0, RSS 1.0 (RDF) or Atom feed into its items, with title, date, link and the feed's title as
 * source. Pure and CPU-bound (a DOM of the whole feed): ingest runs it on a worker thread (`parseFeed` task).
 * @returns the items, or an error message when the text is not a well-formed feed or has no items.
 */
export async function parseFeed(name: string, xml: string): Promise<FeedEntry[] | { error: string }> {
  if (!/<(rss|feed|rdf:RDF)\b/i.test(xml)) return { error: `${name} is not an RSS or Atom feed` }
  if (!/<\/(rss|feed|rdf:RDF)>\s*$/i.test(xml))
    return { error: `${name} is not a well-formed feed: it ends before its closing tag` }
  // The DOM is loaded with the first feed (≈ 20 MB): most ingests read files and never need it.
  const { DOMParser } = await import('linkedom')
  let document: ReturnType<InstanceType<typeof DOMParser>['parseFromString']>
  try {
    document = new DOMParser().parseFromString(xml, 'text/xml')
  } catch (error) {
    return { error: `${name} is not a well-formed feed: ${(error as Error).message}` }
  }
  const items = [...document.querySelectorAll('item, entry')]
  if (items.length === 0) return { error: `${name} has no items` }
  const feedTitle =
    document.querySelector('channel > title')?.textContent?.trim() ??
    document.querySelector('feed > title')?.textContent?.trim()
  return items.map((item, k) => {
    // Child elements by tag name: "content:encoded" and "dc:date" are not CSS-selectable.
    const pick = (tag: string) =>
      [...item.children].find((c) => c.tagName.toLowerCase() === tag.toLowerCase())?.textContent?.trim() || undefined
    const link = item.querySelector('link[href]')?.getAttribute('href') ?? pick('link') ?? pick('guid')
    const date = pick('pubDate') ?? pick('published') ?? pick('updated') ?? pick('dc:date')
    const published = date && !Number.isNaN(Date.parse(date)) ? new Date(date).toISOString() : undefined
    const title = pick('title')
    const content = pick('content:encoded') ?? pick('content')
    const summary = pick('description') ?? pick('summary')
    return {
      where: `${name} item ${k + 1}`,
      ...(title && { title }),
      ...(published && { published }),
      ...(link && { url: link, link }),
      ...(feedTitle && { source: feedTitle }),
      ...(content && { content }),
      ...(summary && { summary }),
    }
  })
}
