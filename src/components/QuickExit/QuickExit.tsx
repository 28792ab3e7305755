import { useEffect } from 'react'
import { t } from '../../app/text.ts'

/** Where "Leave this site quickly" goes: an ordinary, harmless page. */
export const QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather'
/** Esc pressed this many times ... */
export const QUICK_EXIT_PRESSES = 3
/** ... within this many milliseconds leaves too. */
export const QUICK_EXIT_WINDOW_MS = 2000

/**
 * Leaves with location.replace, so the browser's Back button does not come back to this page.
 * Earlier pages of the app stay in the history: the privacy page says so and how to clear it.
 * We only navigate on the person's action; the app never contacts another site by itself.
 */
export function leaveQuickly(): void {
  document.body.classList.add('is-leaving')
  window.location.replace(QUICK_EXIT_URL)
}

/** Counts Esc presses; a third one within two seconds leaves. */
export function useQuickExitKeys(leave: () => void = leaveQuickly): void {
  useEffect(() => {
    let presses: number[] = []
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return
      const now = Date.now()
      presses = [...presses.filter((at) => now - at < QUICK_EXIT_WINDOW_MS), now]
      if (presses.length >= QUICK_EXIT_PRESSES) {
        presses = []
        leave()
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [leave])
}

export function QuickExit() {
  return (
    <div className="quick-exit">
      <button type="button" className="button button--exit" onClick={() => leaveQuickly()}>
        {t('app.quickExit')}
      </button>
      <span className="quick-exit__hint">{t('app.quickExitHint')}</span>
    </div>
  )
}
