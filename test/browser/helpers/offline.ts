/**
 * Working offline, as a person would after one visit: the service worker controls the page and its
 * cache holds the fonts a PDF needs, then the network goes and the page is opened again from the
 * device. The context must let the service worker install (newContext's serviceWorkers: 'allow').
 */
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'

/** Waits until a service worker controls the page (the first visit installs it; a reload hands control over). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => { await navigator.serviceWorker.ready })
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload()
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), undefined, { timeout: 20_000 })
}

/** Waits until the app's files, fonts included, are kept on the device. */
export async function waitForStoredFonts(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys()
      if (keys.some((r) => r.url.includes('/fonts/NotoSans-Regular.ttf'))) return true
    }
    return false
  }, undefined, { timeout: 30_000, polling: 250 })
}

/**
 * From a page of the app already open: once everything is kept, the network goes and `path` (the
 * page's own address when not given) is opened again, from the service worker, which is checked.
 */
export async function goOffline(page: Page, path?: string): Promise<void> {
  await waitForServiceWorker(page)
  await waitForStoredFonts(page)
  await page.context().setOffline(true)
  const response = await page.goto(path === undefined ? page.url() : new URL(path, page.url()).href)
  await page.getByRole('heading', { level: 1 }).first().waitFor()
  // Chromium's navigator.onLine stays true under emulated offline: what shows it is the network refusing.
  assert.equal(response?.fromServiceWorker(), true, 'the page came from the service worker')
  const fetched = await page.evaluate(async () => fetch(`/not-stored-${performance.now()}.json`, { cache: 'no-store' }).then(() => 'fetched', () => 'refused'))
  assert.equal(fetched, 'refused', 'nothing can be fetched from the network')
}
