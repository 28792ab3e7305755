/**
 * What the service worker has told us, for the banner in the app shell. The service worker itself
 * is registered by main.tsx through src/offline/ (the only module that talks to it).
 */
import { useSyncExternalStore } from 'react'

export interface OfflineStatus {
  /** Everything is stored: the app works offline from now on. Shown once. */
  ready: boolean
  /** A new version is waiting; calling this reloads into it. */
  update?: () => void
}

let status: OfflineStatus = { ready: false }
const listeners = new Set<() => void>()

export function setOfflineStatus(next: Partial<OfflineStatus>): void {
  status = { ...status, ...next }
  for (const listener of listeners) listener()
}

export function useOfflineStatus(): OfflineStatus {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => status,
    () => status,
  )
}
