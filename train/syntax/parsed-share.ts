// What share of the sentences and tokens of real news the syntax stage parses by default (the sentences a later
// stage reads: see sentences-to-parse.ts), on PolNeAR dev's texts (../shared/data/polnear/dev/text).
// Run: npx tsx train/syntax/parsed-share.ts [--dir DIR]
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { analyzeDoc } from '../../src/pipeline/analyze.js'
import { sentencesToParse } from '../../src/stages/syntax/sentences-to-parse.js'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: new URL('../../../shared/data/polnear/dev/text/', import.meta.url).pathname },
  },
})
if (!existsSync(values.dir)) {
  console.error(`${values.dir} is absent: no news to measure on`)
  process.exit(1)
}
const files = readdirSync(values.dir).filter((f) => f.endsWith('.txt'))
let sentences = 0
let tokens = 0
let parsedSentences = 0
let parsedTokens = 0
for (const file of files) {
  const doc = analyzeDoc(readFileSync(`${values.dir}/${file}`, 'utf8'), {}, { stageOptions: { syntax: false } })
  const chosen = new Set(sentencesToParse(doc))
  doc.sentences.forEach((sentence, i) => {
    const count = doc.tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end).length
    sentences++
    tokens += count
    if (!chosen.has(i)) return
    parsedSentences++
    parsedTokens += count
  })
}
const share = (a: number, b: number) => +(a / b).toFixed(3)
console.log(
  JSON.stringify({
    articles: files.length,
    sentences,
    tokens,
    parsedSentences,
    parsedTokens,
    sentenceShare: share(parsedSentences, sentences),
    tokenShare: share(parsedTokens, tokens),
  }),
)
