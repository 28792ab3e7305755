/**
 * The only module that talks to the service worker. It registers only in a production build,
 * says once when the app is ready to work offline, and never reloads the page unless the person
 * has pressed "Update": a reload on its own could lose a half-filled form.
 */
import { Workbox } from 'workbox-window'

export interface OfflineEvents {
  /** The app and everything it needs are now stored on this device. */
  onReadyOffline?: () => void
  /** A new version is waiting; call `update` when the person agrees to it. */
  onUpdateWaiting?: (update: () => void) => void
}

let workbox: Workbox | undefined

export function registerServiceWorker(events: OfflineEvents = {}): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || workbox) return
  const wb = new Workbox('/sw.js', { scope: '/' })
  workbox = wb
  let agreed = false
  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate) events.onReadyOffline?.()
  })
  wb.addEventListener('waiting', () => {
    events.onUpdateWaiting?.(() => {
      agreed = true
      wb.messageSkipWaiting()
    })
  })
  wb.addEventListener('controlling', () => {
    // Another tab may have accepted the update; only the tab where the person agreed reloads by itself.
    if (agreed) window.location.reload()
  })
  void wb.register()
}
