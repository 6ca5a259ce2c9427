// Analyze: paste or open a text, see what Newsgraph reads in it, save it to the corpus. The state lives in
// lib/analyze-store, so a name clicked, Back, or a reload keeps the analysis and its mark.
import { useEffect, useState } from 'preact/hooks'
import { AnalysisView } from '../components/analysis-view.js'
import { ErrorNote } from '../components/status.js'
import { api, messageOf } from '../lib/api.js'
import { type AnalyzeState, updateAnalyze, useAnalyzeState } from '../lib/analyze-store.js'
import { html, type Json } from '../lib/html.js'
import { articleHref, href } from '../lib/route.js'

/** The body of an analyse or save call: only the fields that were filled in. */
function bodyOf(s: { text: string; published: string; title: string; source: string }) {
  return {
    text: s.text,
    ...(s.published && { published: s.published }),
    ...(s.title && { title: s.title }),
    ...(s.source && { source: s.source }),
  }
}

/** A sentence for a save result: stored, a copy of another article, or stored before. */
function savedSentence(result: Json): string {
  if (result?.status === 'duplicate') return `Saved as a copy of article ${result.duplicateOf ?? ''}.`
  if (result?.status === 'already_stored' || (result?.status === 'skipped' && result?.id))
    return 'This text was stored before.'
  if (result?.status === 'skipped' || result?.status === 'failed')
    return `Not saved: ${result?.reason ?? result?.error?.message ?? 'the server gave no reason'}.`
  return `Saved as article ${result?.id}.`
}

export function AnalyzePage({ params }: { params: URLSearchParams }) {
  const s = useAnalyzeState()
  const [busy, setBusy] = useState('')
  const [error, setError] = useState('')
  const [saved, setSaved] = useState('')
  const field = (key: keyof AnalyzeState) => (e: Event) =>
    updateAnalyze({ [key]: (e.target as HTMLInputElement).value })
  // Opened from a link with ?article=ID in a tab that never analysed it: show the stored article's analysis.
  const linked = params.get('article') ?? ''
  useEffect(() => {
    if (!linked || linked === s.savedId) return
    api(`/v1/articles/${encodeURIComponent(linked)}`).then(
      (a: Json) =>
        a?.analysis &&
        updateAnalyze({
          text: a.analysis.article?.text ?? '',
          published: a.published ?? '',
          title: a.title ?? '',
          source: a.source ?? '',
          analysis: a.analysis,
          analysed: null,
          focus: null,
          savedId: linked,
        }),
      (e) => setError(messageOf(e)),
    )
  }, [linked])
  const run = async (event: Event) => {
    event.preventDefault()
    if (!s.text.trim()) return setError('Paste or open a text first.')
    setBusy('Analysing…')
    setError('')
    setSaved('')
    const inputs = { text: s.text, published: s.published, title: s.title, source: s.source }
    try {
      const analysis = await api('/v1/analyze', bodyOf(inputs))
      updateAnalyze({ analysis, analysed: inputs, focus: null, savedId: '' })
      history.replaceState(history.state, '', href(['analyze']))
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy('')
    }
  }
  const save = async () => {
    if (!s.analysed) return
    setBusy('Saving…')
    setError('')
    try {
      const answer = (await api('/v1/articles', bodyOf(s.analysed))) as Json
      const result = answer?.results?.[0] ?? answer
      const id = result?.duplicateOf ?? result?.id
      setSaved(savedSentence(result))
      if (id) {
        updateAnalyze({ savedId: id })
        history.replaceState(history.state, '', href(['analyze'], { article: id }))
      }
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy('')
    }
  }
  const upload = async (event: Event) => {
    const file = (event.target as HTMLInputElement).files?.[0]
    if (file) updateAnalyze({ text: await file.text(), title: '' })
  }
  const changed =
    s.analysed && (s.analysed.text !== s.text || s.analysed.published !== s.published || s.analysed.title !== s.title)
  return html`
    <h1>Analyze an article</h1>
    <form class="panel" onSubmit=${run}>
      <label for="article-input">Article text</label>
      <textarea id="article-input" placeholder="Paste a news article here" value=${s.text}
        onInput=${field('text')}></textarea>
      <div class="row">
        <label>Title <input id="title" value=${s.title} onInput=${field('title')} /></label>
        <label>Published <input id="published" type="date" value=${s.published} onInput=${field('published')} /></label>
        <label>Outlet <input id="source" value=${s.source} onInput=${field('source')} /></label>
        <label>Or open a text file <input id="file-input" type="file" accept=".txt,.md,text/plain"
          onChange=${upload} /></label>
      </div>
      <div class="row">
        <button id="analyze-button" type="submit" disabled=${!!busy}>Analyze</button>
        ${
          s.analysis &&
          s.analysed &&
          html`<button id="save-button" type="button" class="secondary" onClick=${save} disabled=${!!busy}
            title="Saves the text, date, title and outlet that were analysed">Save to corpus</button>`
        }
        ${s.savedId && html`<a id="saved-link" href=${articleHref(s.savedId)}>Open the stored article</a>`}
      </div>
      <p class="muted" role="status" aria-live="polite" id="analyze-status">
        ${busy || saved}${changed ? ' The text or its details changed since the analysis: Analyze again.' : ''}</p>
      <${ErrorNote} message=${error} />
    </form>
    ${
      s.analysis &&
      html`<${AnalysisView} analysis=${s.analysis} focus=${s.focus} articleId=${s.savedId || undefined}
        onFocus=${(focus: Json) => updateAnalyze({ focus })} />`
    }`
}
