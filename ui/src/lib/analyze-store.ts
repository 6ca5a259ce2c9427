// The Analyze page's state, kept outside the page so that it survives navigation: a name clicked opens its dossier
// and Back shows the same text, analysis and mark. Also kept in sessionStorage, so a reload keeps it too.
import { useEffect, useState } from 'preact/hooks'
import type { Json, Span } from './html.js'

/** What the Analyze page shows. */
export interface AnalyzeState {
  text: string
  published: string
  title: string
  source: string
  /** The answer of POST /v1/analyze, and the inputs it was made from (Save stores exactly those). */
  analysis: Json | null
  analysed: { text: string; published: string; title: string; source: string } | null
  focus: Span | null
  /** The id the analysed text was saved under, once saved. */
  savedId: string
}

const KEY = 'newsgraph-analyze'
const EMPTY: AnalyzeState = {
  text: '',
  published: '',
  title: '',
  source: '',
  analysis: null,
  analysed: null,
  focus: null,
  savedId: '',
}

let state: AnalyzeState = restore()
const listeners = new Set<(s: AnalyzeState) => void>()

function restore(): AnalyzeState {
  try {
    const kept = sessionStorage.getItem(KEY)
    return kept ? { ...EMPTY, ...(JSON.parse(kept) as Partial<AnalyzeState>) } : EMPTY
  } catch {
    return EMPTY
  }
}

/** Changes the state and tells every page showing it. */
export function updateAnalyze(change: Partial<AnalyzeState>): void {
  state = { ...state, ...change }
  try {
    sessionStorage.setItem(KEY, JSON.stringify(state))
  } catch {
    // Too large for sessionStorage (a very long article): kept in memory for this page's life only.
    sessionStorage.removeItem(KEY)
  }
  for (const listener of listeners) listener(state)
}

/** The current state, re-rendered on every change. */
export function useAnalyzeState(): AnalyzeState {
  const [current, setCurrent] = useState(state)
  useEffect(() => {
    listeners.add(setCurrent)
    setCurrent(state)
    return () => {
      listeners.delete(setCurrent)
    }
  }, [])
  return current
}
