/** What the story clustering compares: an article's vocabulary, its main actors and its date. */
export interface StorySignature {
  terms: readonly string[]
  /** Cross-article actor ids (or names), most salient first. */
  actors: readonly string[]
  /** YYYY-MM-DD, when known. */
  date?: string
}

/** Days apart within which two articles can report the same happening. */
export const STORY_WINDOW_DAYS = 3
/** Similarity at or above which two articles are one story (tuned on ECB+ topics 1–35 with `eval stories`). */
export const STORY_THRESHOLD = 0.14

function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0
  const set = new Set(a)
  let shared = 0
  for (const x of new Set(b)) if (set.has(x)) shared++
  return shared / (set.size + new Set(b).size - shared)
}

/**
 * How likely two articles report the same happening: shared vocabulary (Jaccard of their top content words),
 * raised by shared main actors; zero when their dates are more than the window apart.
 */
export function storySimilarity(a: StorySignature, b: StorySignature): number {
  if (a.date && b.date && Math.abs(Date.parse(a.date) - Date.parse(b.date)) > STORY_WINDOW_DAYS * 86_400_000) return 0
  return 0.7 * jaccard(a.terms, b.terms) + 0.3 * jaccard(a.actors.slice(0, 5), b.actors.slice(0, 5))
}

/**
 * Clusters articles into stories, single pass in the given order (as at ingest): each joins the story of its
 * most similar earlier article when the similarity reaches the threshold, else starts a story. Returns the story
 * index of each article.
 */
export function clusterStories(signatures: readonly StorySignature[], threshold = STORY_THRESHOLD): number[] {
  const story: number[] = []
  let stories = 0
  signatures.forEach((s, i) => {
    let best = -1
    let bestScore = threshold
    for (let j = 0; j < i; j++) {
      const score = storySimilarity(s, signatures[j])
      if (score >= bestScore) {
        best = j
        bestScore = score
      }
    }
    story.push(best >= 0 ? story[best] : stories++)
  })
  return story
}
