/** Every template, every flag combination: no unknown names, no stray tags, no empty output. */
import { describe, expect, it } from 'vitest'
import { fixture, sources, templates } from '../../test/helpers/fixtures.ts'
import { buildPack } from './build.ts'
import { coverFacts } from './cover.ts'
import { resolveRecipient } from './recipients.ts'
import { renderTemplate, tagsOf } from './template.ts'
import { buildView } from './view.ts'

/** A view with every name set, from the fullest fixture, plus the cover sheet's names. */
function fullView() {
  const request = { ...fixture('advice-worker'), followUp: undefined }
  const recipient = resolveRecipient('police:metropolitan', sources.directory)
  const view = buildView(request, recipient)
  const pack = buildPack(request, recipient, 0, templates)
  return { ...view, ...coverFacts(request, recipient, pack.documents[1]!, view) }
}

const VIEW = fullView()
/** Names valid inside a list section, beyond the view's own: "." and the fields of list items. */
const ITEM_NAMES = new Set(['.', 'label', 'value', 'kind'])

function sectionNames(name: string): string[] {
  return [...new Set(tagsOf(templates[name]!).filter((t) => t.kind === 'section' || t.kind === 'inverted').map((t) => t.name))]
}

describe('templates', () => {
  const names = Object.keys(templates).sort()

  it('are all found', () => {
    expect(names).toEqual(expect.arrayContaining(['letters/request', 'letters/reminder', 'letters/complaint', 'letters/ico-complaint', 'forms/authority-form', 'forms/cover-sheet', 'requests/access', 'topics/gang-database']))
  })

  it.each(names)('%s uses only known names and existing parts', (name) => {
    for (const tag of tagsOf(templates[name]!)) {
      if (tag.kind === 'partial') expect(templates, `part "${tag.name}" in ${name}`).toHaveProperty([tag.name])
      else expect(tag.name in VIEW || ITEM_NAMES.has(tag.name), `unknown name "${tag.name}" in ${name}`).toBe(true)
    }
  })

  it.each(names)('%s renders with every combination of its flags', (name) => {
    const flags = sectionNames(name).filter((f) => typeof (VIEW as Record<string, unknown>)[f] === 'boolean')
    // Up to 2^12 combinations; beyond that a fixed spread of them.
    const total = 2 ** flags.length
    const step = total > 4096 ? Math.ceil(total / 4096) : 1
    for (let mask = 0; mask < total; mask += step) {
      const view: Record<string, unknown> = { ...VIEW }
      flags.forEach((f, i) => { view[f] = Boolean(mask & (1 << i)) })
      const out = renderTemplate(name, view, templates)
      const text = JSON.stringify(out)
      expect(text, `${name} with ${mask}`).not.toMatch(/\{\{|\}\}|undefined|\[object Object\]|NaN/)
      for (const block of out.blocks) {
        if (block.type === 'paragraph' || block.type === 'heading') expect(block.text.trim()).not.toBe('')
        if (block.type === 'list') expect(block.items.every((i) => i.trim() !== '')).toBe(true)
      }
    }
  })
})
