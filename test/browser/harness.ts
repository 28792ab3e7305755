/**
 * Shared set-up for browser tests: serves the built app (dist/) with `vite preview` and drives
 * Debian's Chromium with playwright-core. Run `npm run build` first (npm test does). WTH_DIST names
 * another build folder (`vite build --outDir dist-x`), so two people can test side by side.
 *
 * No browser test reads the real clock: every context made here has its pages' clock pinned to
 * TEST_TODAY (or the day a test asks for), so the suite passes on any day for years. Playwright's
 * clock reaches pages and frames, not workers or the service worker: the PDF worker is given the
 * letter date with the answers, so the letters never depend on its clock (only the PDF's creation
 * time in its metadata, stamped by src/pdf/render.ts, is the machine's real time).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { after, before } from 'node:test'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import { TEST_TODAY } from '../helpers/today.ts'

export const ROOT = join(import.meta.dirname, '..', '..')

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]

export interface Server {
  url: string
  stop(): Promise<void>
}

/** A loopback port nothing listens on, from the system: test files run side by side, each with its own server. */
export async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}

/** Serves a built folder on a free loopback port. */
export async function startPreview(outDir = process.env.WTH_DIST ?? 'dist', chosenPort?: number): Promise<Server> {
  if (!existsSync(join(ROOT, outDir, 'index.html'))) throw new Error(`${outDir}/ has no build: run npm run build first`)
  const port = chosenPort ?? (await freePort())
  const child: ChildProcess = spawn(join(ROOT, 'node_modules', '.bin', 'vite'), ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', outDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const url = `http://127.0.0.1:${port}`
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('vite preview did not start in 20 s')), 20_000)
    const onData = (chunk: Buffer) => {
      if (chunk.toString().includes(String(port))) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)))
  })
  return {
    url,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    }),
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
}

export { TEST_TODAY }

export interface ClockOptions {
  /** The UK day the pages think it is (YYYY-MM-DD), from midday; TEST_TODAY when not given. */
  today?: string
  /** An exact instant instead of `today`, for a test about a day turning over. */
  now?: Date
}

/** The instant a context's clock starts at. Midday UTC is the same day in the UK in winter and summer. */
export function clockStart(options: ClockOptions = {}): Date {
  if (options.now) return options.now
  const day = options.today ?? TEST_TODAY
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`today must be YYYY-MM-DD, not "${day}"`)
  return new Date(`${day}T12:00:00Z`)
}

/**
 * Pins the clock of every page in the context (including ones opened later) to start at the given
 * day; it then runs on as a real clock does. Installed before any page loads, so the app's first
 * look at the date is already the pinned one.
 */
export async function pinClock(context: BrowserContext, options: ClockOptions = {}): Promise<Date> {
  const start = clockStart(options)
  await context.clock.install({ time: start })
  return start
}

export interface ContextOptions extends ClockOptions {
  width?: number
  height?: number
  /**
   * Whether the app's service worker may install. Only tests of working offline and of updates need
   * it: installing it fetches and keeps every file of the app (fonts too) in each fresh context, which
   * is a good part of a short test's time.
   */
  serviceWorkers?: 'allow' | 'block'
}

/** A fresh context (empty storage) at a screen size, UK locale and time zone, with the clock pinned. */
export async function newContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    serviceWorkers: options.serviceWorkers ?? 'block',
  })
  await pinClock(context, options)
  return context
}

export interface App {
  readonly server: Server
  readonly browser: Browser
}

/**
 * Serves the built app and starts one browser before a test file's tests, and stops both after.
 * `setUp` runs once both are ready (node's test runner does not wait for one top-level hook before
 * starting the next, so set-up that needs them goes here, not in a hook of its own).
 */
export function appUnderTest(setUp?: (app: App) => Promise<void>): App {
  const live: { server?: Server; browser?: Browser } = {}
  const app: App = {
    get server() { return live.server! },
    get browser() { return live.browser! },
  }
  before(async () => {
    live.server = await startPreview()
    live.browser = await launchBrowser()
    await setUp?.(app)
  })
  after(async () => {
    await live.browser?.close()
    await live.server?.stop()
  })
  return app
}

/** A fresh context (empty storage) at a screen size, clock pinned, with every uncaught page error collected. */
export async function openPage(browser: Browser, size: { width: number; height: number } & ContextOptions) {
  const context = await newContext(browser, size)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(String(error)))
  return { context, page, errors }
}
