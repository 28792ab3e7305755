import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { setOfflineStatus } from './app/offline-status.ts'
import './styles/main.css'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
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
