/**
 * One URL per page with the History API: the browser's Back and Forward buttons work, and a page can
 * be reloaded or bookmarked. `vite preview` and any static host with an SPA fallback serve deep links.
 */
import { useSyncExternalStore } from 'react'
import { matchPath, type Match } from './steps.ts'

const listeners = new Set<() => void>()
let navigations = 0

function emit() {
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  const onPop = () => {
    navigations += 1
    listener()
  }
  window.addEventListener('popstate', onPop)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', onPop)
  }
}

function snapshot(): string {
  return window.location.pathname + window.location.search
}

/** Go to a page of the app. `replace` when the current page should not stay in the history. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  navigations += 1
  if (options.replace) window.history.replaceState(null, '', to)
  else window.history.pushState(null, '', to)
  try {
    window.scrollTo(0, 0)
  } catch {
    // jsdom has no scrolling.
  }
  emit()
}

/** True once the person has moved between pages: the first page load keeps the browser's own focus. */
export function hasNavigated(): boolean {
  return navigations > 0
}

export interface Route {
  /** Path and query, e.g. "/about-them/name?from=check": changes whenever the page does. */
  key: string
  pathname: string
  match: Match | undefined
  /** Came from a Change link on check your answers. */
  fromCheck: boolean
  /** "?return=": the page of this app to go back to (the keep and clear pages). */
  returnTo: string | undefined
  /** "?kind=": the kind of body to add by hand, chosen already (the page checks it is one). */
  kind: string | undefined
}

/** A path of this app from "?return="; anything else (another site, say) is ignored. */
function appPath(value: string | null): string | undefined {
  if (!value?.startsWith('/') || value.startsWith('//')) return undefined
  const url = new URL(value, 'http://localhost')
  return matchPath(url.pathname) ? url.pathname + url.search : undefined
}

/** `path` with a way back to `returnTo`, a page of this app. */
export function withReturn(path: string, returnTo: string): string {
  return `${path}?return=${encodeURIComponent(returnTo)}`
}

export function useRoute(): Route {
  const key = useSyncExternalStore(subscribe, snapshot, snapshot)
  const url = new URL(key, 'http://localhost')
  return {
    key,
    pathname: url.pathname,
    match: matchPath(url.pathname),
    fromCheck: url.searchParams.get('from') === 'check',
    returnTo: appPath(url.searchParams.get('return')),
    kind: url.searchParams.get('kind') ?? undefined,
  }
}
