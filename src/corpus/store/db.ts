import Database from 'better-sqlite3'
import type pg from 'pg'
import { accessSync, constants } from 'node:fs'
import { dirname } from 'node:path'
import { AppError, messages } from '../../errors.js'
import { storableText, toStoreError } from './store-errors.js'

/** A parameter of a query. */
export type Param = string | number | null

/**
 * The little the corpus store needs of a SQL database, the same for both engines: queries are written with `?`
 * placeholders (rewritten to `$1…` for PostgreSQL), rows come back as plain objects, and `transaction` runs a
 * function atomically on one connection.
 */
export interface Db {
  readonly engine: 'sqlite' | 'postgres'
  /** Opened read-only (a SQLite file or folder that cannot be written): queries work, writes fail. */
  readonly readOnly?: boolean
  /**
   * PostgreSQL session advisory locks, all taken and released on one dedicated connection: a lock taken on one
   * pooled connection cannot be released from another (that leaked locks), and a connection back in the pool
   * would keep them.
   */
  readonly locks?: { tryLock(key: string): Promise<boolean>; unlock(key: string): Promise<void> }
  all<T = Record<string, unknown>>(sql: string, params?: Param[]): Promise<T[]>
  get<T = Record<string, unknown>>(sql: string, params?: Param[]): Promise<T | undefined>
  run(sql: string, params?: Param[]): Promise<number>
  exec(sql: string): Promise<void>
  transaction<T>(fn: (db: Db) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/**
 * Opens the embedded SQLite engine on a file: WAL, a busy timeout so that concurrent writers wait their turn.
 * A file (or folder, or filesystem) that cannot be written is opened read-only: queries work, writes fail with
 * `store_read_only`.
 */
export function openSqlite(path: string): Db {
  let db: Database.Database
  let readOnly = false
  try {
    readOnly = path !== ':memory:' && !writable(path)
    db = readOnly ? new Database(path, { readonly: true, fileMustExist: true }) : new Database(path)
    if (!readOnly) {
      db.pragma('journal_mode = WAL')
      db.pragma('synchronous = NORMAL')
    }
    db.pragma('busy_timeout = 30000')
    db.pragma('foreign_keys = ON')
    // Fewer, larger checkpoints: ingest commits often. The page cache stays small (4 MB): a larger one was no faster
    // at ingest (the OS caches the file as well) and cost its size in memory.
    if (!readOnly) db.pragma('wal_autocheckpoint = 10000')
    db.pragma('cache_size = -4000')
  } catch (error) {
    if (readOnly && /READONLY_DIRECTORY|CANTOPEN/.test(String((error as { code?: string }).code)))
      throw new AppError(
        'store_read_only',
        messages.storeReadOnly(
          `"${path}" was left in WAL mode and its folder cannot be written; open it once where it can be, or copy it`,
        ),
        { cause: error },
      )
    const mapped = toStoreError(error)
    if (mapped instanceof AppError) throw mapped
    throw new AppError('store_unavailable', `cannot open the SQLite store "${path}": ${(error as Error).message}`, {
      cause: error,
    })
  }
  // Statements are compiled once per SQL text: ingest runs the same few thousands of times.
  const statements = new Map<string, Database.Statement>()
  const prepare = (sql: string) => {
    let statement = statements.get(sql)
    if (!statement) {
      statement = db.prepare(sql)
      if (statements.size < 500) statements.set(sql, statement)
    }
    return statement
  }
  const mapped = <T>(fn: () => T): T => {
    try {
      return fn()
    } catch (error) {
      throw toStoreError(error)
    }
  }
  const base = {
    engine: 'sqlite' as const,
    readOnly,
    all: async (sql: string, params: Param[] = []) => mapped(() => prepare(sql).all(...storable(params)) as never),
    get: async (sql: string, params: Param[] = []) => mapped(() => prepare(sql).get(...storable(params)) as never),
    run: async (sql: string, params: Param[] = []) => mapped(() => prepare(sql).run(...storable(params)).changes),
    exec: async (sql: string) => {
      mapped(() => db.exec(sql))
    },
    close: async () => {
      // Left in rollback-journal mode when no other connection has it open, a closed database can be queried from
      // a read-only folder or filesystem later (WAL needs its -shm file beside it, which cannot be made there).
      // Another process still using it keeps WAL: no wait for it (busy timeout 0).
      if (!readOnly && path !== ':memory:')
        try {
          db.pragma('busy_timeout = 0')
          db.pragma('journal_mode = DELETE')
        } catch {
          /* busy: another connection is open, and the mode stays WAL */
        }
      db.close()
    },
  }
  // Inside a transaction, a nested one joins it.
  const inner: Db = { ...base, transaction: (fn) => fn(inner) }
  // One connection: transactions of concurrent callers run one after another, never interleaved.
  let queue: Promise<unknown> = Promise.resolve()
  const self: Db = {
    ...base,
    transaction: (fn) => {
      const run = queue.then(async () => {
        mapped(() => db.exec('BEGIN IMMEDIATE'))
        try {
          const result = await fn(inner)
          db.exec('COMMIT')
          return result
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK')
          throw toStoreError(error)
        }
      })
      queue = run.catch(() => undefined)
      return run
    },
  }
  return self
}

/** Whether a SQLite file (or, for a new one, its folder) can be written, with its folder (WAL files live there). */
function writable(path: string): boolean {
  try {
    accessSync(dirname(path), constants.W_OK)
  } catch {
    return false
  }
  try {
    accessSync(path, constants.W_OK)
    return true
  } catch (error) {
    return (error as { code?: string }).code === 'ENOENT'
  }
}

/** Parameters with their strings made storable alike on both engines (`storableText`). */
function storable(params: Param[]): Param[] {
  return params.map((p) => (typeof p === 'string' ? storableText(p) : p))
}

/** `?` placeholders → `$1, $2, …` (no query of ours has a `?` inside a string literal). */
function numbered(sql: string): string {
  let n = 0
  return sql.replace(/\?/g, () => `$${++n}`)
}

/**
 * Opens a PostgreSQL engine from a `postgres://` URL (a small pool). The client library is loaded here, not with
 * the module: a SQLite store never needs it (≈ 13 MB).
 */
export async function openPostgres(url: string): Promise<Db> {
  const {
    default: { Pool },
  } = await import('pg')
  const pool = new Pool({ connectionString: url, max: 4 })
  pool.on('error', () => {
    /* a dropped idle client; the next query reconnects */
  })
  const wrap = (client: pg.Pool | pg.PoolClient, inTransaction: boolean): Db => {
    const query = async (sql: string, params: Param[] = []) => {
      try {
        return await client.query(numbered(sql), storable(params))
      } catch (error) {
        const code = (error as { code?: string }).code
        if (code === 'ECONNREFUSED' || code === '57P01' || code === '3D000')
          throw new AppError('store_unavailable', `cannot reach the PostgreSQL store: ${(error as Error).message}`, {
            cause: error,
          })
        throw toStoreError(error)
      }
    }
    const self: Db = {
      engine: 'postgres',
      all: async (sql, params) => (await query(sql, params)).rows as never,
      get: async (sql, params) => (await query(sql, params)).rows[0] as never,
      run: async (sql, params) => (await query(sql, params)).rowCount ?? 0,
      exec: async (sql) => {
        await query(sql)
      },
      transaction: async (fn) => {
        if (inTransaction) return fn(self)
        const connection = await pool.connect().catch((error: Error) => {
          throw new AppError('store_unavailable', `cannot reach the PostgreSQL store: ${error.message}`, {
            cause: error,
          })
        })
        try {
          await connection.query('BEGIN')
          const result = await fn(wrap(connection, true))
          await connection.query('COMMIT')
          return result
        } catch (error) {
          await connection.query('ROLLBACK').catch(() => undefined)
          throw error
        } finally {
          connection.release()
        }
      },
      close: async () => {
        await locks.close()
        await pool.end()
      },
      locks,
    }
    return self
  }
  const locks = sessionLocks(url)
  return wrap(pool, false)
}

/**
 * Session advisory locks on one connection of their own, opened on first use and opened again if it drops (its
 * locks went with it). Every lock is released on the connection that took it.
 */
function sessionLocks(url: string): NonNullable<Db['locks']> & { close(): Promise<void> } {
  let client: Promise<pg.Client> | undefined
  const connect = () => {
    client ??= import('pg').then(async ({ default: { Client } }) => {
      const c = new Client({ connectionString: url })
      c.on('error', () => {
        client = undefined
      })
      await c.connect()
      return c
    })
    return client.catch((error: Error) => {
      client = undefined
      throw new AppError('store_unavailable', `cannot reach the PostgreSQL store: ${error.message}`, { cause: error })
    })
  }
  // One query at a time on the connection: pg queues overlapping ones today but will refuse them from pg 9.
  let queue: Promise<unknown> = Promise.resolve()
  const inTurn = <T>(query: (c: pg.Client) => Promise<T>): Promise<T> => {
    const turn = queue.then(async () => query(await connect()))
    queue = turn.catch(() => undefined)
    return turn
  }
  return {
    async tryLock(key) {
      const result = await inTurn((c) =>
        c.query('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok', [storableText(key)]),
      )
      return (result.rows[0] as { ok: boolean }).ok === true
    },
    async unlock(key) {
      await inTurn((c) => c.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [storableText(key)]))
    },
    async close() {
      const open = client
      client = undefined
      if (open) await (await open.catch(() => undefined))?.end()
    },
  }
}

/** True when a `--db` value names a PostgreSQL server rather than a SQLite file. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//.test(target)
}

/** Opens the store a `--db` value names: a `postgres://` URL, else a SQLite file path. */
export async function openDb(target: string): Promise<Db> {
  return isPostgresUrl(target) ? openPostgres(target) : openSqlite(target)
}
