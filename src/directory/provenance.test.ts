import { describe, expect, it } from 'vitest'
import { loadDirectory } from './directory.ts'
import { sourceNotes } from './provenance.ts'
import { bestRoutes } from './routes.ts'
import type { Recipient } from './types.ts'
import { plain } from './words.ts'

const directory = loadDirectory()
const body = (id: string) => directory.byId(id) as Recipient
const notesFor = (r: Recipient) => sourceNotes(r, bestRoutes(r))

describe('sourceNotes', () => {
  it('names a source on the body\'s own site by its owner, and may link it', () => {
    const [note, ...rest] = notesFor(body('council:kent'))
    expect(rest).toEqual([])
    expect(plain(note!.sentence)).toBe("On 1 December 2026 we found the email address and the postal address on Kent County Council's website.")
    expect(note!.sentence.link).toMatchObject({ label: "Kent County Council's website", follow: true })
  })

  it('marks a detail found on another site as such, never links it, and says to check it on their own site', () => {
    const [form, email] = notesFor(body('police:metropolitan'))
    expect(plain(form!.sentence)).toContain("on the Metropolitan Police Service's website")
    expect(email!.fields).toEqual(['email'])
    expect(email!.sentence.link).toMatchObject({ label: 'netpol.org', follow: false })
    expect(plain(email!.sentence)).toBe(
      "On 23 November 2026 we found the email address on another site, netpol.org, not on the Metropolitan Police Service's own website. Check it on their own site before you use it.",
    )
  })

  it('names another body\'s site by its owner, still as another site', () => {
    const [note] = notesFor(body('police:acro'))
    expect(plain(note!.sentence)).toContain("on another site, Gloucestershire Constabulary's website (gloucestershire.police.uk), not on ACRO Criminal Records Office's own website")
    expect(note!.sentence.link?.follow).toBe(false)
  })

  it('names a volunteer database on GitHub by its owner, not just "github.com"', () => {
    const [note] = notesFor(body('council:merton'))
    expect(plain(note!.sentence)).toContain('on another site, github.com/datenanfragen,')
  })

  it('says a public-sector page may not be the body\'s own', () => {
    const [note] = notesFor(body('police:derbyshire'))
    expect(plain(note!.sentence)).toMatch(/on archive\.derbyshire\.police\.uk, a public-sector website that may not be theirs\. Check it on Derbyshire Constabulary's own website\./)
  })

  it('never shows a source on another site as the body\'s own', () => {
    for (const r of directory.all) {
      for (const note of notesFor(r)) {
        if (note.source.site === 'other') {
          expect(plain(note.sentence), r.id).toMatch(/on another site, .*not on .*own website\. Check it on their own site/)
          expect(note.sentence.link?.follow, r.id).toBe(false)
        } else {
          expect(plain(note.sentence), r.id).not.toMatch(/another site/)
        }
      }
    }
  })

  it('gives no source for a detail the person typed in themselves', () => {
    const kent = body('council:kent')
    const typedPostal = { ...kent, postal: { lines: ['Somewhere I found'], postcode: 'ME1 1AA' } }
    const routes = bestRoutes(typedPostal)
    const [note] = sourceNotes(kent, routes)
    expect(note!.fields).toEqual(['email'])
  })

  it('covers fallbacks too', () => {
    const [note] = notesFor(body('police:leicestershire'))
    expect(note!.fields).toEqual(['generalPostal'])
    expect(plain(note!.sentence)).toContain('on another site, eastmidlandscybersecure.co.uk')
  })
})
