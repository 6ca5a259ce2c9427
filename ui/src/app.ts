// The app shell: a skip link, the site header with its navigation landmark, and the page the hash names.
import { useEffect, useRef } from 'preact/hooks'
import { html } from './lib/html.js'
import { useRoute } from './lib/route.js'
import { ActorPage } from './pages/actor.js'
import { AnalyzePage } from './pages/analyze.js'
import { ArticlePage } from './pages/article.js'
import { IngestPage } from './pages/ingest.js'
import { MapPage } from './pages/map.js'
import { NetworkPage } from './pages/network.js'
import { SearchPage } from './pages/search.js'
import { TimelinePage } from './pages/timeline.js'

const NAV: [page: string, label: string][] = [
  ['analyze', 'Analyze'],
  ['search', 'Search'],
  ['timeline', 'Timeline'],
  ['map', 'Map'],
  ['network', 'Network'],
  ['ingest', 'Ingest'],
]

/** The whole UI. */
export function App() {
  const { page, args, params } = useRoute()
  const main = useRef<HTMLElement>(null)
  // A new page moves keyboard and screen-reader focus to its content, as a page load would.
  useEffect(() => {
    main.current?.focus({ preventScroll: true })
    document.title = `${NAV.find(([p]) => p === page)?.[1] ?? page[0].toUpperCase() + page.slice(1)} · Newsgraph`
  }, [page, args[0]])
  const content =
    page === 'analyze'
      ? html`<${AnalyzePage} params=${params} />`
      : page === 'article'
        ? html`<${ArticlePage} id=${args[0] ?? ''} params=${params} />`
        : page === 'search' || page === 'corpus'
          ? html`<${SearchPage} params=${params} />`
          : page === 'actor'
            ? html`<${ActorPage} id=${args[0] ?? ''} params=${params} />`
            : page === 'timeline'
              ? html`<${TimelinePage} params=${params} legacyActor=${args[0]} />`
              : page === 'map'
                ? html`<${MapPage} params=${params} />`
                : page === 'network'
                  ? html`<${NetworkPage} params=${params} />`
                  : page === 'ingest'
                    ? html`<${IngestPage} />`
                    : html`<h1>Page not found</h1><p>There is no page “${page}”. <a href="#/analyze">Analyze</a>
                        a text or <a href="#/search">search</a> the corpus.</p>`
  return html`
    <a class="skip" href="#main" onClick=${(e: Event) => {
      e.preventDefault()
      main.current?.focus()
    }}>Skip to content</a>
    <header class="site">
      <span class="brand">Newsgraph</span>
      <nav aria-label="Main">
        <ul>${NAV.map(
          ([p, label]) =>
            html`<li><a href=${`#/${p}`} aria-current=${page === p ? 'page' : undefined}>${label}</a></li>`,
        )}</ul>
      </nav>
    </header>
    <main id="main" tabindex="-1" ref=${main}>${content}</main>`
}
