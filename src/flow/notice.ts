/**
 * The message the shell shows at the top of a page about what just happened (cleared, changed in
 * another tab). Any page may set it; the shell (app/notices.tsx) shows it.
 */
import { useSyncExternalStore } from 'react'

export interface Notice {
  text: string
  /** The page (path and query) it belongs to: it goes when the person moves on. */
  key: string
  /** Offers to show the newest answers, after another tab changed them. */
  refresh?: boolean
}

let current: Notice | undefined
const listeners = new Set<() => void>()

/** Shows a notice on the page at `notice.key`. */
export function showNotice(notice: Notice | undefined): void {
  current = notice
  for (const listener of listeners) listener()
}

export function useNotice(): Notice | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current,
    () => current,
  )
}
