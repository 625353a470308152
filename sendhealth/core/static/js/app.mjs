import { initAll } from '../vendor/nhsuk-frontend/nhsuk-frontend.min.js'

initAll()

// Re-initialise NHS.UK components in content that htmx swaps in.
document.body.addEventListener('htmx:afterSettle', (event) => {
  initAll({ scope: event.detail.elt })
})
