/**
 * Whether focus can be seen, judged inside the page from computed styles. An element "shows focus"
 * when, focused, it (or its ::before/::after, or its label's, for the radios and checkboxes whose
 * real input is invisible) has an outline at least 2px wide or a box-shadow, in a colour that is not
 * transparent, and that look differs from the element unfocused. Forced colours drop box-shadows,
 * so there only an outline (or border) change counts, as a person using them would see it.
 *
 * Installed with context.addInitScript(installFocusProbe): it then lives on every page as
 * `window.wthFocus`. It also records, from the first key press, every focus change and whether the
 * newly focused element showed it, so a keyboard journey can be judged at each step.
 */

export interface FocusLook {
  /** Outline or box-shadow present and visible. */
  indicator: boolean
  /** Everything that could show focus, to compare focused with unfocused. */
  signature: string
}

export interface FocusProblem {
  /** The page's path when it happened. */
  where: string
  element: string
  why: string
}

export interface FocusProbe {
  look(el: Element): FocusLook
  describe(el: Element): string
  /** Every focusable element now on the page, in document order. */
  focusables(): HTMLElement[]
  /** Focus changes seen since the page loaded, and those that could not be seen. */
  seen: number
  problems: FocusProblem[]
}

/** Runs in the page (so it must not use anything from outside itself). */
export function installFocusProbe(): void {
  const transparent = (colour: string) => /^rgba\(.*,\s*0\)$/.test(colour) || colour === 'transparent'

  function parts(el: Element): [Element, string | undefined][] {
    const own: [Element, string | undefined][] = [[el, undefined], [el, '::before'], [el, '::after']]
    const labels = el instanceof HTMLInputElement && el.labels ? [...el.labels] : []
    return [...own, ...labels.flatMap((label): [Element, string | undefined][] => [[label, undefined], [label, '::before'], [label, '::after']])]
  }

  function look(el: Element): FocusLook {
    let indicator = false
    const signature: string[] = []
    for (const [part, pseudo] of parts(el)) {
      const s = getComputedStyle(part, pseudo)
      if (pseudo && (s.content === 'none' || s.content === 'normal')) continue
      // A ring on something invisible (the real radio under its drawn circle) shows nothing.
      if (parseFloat(s.opacity) === 0 || s.visibility === 'hidden') continue
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && !transparent(s.outlineColor)
      const shadow = s.boxShadow !== 'none' && (s.boxShadow.match(/rgba?\([^)]*\)/g) ?? []).some((colour) => !transparent(colour))
      if (outline || shadow) indicator = true
      signature.push(`${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} ${s.outlineOffset}|${s.boxShadow}|${s.borderTopWidth} ${s.borderTopColor}|${s.backgroundColor}`)
    }
    return { indicator, signature: signature.join(' ; ') }
  }

  function describe(el: Element): string {
    const id = el.id ? `#${el.id}` : ''
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''
    const text = (el.getAttribute('aria-label') ?? (el instanceof HTMLInputElement && el.labels?.[0] ? el.labels[0].textContent : el.textContent) ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)
    return `${el.tagName.toLowerCase()}${id}${cls} "${text}"`
  }

  const FOCUSABLE = 'a[href], button:not([disabled]), input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])'

  function focusables(): HTMLElement[] {
    return [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
  }

  /** Elements that take focus only for screen readers (headings, main) show no ring, by design; the error summary does. */
  function shouldShow(el: Element): boolean {
    return el.matches(FOCUSABLE) || el.classList.contains('error-summary')
  }

  const probe: FocusProbe = { look, describe, focusables, seen: 0, problems: [] }
  const focused = new WeakMap<Element, FocusLook>()
  document.addEventListener(
    'focusin',
    (event) => {
      const el = event.target
      if (!(el instanceof Element) || !shouldShow(el)) return
      probe.seen += 1
      const now = look(el)
      focused.set(el, now)
      if (!now.indicator) probe.problems.push({ where: location.pathname, element: describe(el), why: 'no outline or box-shadow when focused' })
    },
    true,
  )
  document.addEventListener(
    'focusout',
    (event) => {
      const el = event.target
      if (!(el instanceof Element)) return
      const was = focused.get(el)
      // Compared once focus has gone: the same look focused and not is no indicator at all.
      if (was?.indicator && look(el).signature === was.signature) probe.problems.push({ where: location.pathname, element: describe(el), why: 'looks the same focused and not' })
    },
    true,
  )
  ;(window as unknown as { wthFocus: FocusProbe }).wthFocus = probe
}
