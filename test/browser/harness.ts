/**
 * Shared set-up for browser tests: serves the built app (dist/) with `vite preview` and drives
 * Debian's Chromium with playwright-core. Run `npm run build` first (npm test does). WTH_DIST names
 * another build folder (`vite build --outDir dist-x`), so two people can test side by side.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { after, before } from 'node:test'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'

export const ROOT = join(import.meta.dirname, '..', '..')

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]

export interface Server {
  url: string
  stop(): Promise<void>
}

/** Serves a built folder on a free loopback port. */
export async function startPreview(outDir = process.env.WTH_DIST ?? 'dist', port = 4300 + Math.floor(Math.random() * 500)): Promise<Server> {
  if (!existsSync(join(ROOT, outDir, 'index.html'))) throw new Error(`${outDir}/ has no build: run npm run build first`)
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

export async function newContext(browser: Browser, options: { width?: number; height?: number } = {}): Promise<BrowserContext> {
  return browser.newContext({ acceptDownloads: true, viewport: { width: options.width ?? 1280, height: options.height ?? 900 }, locale: 'en-GB', timezoneId: 'Europe/London' })
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

/** A fresh context (empty storage) at a screen size, with every uncaught page error collected. */
export async function openPage(browser: Browser, size: { width: number; height: number }) {
  const context = await newContext(browser, size)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(String(error)))
  return { context, page, errors }
}
