/** Class words of cards that pop up over a linked name: a portrait, the name again, the person's latest stories. */
const HOVER_CARD = /(?:^|[\s_-])(?:rollover|hovercard|hover-card|popover|tooltip)(?:[\s_-]|$)/i

/** The few DOM members this file reads (the project compiles without the DOM library). */
interface Element {
  getAttribute(name: string): string | null
  remove(): void
}

/**
 * Removes hover cards from a page before Readability reads it: their text sits inside the paragraph of the name
 * they explain ("Rep. Jane Roe" followed by "Jane Roe" and three headlines), so no line rule can take it out after.
 */
export function removeHoverCards(document: { querySelectorAll(selector: string): Iterable<unknown> }): void {
  for (const node of document.querySelectorAll('[class]')) {
    const el = node as Element
    if (HOVER_CARD.test(el.getAttribute('class') ?? '')) el.remove()
  }
}
