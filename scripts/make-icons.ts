/**
 * Renders public/icons/icon.svg to the PNG sizes the web app manifest needs, with Debian's Chromium.
 * Run by hand after changing the SVG: npx tsx scripts/make-icons.ts
 */
import { readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

const svg = readFileSync(new URL('../public/icons/icon.svg', import.meta.url), 'utf8')
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage()
// A maskable icon keeps its artwork inside the central 80% "safe zone", on a full-bleed background.
const sizes = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
]
for (const { file, size, maskable } of sizes) {
  await page.setViewportSize({ width: size, height: size })
  const inner = maskable ? Math.round(size * 0.8) : size
  await page.setContent(`<html><body style="margin:0;background:${maskable ? '#12403c' : 'transparent'};display:grid;place-items:center;width:${size}px;height:${size}px">
    <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body></html>`)
  await page.screenshot({ path: new URL(`../public/icons/${file}`, import.meta.url).pathname, omitBackground: !maskable })
}
await browser.close()
console.log('Wrote icons')
