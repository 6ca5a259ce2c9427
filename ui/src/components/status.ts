// Loading, empty and error states: spoken by screen readers through live regions.
import { html } from '../lib/html.js'

/** A polite "loading" line. */
export function Loading({ what = 'Loading…' }: { what?: string }) {
  return html`<p class="muted loading" role="status" aria-live="polite">${what}</p>`
}

/** An error said at once (role=alert), in the words of lib/api's humanMessage. */
export function ErrorNote({ message }: { message: string }) {
  return message ? html`<p class="error" role="alert">${message}</p>` : null
}

/** Nothing matched: says so and what to try. */
export function Empty({ children }: { children: unknown }) {
  return html`<p class="empty" role="status">${children}</p>`
}
