import { describe, expect, it } from 'vitest'
import { regimeFor } from './law.ts'
import { lawOfKind, RECIPIENT_KIND_IDS, RECIPIENT_KINDS } from '../request/kinds.ts'
import { loadDirectory } from '../directory/directory.ts'
import { ownAreaKind, unlistedKind } from '../directory/intent.ts'

const ui = import.meta.glob<Record<string, unknown>>('../content/ui.*.json', { eager: true, import: 'default' })

describe('each kind of organisation, declared once (request/kinds.ts)', () => {
  it('has a name in every interface language, for the page that adds one by hand', () => {
    expect(Object.keys(ui).length).toBeGreaterThan(1)
    for (const kind of RECIPIENT_KIND_IDS) for (const [file, words] of Object.entries(ui)) expect(typeof words[`addRecipient.kind.${kind}`], `${file} ${kind}`).toBe('string')
  })

  it('is listed in the directory exactly when the table says so', () => {
    const listed = new Set(loadDirectory().all.map((r) => r.kind))
    expect([...listed].sort()).toEqual(RECIPIENT_KIND_IDS.filter((k) => RECIPIENT_KINDS[k].listed).sort())
    for (const record of loadDirectory().all) expect(record.id.startsWith(`${record.kind}:`), record.id).toBe(true)
  })

  it('gives a body typed in by hand the law of its kind: police Part 3, a Prevent team or anyone else UK GDPR', () => {
    expect(regimeFor(lawOfKind('police'))).toBe('part3')
    for (const kind of ['council', 'prevent', 'school', 'nhs', 'other'] as const) expect(regimeFor(lawOfKind(kind)), kind).toBe('ukgdpr')
  })

  it('is recognised in a search by its words: an unlisted kind opens "add it yourself", a listed one finds the person\'s own body', () => {
    expect(unlistedKind('my school')).toBe('school')
    expect(unlistedKind('Ysbyty Gwynedd')).toBe('nhs')
    expect(unlistedKind('cardiff council')).toBeUndefined()
    expect(ownAreaKind('fy nghyngor lleol')).toBe('council')
    expect(ownAreaKind('my local constabulary')).toBe('police')
  })
})
