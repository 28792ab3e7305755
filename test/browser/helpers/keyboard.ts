/**
 * Driving the app by keyboard alone, as a person with no mouse would: Tab and Shift+Tab to move,
 * typing into boxes, Space for checkboxes and radios, arrow keys and Enter in the recipient
 * combobox, Enter on buttons and links. No .click() and no .fill() anywhere in these helpers.
 * Targets are Playwright locators (by accessible name or id), used only to ask "is this focused?".
 */
import assert from 'node:assert/strict'
import type { Locator, Page } from 'playwright-core'

/** Tab presses before giving up: more than any page of the app has stops. */
const MAX_TABS = 120

/** A short description of the focused element, for failure messages. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return '<body>'
    const id = el.id ? `#${el.id}` : ''
    const type = el instanceof HTMLInputElement ? `[type=${el.type}]` : ''
    const labels = (el as HTMLInputElement).labels
    const name = (labels && labels.length > 0 ? labels[0]?.textContent : el.getAttribute('aria-label') ?? el.textContent) ?? ''
    return `${el.tagName.toLowerCase()}${type}${id} "${name.replace(/\s+/g, ' ').trim().slice(0, 50)}"`
  })
}

/** Whether focus is on (any element matched by) the locator. */
export async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluateAll((els) => els.some((el) => el === document.activeElement))
}

/**
 * Presses Tab (or Shift+Tab) until focus is on the target, at most `max` times. Fails with the
 * path focus took, so a missing tab stop or a focus trap is easy to see.
 */
export async function tabTo(page: Page, target: Locator, options: { max?: number; backwards?: boolean } = {}): Promise<void> {
  const max = options.max ?? MAX_TABS
  // The element must exist before we start counting presses (lazy pages, lists that load later).
  await target.first().waitFor({ state: 'attached', timeout: 15_000 }).catch(() => {
    throw new Error(`tabTo: ${String(target)} is not on the page ${page.url()}`)
  })
  const path: string[] = []
  for (let i = 0; i <= max; i++) {
    if (await isFocused(target)) return
    if (i === max) break
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab')
    path.push(await describeFocus(page))
  }
  throw new Error(`tabTo: ${String(target)} never got focus after ${max} presses of ${options.backwards ? 'Shift+Tab' : 'Tab'} on ${page.url()}.\nFocus went: ${path.slice(0, 40).join(' → ')}`)
}

/** Tabs to a text box or textarea and types. A box with something in it is emptied first (Ctrl+A, Backspace). */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target)
  if ((await target.inputValue()) !== '') {
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.press('Backspace')
  }
  if (text !== '') await page.keyboard.type(text)
  assert.equal(await target.inputValue(), text, `${String(target)} holds what was typed`)
}

/** Tabs to a button or link and presses Enter. */
export async function pressEnterOn(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target)
  await page.keyboard.press('Enter')
}

/** Tabs to a checkbox and ticks it with Space. */
export async function tick(page: Page, checkbox: Locator): Promise<void> {
  await tabTo(page, checkbox)
  assert.equal(await checkbox.isChecked(), false, `${String(checkbox)} starts unticked`)
  await page.keyboard.press('Space')
  assert.equal(await checkbox.isChecked(), true, `${String(checkbox)} is ticked after Space`)
}

/**
 * Chooses a radio as a keyboard user does: Tab into the group (it lands on the checked radio, or
 * the first), then arrow keys to the one wanted (arrows select as they move), or Space on the first.
 */
export async function chooseRadio(page: Page, radio: Locator): Promise<void> {
  const name = await radio.getAttribute('name')
  assert.ok(name, `${String(radio)} has a name`)
  const group = page.locator(`input[type="radio"][name="${name}"]`)
  await tabTo(page, group)
  const count = await group.count()
  for (let i = 0; i < count && !(await isFocused(radio)); i++) await page.keyboard.press('ArrowDown')
  assert.ok(await isFocused(radio), `arrow keys reach ${String(radio)}`)
  if (!(await radio.isChecked())) await page.keyboard.press('Space')
  assert.equal(await radio.isChecked(), true, `${String(radio)} is chosen`)
}

/**
 * The recipient search: type a query into the combobox, ArrowDown through the suggestions until
 * the one labelled `option` is highlighted (aria-activedescendant), then Enter.
 */
export async function chooseFromCombobox(page: Page, input: Locator, query: string, option: string): Promise<void> {
  await typeInto(page, input, query)
  const listId = await input.getAttribute('aria-controls')
  assert.ok(listId, 'the combobox names its listbox')
  const options = page.locator(`[id="${listId}"] [role="option"]`)
  await options.filter({ has: page.locator('.combobox__option-label', { hasText: option }) }).first().waitFor({ state: 'visible', timeout: 15_000 })
  const count = await options.count()
  const seen: string[] = []
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('ArrowDown')
    assert.equal(await input.getAttribute('aria-expanded'), 'true', 'the list is open while arrowing')
    const active = await input.getAttribute('aria-activedescendant')
    assert.ok(active, 'ArrowDown highlights an option')
    const label = (await page.locator(`[id="${active}"] .combobox__option-label`).textContent())?.trim() ?? ''
    seen.push(label)
    if (label === option) {
      assert.equal(await page.locator(`[id="${active}"]`).getAttribute('aria-selected'), 'true')
      await page.keyboard.press('Enter')
      assert.equal(await input.inputValue(), '', 'choosing empties the search box')
      assert.ok(await isFocused(input), 'focus stays in the search box after choosing')
      return
    }
  }
  throw new Error(`combobox: "${option}" was never highlighted for "${query}"; saw ${seen.join(', ')}`)
}

/**
 * Waits for a page of the app: the URL's path, and focus on its h1 (the app moves focus there on
 * each new page, so Tab then starts from the top of the page's content).
 */
export async function waitForPage(page: Page, path: string, options: { headingFocused?: boolean } = {}): Promise<void> {
  const headingFocused = options.headingFocused ?? true
  try {
    await page.waitForFunction(
      (want) => location.pathname === want.path && (!want.headingFocused || document.activeElement?.id === 'main-heading'),
      { path, headingFocused },
      { timeout: 20_000 },
    )
  } catch {
    throw new Error(`expected page ${path}${headingFocused ? ' with its heading focused' : ''}; on ${page.url()}, focus on ${await describeFocus(page)}, heading "${await page.locator('h1').first().textContent().catch(() => '')}"`)
  }
}
