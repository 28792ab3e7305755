/** Every template in each language, every flag combination: no unknown names, no stray tags, no empty output. */
import { describe, expect, it } from 'vitest'
import { fixture, sources, templates as englishTemplates, welshTemplates } from '../../test/helpers/fixtures.ts'
import { ENGLISH_LETTER_WORDS } from '../i18n/letter-words.ts'
import { coverFacts } from './cover.ts'
import { resolveRecipient } from './recipients.ts'
import { renderTemplate, tagsOf, type TemplateSet } from './template.ts'
import { buildView } from './view.ts'

/** A view with every name set, from the fullest fixture and a follow-up with every event, plus the cover sheet's names. */
function fullView() {
  const request = { ...fixture('advice-worker'), followUp: undefined }
  const recipient = resolveRecipient('police:metropolitan', sources.directory)
  const view = buildView(request, recipient)
  const followUp = {
    ...request,
    followUp: {
      kind: 'ico-complaint' as const, originalSentOn: '2026-08-03', originalSentBy: 'email' as const, theirReference: 'SAR/1',
      events: [
        { kind: 'asked-for-id' as const, on: '2026-08-05', answeredOn: '2026-08-06' },
        { kind: 'asked-what-you-meant' as const, on: '2026-08-10', answeredOn: '2026-08-11' },
        { kind: 'more-time' as const, on: '2026-08-20' },
        { kind: 'replied-in-part' as const, on: '2026-10-01' },
        { kind: 'complaint-made' as const, on: '2026-10-05', answeredOn: '2026-10-20' },
      ],
      whatWentWrong: 'They left out the gang matrix entry.', howItAffected: 'I lost a job offer.', noComplaintReason: 'Not needed here.',
    },
  }
  return { ...buildView(followUp, recipient), ...view, ...coverFacts(request, recipient, view, ENGLISH_LETTER_WORDS) }
}

const VIEW = fullView()
/** Names valid inside a list section, beyond the view's own: "." and the fields of list items. */
const ITEM_NAMES = new Set(['.', 'label', 'value', 'note', 'kind', 'date', 'sentByWords', 'sentFirst', 'acknowledged', 'askedForId', 'sentId', 'askedWhatYouMeant', 'sentAnswer', 'moreTime', 'complaintMade', 'complaintAnswered'])

function sectionNames(source: string): string[] {
  return [...new Set(tagsOf(source).filter((t) => t.kind === 'section' || t.kind === 'inverted').map((t) => t.name))]
}

// The Welsh letters are filled from the same view: their words differ, their names and flags do not.
describe.each<[string, TemplateSet]>([['English', englishTemplates], ['Welsh', welshTemplates]])('%s templates', (_, templates) => {
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
    const flags = sectionNames(templates[name]!).filter((f) => typeof (VIEW as Record<string, unknown>)[f] === 'boolean')
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
