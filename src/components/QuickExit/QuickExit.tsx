import { useEffect } from 'react'
import { t } from '../../i18n/text.ts'
import { announceLeaving, clearEverything } from '../../storage/index.ts'

/** Where "Leave this site quickly" goes: an ordinary, harmless page. */
const QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather'
/** Esc pressed this many times ... */
const QUICK_EXIT_PRESSES = 3
/** ... within this many milliseconds leaves too. */
const QUICK_EXIT_WINDOW_MS = 2000
/** Clearing before leaving waits no longer than this: leaving fast matters more. */
const CLEAR_WAIT_MS = 1500

/**
 * Leaves with location.replace, so the browser's Back button does not come back to this page, and
 * the app's other tabs leave too (unless this tab is leaving because another one did). Earlier pages
 * of the app stay in the history: the privacy page says so and how to clear it. We only navigate on
 * the person's action; the app never contacts another site by itself.
 */
export function leaveQuickly(tellOtherTabs = true): void {
  document.body.classList.add('is-leaving')
  if (tellOtherTabs) announceLeaving()
  window.location.replace(QUICK_EXIT_URL)
}

/** Hides the page at once, deletes the answers from the device (waiting a moment at most), then leaves. */
async function leaveAndClear(): Promise<void> {
  document.body.classList.add('is-leaving')
  announceLeaving()
  // The records are deleted first, in one quick transaction; the empty database follows once the
  // other tabs have gone.
  await Promise.race([clearEverything(CLEAR_WAIT_MS), new Promise((resolve) => setTimeout(resolve, CLEAR_WAIT_MS))])
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

/**
 * A thin bar that stays at the top of the screen as the page scrolls, so leaving is always one tap
 * away, with or without clearing the answers first. It comes first after the skip link, far from
 * where a stray Tab after Continue lands.
 */
export function QuickExit() {
  return (
    <div className="quick-exit">
      <div className="container quick-exit__inner">
        <span className="quick-exit__hint">{t('app.quickExitHint')}</span>
        <button type="button" className="button button--exit" onClick={() => leaveQuickly()}>
          {t('app.quickExit')}
        </button>
        <button type="button" className="button button--exit button--exit-clear" onClick={() => void leaveAndClear()}>
          {t('app.quickExitClear')}
        </button>
      </div>
    </div>
  )
}
