import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize as normalizePath } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { sendError } from './on-error.js'

/** Where the built web UI lives (`vite build` writes it at install). */
export const UI_DIR = fileURLToPath(new URL('../../dist/ui/', import.meta.url))

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
}

const CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'"

/**
 * Serves the built UI: its files, and its page for any other path without a file extension (the app routes by
 * hash, so "/actor/x/y" shows the app; its assets are linked from the root, so it is never blank there). A
 * missing file with an extension is a 404, never the page served as a script.
 */
export function uiRoutes(app: FastifyInstance): void {
  app.get('/*', async (request: FastifyRequest, reply: FastifyReply) => {
    const path = (request.params as { '*': string })['*']
    if (path.startsWith('v1/') || path === 'v1')
      return sendError(reply, 404, 'not_found', `no route GET /${path.split('?')[0]}`)
    return sendUi(reply, path || 'index.html')
  })
}

/** Sends a file of the built UI, or its page. */
export function sendUi(reply: FastifyReply, path: string) {
  const safe = normalizePath(`/${path}`).replace(/^[/\\]+/, '')
  let file = join(UI_DIR, safe)
  const isFile =
    file.startsWith(UI_DIR) &&
    safe !== '' &&
    !safe.endsWith('/') &&
    statSync(file, { throwIfNoEntry: false })?.isFile() === true
  if (!isFile) {
    if (extname(safe) && extname(safe) !== '.html')
      return reply.status(404).type('text/plain; charset=utf-8').send(`Not found: /${safe}`)
    file = join(UI_DIR, 'index.html')
  }
  if (!existsSync(file))
    return reply.status(404).type('text/plain').send('The web UI is not built: run `npm run build:ui`.')
  return reply
    .type(MIME[extname(file)] ?? 'application/octet-stream')
    .header('content-security-policy', CSP)
    .send(readFileSync(file))
}
