import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { startingLocale, switchLocale } from './app/language.tsx'
import { setOfflineStatus } from './app/offline-status.ts'
import './styles/main.css'

/**
 * A built app keeps errors out of the console: an error's text or stack can hold characters of a name,
 * and the console of a shared or watched device keeps them. React 19 logs every error a boundary
 * catches unless told otherwise; the browser logs any error nothing catches unless it is cancelled.
 */
const ignore = () => {}
const rootOptions = import.meta.env.PROD ? { onCaughtError: ignore, onUncaughtError: ignore, onRecoverableError: ignore } : {}
if (import.meta.env.PROD) {
  window.addEventListener('error', (event) => event.preventDefault())
  window.addEventListener('unhandledrejection', (event) => event.preventDefault())
}

const root = document.getElementById('root')
if (root) {
  const render = () =>
    createRoot(root, rootOptions).render(
      <StrictMode>
        <App />
      </StrictMode>,
    )
  // A person who asked for Welsh never sees a page of English first; English needs no loading.
  switchLocale(startingLocale()).then(render, render)
}

// The service worker (and what it stores for offline use) starts only after the first page has
// loaded, so it never competes with it; the code that talks to it is not in the first bundle.
if (import.meta.env.PROD) {
  window.addEventListener('load', () => {
    void import('./offline/service-worker.ts').then(({ registerServiceWorker }) =>
      registerServiceWorker({
        onReadyOffline: () => setOfflineStatus({ ready: true }),
        onUpdateWaiting: (update) => setOfflineStatus({ update }),
      }),
    )
  })
}
