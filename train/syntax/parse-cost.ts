// Tags and parses the first half of UD EWT dev `--rounds` times (0: only loads the model and reads the file), for
// counting instructions: run it under `valgrind --tool=callgrind` or `perf stat -e instructions:u` with two values
// of --rounds and divide the difference by the words parsed. Timings on a shared machine are noise; counts are not.
// Run: npx tsx train/syntax/parse-cost.ts --rounds 3
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { readConllu } from '../../src/eval/conllu.js'
import { defaultSyntaxModel } from '../../src/stages/syntax/load-syntax.js'

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } })
const DEV = new URL('../../../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu', import.meta.url).pathname
if (!existsSync(DEV)) {
  console.error('../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu is absent: nothing to parse')
  process.exit(1)
}
const all = readConllu(DEV)
const sentences = all.slice(0, all.length >> 1)
const loadStarted = performance.now()
const model = defaultSyntaxModel()
const loadMs = performance.now() - loadStarted
let words = 0
let check = 0
const started = performance.now()
for (let round = 0; round < Number(values.rounds); round++) {
  for (const s of sentences) {
    const result = model.analyze(s.words)
    words += s.words.length
    check += result.heads[0] + result.upos[0]
  }
}
const ms = performance.now() - started
console.log(
  JSON.stringify({ words, loadMs: Math.round(loadMs), wordsPerSecond: Math.round(words / (ms / 1000)), check }),
)
