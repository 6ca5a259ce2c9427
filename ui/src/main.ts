// The Newsgraph web UI: Preact with htm templates, one file per page (pages/) and component (components/).
import { render } from 'preact'
import { App } from './app.js'
import { html } from './lib/html.js'

render(html`<${App} />`, document.getElementById('app')!)
