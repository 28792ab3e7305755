/**
 * Pages outside the first bundle. Each loads on first use together with every interface word (the first
 * bundle has only the first page's words), or earlier: the shell preloads the question pages when the
 * browser is idle after the first page, then every other page made here (preloadPages), so a page added
 * with pageLoader is loaded ahead of need with no list to keep. Once loaded a page shows at once: it
 * never passes through the loading line again.
 */
import { lazy, type ComponentType, type ReactElement } from 'react'
import { loadEveryWord } from '../i18n/load.app.ts'

export interface LoadedPage<P extends object> {
  Page: (props: P) => ReactElement
  preload: () => Promise<unknown>
}

/** Every page made by pageLoader, for preloadPages. */
const pages: LoadedPage<never>[] = []

/** Loads every page made by pageLoader that has not loaded yet (the shell calls it when the browser is idle). */
export function preloadPages(): void {
  for (const page of pages) void page.preload().catch(() => undefined)
}

export function pageLoader<P extends object>(load: () => Promise<ComponentType<P>>): LoadedPage<P> {
  let pending: Promise<ComponentType<P>> | undefined
  let loaded: ComponentType<P> | undefined
  const preload = () => {
    pending ??= Promise.all([load(), loadEveryWord()]).then(([component]) => (loaded = component))
    // A failed load (a lost connection before the offline copy was ready) is tried again next time.
    pending.catch(() => {
      pending = undefined
    })
    return pending
  }
  const Lazy = lazy(() => preload().then((component) => ({ default: component })))
  function Page(props: P): ReactElement {
    const Component = loaded ?? Lazy
    return <Component {...props} />
  }
  const page = { Page, preload }
  pages.push(page as unknown as LoadedPage<never>)
  return page
}

/** Runs `work` when the browser has nothing else to do (at the latest after `timeout` ms). */
export function whenIdle(work: () => void, timeout = 2000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(work, { timeout })
    return () => window.cancelIdleCallback(id)
  }
  const id = window.setTimeout(work, 200)
  return () => window.clearTimeout(id)
}
