// The folder walk (issue 22, D7): only regular files, links followed once, sizes checked before reading.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { type RawItem, readSources } from './sources.js'

const ARTICLE = 'The council of Brindale voted on Monday to close the old bridge, the mayor said.'

async function walk(inputs: string[], maxBytes?: number) {
  const items: RawItem[] = []
  const notes: { name: string; reason: string }[] = []
  for await (const item of readSources(inputs, {
    ...(maxBytes && { limits: { maxBytes } }),
    onNote: (note) => notes.push(note),
  }))
    items.push(item)
  return { items, notes }
}

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ng-walk-'))
  writeFileSync(join(dir, 'article.txt'), ARTICLE)
  return dir
}

test('a named pipe in a folder is skipped with a note, never opened (it hung ingest for ever)', {
  timeout: 30_000,
}, async () => {
  const dir = folder()
  execFileSync('mkfifo', [join(dir, 'pipe.txt')])
  const { items, notes } = await walk([dir])
  assert.deepEqual(
    items.map((i) => ('text' in i ? i.text : i)),
    [ARTICLE],
  )
  assert.equal(notes.length, 1)
  assert.match(notes[0].reason, /named pipe/)
})

test('a named pipe given by name fails as an item, and the run goes on', { timeout: 30_000 }, async () => {
  const dir = folder()
  execFileSync('mkfifo', [join(dir, 'pipe.jsonl')])
  const { items } = await walk([join(dir, 'pipe.jsonl'), join(dir, 'article.txt')])
  assert.match('error' in items[0] ? items[0].error : '', /not a regular file \(a named pipe\)/)
  assert.ok('text' in items[1])
})

test('a link to /dev/zero is skipped, not read (it grew memory to 12.5 GB)', { timeout: 30_000 }, async () => {
  const dir = folder()
  symlinkSync('/dev/zero', join(dir, 'zero.txt'))
  const { items, notes } = await walk([dir])
  assert.equal(items.length, 1)
  assert.ok('text' in items[0])
  assert.match(notes[0].reason, /device/)
})

test('two links to "." make no loop: each folder and file is read once', { timeout: 30_000 }, async () => {
  const dir = folder()
  symlinkSync('.', join(dir, 'again'))
  symlinkSync('.', join(dir, 'once-more'))
  mkdirSync(join(dir, 'sub'))
  symlinkSync('..', join(dir, 'sub', 'up'))
  symlinkSync(join(dir, 'article.txt'), join(dir, 'sub', 'same.txt'))
  const { items, notes } = await walk([dir])
  assert.equal(items.length, 1)
  assert.ok(notes.length >= 3 && notes.every((n) => /read already/.test(n.reason)))
})

test('a file over the size limit is refused before it is read', async () => {
  const dir = folder()
  writeFileSync(join(dir, 'big.txt'), 'x'.repeat(5000))
  const { items } = await walk([dir], 1000)
  const refused = items.find((i) => i.name.endsWith('big.txt'))
  assert.match(refused && 'error' in refused ? refused.error : '', /over the 1000-byte limit/)
  assert.ok(items.some((i) => 'text' in i))
})
