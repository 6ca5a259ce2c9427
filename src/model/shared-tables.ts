/**
 * Model tables shared by the threads of one process. The analysis threads of an ingest or a server all hold the
 * same read-only tables (≈ 12 MB: decoded model files and the lookup tables built from them); one thread builds
 * them in shared memory and hands them to the others, which then build nothing. A thread that takes part in
 * neither builds its own tables as before, and keeps nothing here.
 */
/** A typed array a model is made of. */
export type Table = Int8Array | Uint8Array | Int16Array | Int32Array | Uint32Array | Float32Array | Float64Array

const tables = new Map<string, Table>()
let building = false

/**
 * The table named `key`: handed over by another thread, else built (in shared memory when this thread shares).
 * A table with no name (a model not read from a file) is built and never shared.
 */
export function sharedTable<T extends Table>(key: string | undefined, build: () => T): T {
  if (key === undefined) return build()
  const known = tables.get(key)
  if (known) return known as T
  if (!building) return build()
  const made = build()
  const Type = made.constructor as new (buffer: SharedArrayBuffer) => T
  const copy = new Type(new SharedArrayBuffer(made.byteLength))
  copy.set(made as never)
  tables.set(key, copy)
  return copy
}

/**
 * From now on, tables this thread builds are made in shared memory. Returns them all, to post to other threads
 * (a typed array on shared memory is shared, not copied, when posted) once this thread has loaded its models.
 */
export function shareTables(): ReadonlyMap<string, Table> {
  building = true
  return tables
}

/** Uses tables another thread built: `sharedTable` returns them instead of building. */
export function useTables(from: ReadonlyMap<string, Table>): void {
  for (const [key, table] of from) tables.set(key, table)
}
