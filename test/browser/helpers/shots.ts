/**
 * Screenshots of every page a journey passes through, at the phone width and the desktop width,
 * into /tmp/shots-journeys/ (outside the repository: they show personal details from the fixtures).
 * WTH_SHOTS=off skips them; WTH_SHOTS=one takes only the width the journey runs at.
 * CI takes none unless WTH_SHOTS says so: nobody looks at them there, and the nearly 300 full-page
 * images are a good part of the browser tests' time.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'

export const SHOTS_DIR = process.env.WTH_SHOTS_DIR ?? '/tmp/shots-journeys'
export const PHONE = { width: 360, height: 740 }
export const DESKTOP = { width: 1280, height: 900 }

const mode = process.env.WTH_SHOTS ?? (process.env.CI ? 'off' : 'both')

/** Two animation frames: the page has laid out and painted at the new size (else a full-page shot can catch it half redrawn). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
}

export class Shots {
  private n = 0

  constructor(private readonly prefix: string) {
    if (mode !== 'off') mkdirSync(SHOTS_DIR, { recursive: true })
  }

  /** Full-page screenshots of the page as it is now; the viewport is put back afterwards and focus is not touched. */
  async take(page: Page, label?: string): Promise<void> {
    if (mode === 'off') return
    this.n += 1
    const own = page.viewportSize() ?? DESKTOP
    const slug = (label ?? (new URL(page.url()).pathname.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'start')).replace(/[^a-z0-9_-]+/gi, '-')
    const name = (width: number) => join(SHOTS_DIR, `${this.prefix}-${String(this.n).padStart(2, '0')}-${slug}-${width}.png`)
    await page.screenshot({ path: name(own.width), fullPage: true, animations: 'disabled', caret: 'initial' })
    if (mode === 'one') return
    const other = own.width === PHONE.width ? DESKTOP : PHONE
    await page.setViewportSize(other)
    await settle(page)
    await page.screenshot({ path: name(other.width), fullPage: true, animations: 'disabled', caret: 'initial' })
    await page.setViewportSize(own)
    await settle(page)
  }
}
