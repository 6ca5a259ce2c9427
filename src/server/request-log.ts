/** One structured log line: a JSON object written on its own line. */
export type LogFields = Record<string, unknown> & { msg: string }

/** Where the server writes its log lines (stderr by default), or nothing when quiet. */
export interface RequestLog {
  /** True when lines are written: a 500 may then say that the server logged it. */
  readonly enabled: boolean
  error(fields: LogFields): void
  warn(fields: LogFields): void
  info(fields: LogFields): void
}

/** Options of the server's log. */
export interface RequestLogOptions {
  /** Write nothing. */
  quiet?: boolean
  /** Where lines go (default: process.stderr). */
  write?: (line: string) => void
}

/**
 * The server's log: JSON lines (`{"time", "level", "msg", …}`) on stderr, one per error, slow request or job,
 * so that a 500 or a stall leaves a trace an operator can grep. `quiet` silences it.
 */
export function createRequestLog(options: RequestLogOptions = {}): RequestLog {
  const write = options.write ?? ((line: string) => process.stderr.write(line))
  const enabled = !options.quiet
  const line = (level: string) => (fields: LogFields) => {
    if (!enabled) return
    try {
      write(`${JSON.stringify({ time: new Date().toISOString(), level, ...fields })}\n`)
    } catch {
      // A log that cannot be written (a closed pipe) must not fail the request.
    }
  }
  return { enabled, error: line('error'), warn: line('warn'), info: line('info') }
}
