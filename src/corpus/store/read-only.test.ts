// A SQLite store that cannot be written (issue 22, D10 and the low item): opened read-only, queried as usual;
// writes fail with the store_read_only code the CLI and HTTP map to their statuses.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { test } from 'node:test'
import { analyze } from '../../pipeline/analyze.js'
import { prepareItem, storePrepared } from '../ingest/prepare.js'
import { CorpusStore } from './corpus-store.js'
import { toStoredAnalysis } from './stored-analysis.js'

const STORE_MODULE = fileURLToPath(new URL('./corpus-store.ts', import.meta.url))

test('a database in a folder that cannot be written is queried read-only, and a write says store_read_only', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-readonly-'))
  const path = join(dir, 'c.db')
  const store = await CorpusStore.open(path)
  const prepared = await prepareItem({
    name: 'one',
    text: 'Dockers in Velmar returned to work on Tuesday after a strike over pay, the union said.',
  })
  assert.ok(!('error' in prepared))
  await storePrepared(store, prepared, async (text, meta) => toStoredAnalysis(analyze(text, meta)))
  await store.close()
  const script = join(dir, 'probe.mts')
  writeFileSync(
    script,
    `import { CorpusStore } from ${JSON.stringify(STORE_MODULE)}
const store = await CorpusStore.open(${JSON.stringify(path)})
const page = await store.search({ text: 'strike' })
let code = 'none'
try { await store.db.run('DELETE FROM articles') } catch (error) { code = error.code }
console.log(JSON.stringify({ found: page.items.length, code, readOnly: store.db.readOnly }))
await store.close()
`,
  )
  chmodSync(path, 0o444)
  chmodSync(script, 0o444)
  chmodSync(dir, 0o555)
  // Root writes anything: the probe runs as an ordinary user then, as a real user would.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
  const probe = spawnSync(process.execPath, ['--import', 'tsx', script], {
    encoding: 'utf8',
    ...asUser,
    env: { ...process.env, TSX_TSCONFIG_PATH: '' },
  })
  assert.equal(probe.status, 0, probe.stderr)
  assert.deepEqual(JSON.parse(probe.stdout.trim().split('\n').pop()!), {
    found: 1,
    code: 'store_read_only',
    readOnly: true,
  })
})
