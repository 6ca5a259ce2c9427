// The article view, `#/article/:id?mark=start-end`: a stored article's title, outlets, date and address, and its
// text with every layer marked. Links from search hits, quotes, events, claims and dossier rows land here with
// their words marked; `quote=`, `event=` or `claim=` name a fact by its id when the link has no offsets.
import { useEffect, useState } from 'preact/hooks'
import { AnalysisView } from '../components/analysis-view.js'
import { ErrorNote, Loading } from '../components/status.js'
import { api, messageOf } from '../lib/api.js'
import { formatDate, outletsOf } from '../lib/format.js'
import { html, type Json, type Span } from '../lib/html.js'
import { articleHref, markOf } from '../lib/route.js'

/** The span a link asks to mark: explicit offsets, or a fact of the analysis by its id. */
export function requestedMark(params: URLSearchParams, analysis: Json): Span | null {
  const mark = markOf(params)
  if (mark) return mark
  const find = (layer: string, key: string) => (analysis?.[layer] ?? []).find((f: Json) => f.id === params.get(key))
  return (
    find('quotes', 'quote')?.content ?? find('events', 'event')?.trigger ?? find('claims', 'claim')?.content ?? null
  )
}

/** Where an article's date came from (`publishedSource`), in words. */
const DATE_SOURCES: Record<string, string> = {
  caller: 'given at ingest',
  manifest: 'from the manifest',
  feed: 'from the feed',
  page: 'from the page',
  'file-name': 'from the file name',
  dateline: 'from the dateline',
}

/** Only http(s) addresses become links: an article's URL is untrusted input. */
function safeUrl(url: unknown): string | undefined {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : undefined
}

export function ArticlePage({ id, params }: { id: string; params: URLSearchParams }) {
  const [article, setArticle] = useState<Json>(null)
  const [error, setError] = useState('')
  useEffect(() => {
    setArticle(null)
    setError('')
    api(`/v1/articles/${encodeURIComponent(id)}`).then(setArticle, (e) => setError(messageOf(e)))
  }, [id])
  if (error) return html`<h1>Article</h1><${ErrorNote} message=${error} />`
  if (!article) return html`<h1>Article</h1><${Loading} what="Loading the article…" />`
  const analysis = article.analysis
  const focus = requestedMark(params, analysis)
  const url = safeUrl(article.url)
  const outlets = outletsOf(article)
  const onFocus = (span: Span | null) => {
    // The mark goes into the address (replaced, not pushed: Back leaves the article, not each click).
    history.replaceState(history.state, '', articleHref(id, span ?? undefined))
    dispatchEvent(new HashChangeEvent('hashchange'))
  }
  return html`
    <article aria-labelledby="article-title">
      <h1 id="article-title">${article.title || analysis?.article?.title || `Article ${id}`}</h1>
      <p class="meta" id="article-meta">
        <span>${article.published ? `Published ${formatDate(article.published)}` : 'No publication date'}${
          article.published && DATE_SOURCES[article.publishedSource]
            ? ` (${DATE_SOURCES[article.publishedSource]})`
            : ''
        }</span>
        <span>${outlets.length ? `Outlet: ${outlets.join(', ')}` : 'Outlet unknown'}</span>
        ${url && html`<a href=${url} rel="noopener noreferrer" target="_blank">original address</a>`}
        ${article.duplicateOf && html`<a href=${articleHref(article.duplicateOf)}>copy of ${article.duplicateOf}</a>`}
      </p>
      ${
        analysis
          ? html`<${AnalysisView} analysis=${analysis} focus=${focus} onFocus=${onFocus} articleId=${id} />`
          : html`<p class="muted">This article is stored without an analysis${
              article.duplicateOf ? ': it copies another, whose analysis is linked above' : ''
            }.</p>${article.text && html`<div class="article-text">${article.text}</div>`}`
      }
    </article>`
}
