#!/usr/bin/env node
import { main } from './main.js'

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0) // `newsgraph analyze … | head` closed the pipe early
})

process.exitCode = await main(process.argv.slice(2))
