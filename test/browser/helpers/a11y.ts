/**
 * The automated accessibility check (axe's WCAG 2.2 AA rules) for a page as it is now.
 *
 * axe-core is put into the page once per document and run there directly. AxeBuilder injects the
 * whole library and configures it again on every call, which made each check about eight times
 * slower; the rules and the results are axe's own either way. No page of the app has frames, so
 * running in the top document alone misses nothing.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import type { AxeResults } from 'axe-core'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Each violation as one line: the rule, what it asks, and the elements that fail it. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: n.failureSummary ?? '' })) }))
  }, AXE_TAGS)
  return violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => `${n.target.join(' ')} [${n.summary.replace(/\s+/g, ' ').slice(0, 200)}]`).join(', ')}`)
}

export async function assertAccessible(page: Page, what: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe on ${what}`)
}
