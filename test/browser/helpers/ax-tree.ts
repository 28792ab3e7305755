/**
 * Chromium's own accessibility tree, read through the DevTools protocol (playwright-core 1.65 has no
 * page.accessibility any more, and its ariaSnapshot is Playwright's reckoning, not the browser's).
 * This is what a screen reader is given; how each screen reader then speaks it is not checked here.
 */
import type { CDPSession, Page } from 'playwright-core'

interface AXValue {
  value?: unknown
}

export interface AXNode {
  nodeId: string
  ignored: boolean
  role?: AXValue
  name?: AXValue
  description?: AXValue
  properties?: { name: string; value: AXValue }[]
  childIds?: string[]
  parentId?: string
}

/** One node as a screen reader would meet it: its role, name, description and states. */
export interface Spoken {
  role: string
  name: string
  description: string
  props: Record<string, unknown>
  /** Text that is the name of a link, button or heading around it, so already read with it. */
  partOfName: boolean
}

/** Roles whose name is their text: their text is not read a second time. */
const NAMED_BY_CONTENT = new Set(['link', 'button', 'heading', 'option', 'tab', 'menuitem', 'cell', 'columnheader', 'rowheader', 'term', 'checkbox', 'radio', 'DisclosureTriangle'])
/** Labels and legends: their text is the name of the box or group they label, read with it. */
const LABELS = new Set(['LabelText', 'Legend'])
/** Roles that say nothing of their own. */
const SILENT = new Set(['none', 'generic', 'LineBreak', 'paragraph', 'RootWebArea', 'LabelText', 'Legend', 'group', 'ListMarker', 'definition', 'DescriptionList', 'listitem', 'strong'])

function spoken(node: AXNode, partOfName = false): Spoken {
  const props: Record<string, unknown> = {}
  for (const p of node.properties ?? []) props[p.name] = p.value.value
  return { role: String(node.role?.value ?? ''), name: String(node.name?.value ?? '').trim(), description: String(node.description?.value ?? '').trim(), props, partOfName }
}

export async function axSession(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Accessibility.enable')
  return cdp
}

/** The whole tree in reading order (depth first), ignored nodes left out but their children kept. */
export async function readTree(cdp: CDPSession): Promise<Spoken[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AXNode[] }
  const byId = new Map(nodes.map((n) => [n.nodeId, n]))
  const root = nodes.find((n) => n.parentId === undefined)
  const out: Spoken[] = []
  const walk = (node: AXNode | undefined, inNamed: boolean) => {
    if (!node || node.role?.value === 'InlineTextBox') return
    const me = spoken(node, inNamed)
    if (!node.ignored) out.push(me)
    const named = inNamed || (!node.ignored && ((NAMED_BY_CONTENT.has(me.role) && me.name !== '') || LABELS.has(me.role)))
    for (const id of node.childIds ?? []) walk(byId.get(id), named)
  }
  walk(root, false)
  return out
}

/** The accessibility node of the first element matching `selector`, or undefined. */
export async function nodeFor(cdp: CDPSession, selector: string): Promise<Spoken | undefined> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } }
  const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })) as { nodeId: number }
  if (!nodeId) return undefined
  const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })) as unknown as { nodes: AXNode[] }
  const node = nodes[0]
  return node && !node.ignored ? spoken(node) : undefined
}

/** The page as lines a person would hear, for reading through by eye ("[link] Back", "[heading 1] ..."). */
export function transcript(tree: Spoken[]): string[] {
  const lines: string[] = []
  for (const node of tree) {
    if (node.role === 'StaticText') {
      if (!node.partOfName && node.name) lines.push(node.name)
      continue
    }
    if (SILENT.has(node.role) && !node.name) continue
    const level = node.props.level !== undefined && node.role === 'heading' ? ` ${String(node.props.level)}` : ''
    const states = ['required', 'invalid', 'checked', 'expanded', 'selected', 'focused', 'disabled']
      .filter((s) => node.props[s] !== undefined && node.props[s] !== false && node.props[s] !== 'false')
      .map((s) => (node.props[s] === true || node.props[s] === 'true' ? s : `${s}=${String(node.props[s])}`))
    lines.push(`[${node.role}${level}${states.length ? `, ${states.join(', ')}` : ''}] ${node.name}${node.description ? ` (${node.description})` : ''}`)
  }
  return lines
}
