#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with node's own test runner. Node 20's --test neither expands
// globs nor picks up .ts files, so the files are listed here. Extra arguments are passed to node --test.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

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

const filter = process.env.TEST_FILTER
const files = ['src', 'test']
  .flatMap((dir) => {
    try {
      return find(dir)
    } catch {
      return []
    }
  })
  .filter((file) => !filter || file.includes(filter))
  .sort()
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...process.argv.slice(2), ...files], {
  stdio: 'inherit',
})
process.exit(run.status ?? 1)
