#!/usr/bin/env node
// Runs the *.test.ts files under src/ and test/ with node's own test runner. Node 20's --test neither expands
// globs nor picks up .ts files, so the files are listed here. Extra arguments are passed to node --test.
//
//   node scripts/run-tests.mjs          every test (what CI runs)
//   node scripts/run-tests.mjs --unit   the fast tier: stages, models, the Doc and the pipeline in-process; no
//                                       processes spawned, no server, no browser, no database, no ../shared data
// TEST_FILTER=text narrows either tier to the files whose path contains it.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

/** Folders whose tests start processes, servers, browsers or databases, or read ../shared: the slow tier. */
const INTEGRATION = ['src/cli/', 'src/corpus/', 'src/server/', 'test/']

function find(dir) {
  let found = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'fixtures')
      found = found.concat(find(path))
    else if (entry.name.endsWith('.test.ts')) found.push(path)
  }
  return found
}

const args = process.argv.slice(2)
const unit = args.includes('--unit')
const filter = process.env.TEST_FILTER
const files = ['src', 'test']
  .flatMap((dir) => {
    try {
      return find(dir)
    } catch {
      return []
    }
  })
  .filter((file) => !unit || !INTEGRATION.some((prefix) => file.startsWith(prefix)))
  .filter((file) => !filter || file.includes(filter))
  .sort()
const nodeArgs = [
  '--import',
  'tsx',
  '--test',
  ...(unit ? ['--test-concurrency=2'] : []),
  ...args.filter((a) => a !== '--unit'),
  ...files,
]
const env = unit ? { ...process.env, NEWSGRAPH_TEST_TIER: 'unit' } : process.env
const run = spawnSync(process.execPath, nodeArgs, { stdio: 'inherit', env })
process.exit(run.status ?? 1)
