// Builds the web UI into dist/ui, which `newsgraph serve` serves.
import { fileURLToPath } from 'node:url'

export default {
  root: fileURLToPath(new URL('.', import.meta.url)),
  // From the root: the page served at a nested path ("/actor/x/y") still finds its assets.
  base: '/',
  logLevel: 'warn',
  build: { outDir: fileURLToPath(new URL('../dist/ui', import.meta.url)), emptyOutDir: true, sourcemap: false },
}
