// Hashes every layer of the analyses of a fixed corpus of our own articles (examples/ and the bench generator's
// articles drawn from them), one hash per layer and a total, so that a change meant to keep the output (a speed
// fix, a refactor) can prove it did. `--check FILE` compares with a committed expected file; `--write FILE`
// writes one.
//   npm run golden                         print the hashes
//   npm run golden -- --check test/golden.json
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { EXAMPLES_DIR, generateCorpus, readArticles } from '../src/bench/generate-corpus.js'
import type { Doc } from '../src/doc/types.js'
import { analyzeDoc } from '../src/pipeline/analyze.js'
import { toAnalysis } from '../src/doc/to-analysis.js'

/** Articles of the fixed corpus: the examples, then generated ones (seed 1). */
const GENERATED = 120
/** A fixed publication date: relative times must not resolve against today. */
const PUBLISHED = '2025-02-23'

/** JSON with Maps, Sets and typed arrays spelled out, so that every layer hashes by its content. */
function stable(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...value.entries()] }
  if (value instanceof Set) return { set: [...value] }
  if (ArrayBuffer.isView(value)) return { typed: Array.from(value as unknown as ArrayLike<number>) }
  return value
}

/** Hashes of each `Doc` layer and of the contract output over the corpus, and their total. */
export function goldenHashes(): Record<string, string> {
  const samples = readArticles(EXAMPLES_DIR)
  const texts = [...samples.map((s) => s.text), ...generateCorpus(samples, GENERATED, 1)]
  const hashes = new Map<string, ReturnType<typeof createHash>>()
  const feed = (name: string, value: unknown) => {
    let hash = hashes.get(name)
    if (!hash) hashes.set(name, (hash = createHash('sha256')))
    hash.update(JSON.stringify(value, stable) ?? 'undefined')
    hash.update('\n')
  }
  for (const text of texts) {
    const doc = analyzeDoc(text, { published: PUBLISHED })
    for (const layer of Object.keys(doc).sort()) feed(`doc.${layer}`, doc[layer as keyof Doc])
    feed('analysis', toAnalysis(doc))
  }
  const out: Record<string, string> = {}
  const total = createHash('sha256')
  for (const name of [...hashes.keys()].sort()) {
    out[name] = hashes.get(name)!.digest('hex').slice(0, 16)
    total.update(`${name}=${out[name]}\n`)
  }
  out.total = total.digest('hex').slice(0, 16)
  return out
}

const args = process.argv.slice(2)
const hashes = goldenHashes()
for (const [name, hash] of Object.entries(hashes)) console.log(`${name.padEnd(24)} ${hash}`)
const at = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined)
const writeTo = at('--write')
if (writeTo) writeFileSync(writeTo, `${JSON.stringify(hashes, null, 2)}\n`)
const checkAgainst = at('--check')
if (checkAgainst) {
  const expected = JSON.parse(readFileSync(checkAgainst, 'utf8')) as Record<string, string>
  const differ = Object.keys({ ...expected, ...hashes }).filter((name) => expected[name] !== hashes[name])
  if (differ.length > 0) {
    console.error(`golden: ${differ.length} hash(es) differ from ${checkAgainst}: ${differ.join(', ')}`)
    process.exit(1)
  }
  console.log(`golden: every hash matches ${checkAgainst}`)
}
