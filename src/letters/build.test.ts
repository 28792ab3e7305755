/** What the letters say, for the three people the app serves and for every body in the directory. */
import { describe, expect, it } from 'vitest'
import { directory, fixture, sources } from '../../test/helpers/fixtures.ts'
import type { Request } from '../request/schema.ts'
import { bestRoutes } from '../directory/routes.ts'
import { buildPacks } from './build.ts'
import { letterToPlainText } from './plain-text.ts'

function texts(request: Request) {
  return buildPacks(request, sources).map((pack) => ({
    pack,
    cover: letterToPlainText(pack.documents[0]!),
    letter: letterToPlainText(pack.documents[1]!),
    all: pack.documents.map(letterToPlainText).join('\n'),
  }))
}

const PART3_SECTION = /section (4[5-8]|5[1-4]|45A|78A)\b/

describe('the young person (Wales, access and erasure, gang database)', () => {
  const [police, council] = texts(fixture('young-person'))

  it('writes to South Wales Police under Part 3, with the UK GDPR in the alternative', () => {
    expect(police!.letter).toContain('This is a subject access request under section 45 of the Data Protection Act 2018, and under Article 15 of the UK GDPR')
    expect(police!.letter).toContain('section 47(1) and (4) of the Data Protection Act 2018')
    expect(police!.letter).toContain('section 45(4)(a), (b), (c) or (e)')
    expect(police!.letter).toContain('section 78A')
    expect(police!.letter).not.toMatch(/45\(4\)\(d\)/)
    expect(police!.letter).toContain('section 54 of the Data Protection Act 2018')
  })

  it('writes to Cardiff Council under the UK GDPR only', () => {
    expect(council!.letter).toContain('Article 15 of the UK GDPR')
    expect(council!.letter).toContain('Article 17 of the UK GDPR')
    expect(council!.letter).not.toMatch(PART3_SECTION)
    expect(council!.letter).not.toContain('Part 3')
  })

  it('speaks in the first person and names the person exactly', () => {
    expect(police!.letter).toContain('Siân Llŷr Evans')
    expect(police!.letter).toContain('whether I am, or ever was, on any gang list')
    expect(police!.letter).toContain('Other names used: Sian Evans; Shan')
    expect(police!.letter).toContain('Date of birth: 14 March 2009')
  })

  it('works out the deadline from an email sent on the letter date', () => {
    expect(police!.letter).toContain('I am sending it by email on 23 November 2026, so you receive it that day.')
    expect(police!.letter).toContain('the last day for your reply is 23 December 2026')
    expect(police!.cover).toContain('They must reply by 23 December 2026')
  })

  it('keeps the person\'s own words', () => {
    expect(police!.letter).toContain("An officer said I was 'known'")
  })

  it('names the files without personal data', () => {
    expect(police!.pack.fileName).toBe('letter-01-south-wales-police.pdf')
    expect(council!.pack.fileName).toBe('letter-02-city-of-cardiff-council.pdf')
  })
})

describe('the parent (Manchester, a 13-year-old, Prevent)', () => {
  const packs = texts(fixture('parent'))
  const [council, police, homeOffice] = packs

  it('explains parental responsibility and the child\'s agreement', () => {
    expect(council!.letter).toContain("I am Amina Khan, Yusuf Ahmed Khan's mother. I have parental responsibility for Yusuf Ahmed Khan, who is 13 years old.")
    expect(council!.letter).toContain('Yusuf Ahmed Khan knows about this request and agrees to it.')
    expect(council!.all).toContain("Yusuf Ahmed Khan's agreement")
    expect(council!.letter).toContain('A copy of proof that I have parental responsibility')
    expect(council!.cover).toContain('A copy of proof that you have parental responsibility, such as their birth certificate')
  })

  it('objects under Article 21(1) to the council, and turns an objection to police into erasure or restriction', () => {
    expect(council!.letter).toContain('I object under Article 21(1) of the UK GDPR')
    expect(police!.letter).toContain('does not give a right to object')
    expect(police!.letter).toContain('For any data you hold for other purposes, I object under Article 21(1) of the UK GDPR')
  })

  it('writes to the Home Office under the UK GDPR with Part 3 in the alternative', () => {
    expect(homeOffice!.letter).toContain('subject access request under Article 15 of the UK GDPR, and under section 45 of the Data Protection Act 2018 for any data you hold for law-enforcement purposes')
    expect(homeOffice!.letter).not.toContain('for any data you hold for other purposes')
  })

  it('asks about Prevent and Channel records', () => {
    expect(council!.letter).toContain('whether Yusuf Ahmed Khan has been referred to Prevent')
    expect(council!.letter).toContain('Channel panel')
  })

  it('assumes two working days for post, and says so', () => {
    // Posted Tuesday 24 Nov → Thursday 26 Nov; a month later is Saturday 26 Dec → 28 Dec is the Boxing Day holiday → 29 Dec
    expect(council!.letter).toContain('I am posting this letter on 24 November 2026, so I expect you to receive it by 26 November 2026.')
    expect(council!.cover).toContain('They must reply by 29 December 2026')
    expect(council!.cover).toContain('We assumed first class post takes two working days')
  })
})

describe('the advice worker (London, a client, corrections)', () => {
  const [met, council, school] = texts(fixture('advice-worker'))

  it('says who acts and encloses the authority form', () => {
    expect(met!.letter).toContain('I am Jo Whitfield, Youth worker at East End Youth Advice. I act for Kwame Mensah-Boateng')
    expect(met!.letter).toContain('Please quote my reference, CLIENT-042.')
    expect(met!.all).toContain('Permission for Jo Whitfield to act for me')
    expect(met!.all).toContain('Signature of Kwame Mensah-Boateng')
    expect(met!.pack.documents.map((d) => d.kind)).toEqual(['cover-sheet', 'request', 'authority-form'])
  })

  it('asks for rectification under section 46 for police and Article 16 otherwise', () => {
    expect(met!.letter).toContain('section 46 of the Data Protection Act 2018')
    expect(council!.letter).toContain('Article 16 of the UK GDPR')
    expect(school!.letter).toContain('Article 16 of the UK GDPR')
    expect(school!.letter).not.toMatch(PART3_SECTION)
    expect(met!.letter).toContain('He was not arrested; he was stopped, searched and allowed to go.')
  })

  it('asks for restriction under section 47 for police and Article 18 otherwise', () => {
    expect(met!.letter).toContain('section 47(2) to (4) of the Data Protection Act 2018')
    expect(council!.letter).toContain('Article 18 of the UK GDPR')
  })

  it('sends the school letter to the address typed in, and says it was typed', () => {
    expect(school!.letter).toContain('Example Academy')
    expect(school!.letter).toContain('1 School Lane')
    expect(school!.cover).toContain('You typed some of these details yourself')
    expect(school!.pack.fileName).toBe('letter-03-example-academy.pdf')
  })

  it('signs as the worker, for the client', () => {
    expect(met!.letter).toContain('Youth worker, East End Youth Advice, for Kwame Mensah-Boateng')
    expect(met!.letter).toContain('Yours faithfully')
  })
})

describe('every body in the directory', () => {
  it('gets a complete letter and cover sheet', () => {
    const request = fixture('young-person')
    for (const body of directory.all) {
      const [pack] = buildPacks({ ...request, recipients: [body.id] }, sources)
      const letter = letterToPlainText(pack!.documents[1]!)
      const cover = letterToPlainText(pack!.documents[0]!)
      expect(letter, body.id).toContain(body.officialName || body.name)
      if (body.lawKind === 'police') expect(letter, body.id).toContain('subject access request under section 45 of the Data Protection Act 2018')
      else if (body.lawKind === 'home-office') expect(letter, body.id).toContain('subject access request under Article 15 of the UK GDPR, and under section 45')
      else expect(letter, body.id).not.toMatch(PART3_SECTION)
      const hasRoute = bestRoutes(body).length > 0
      if (!hasRoute) expect(cover, body.id).toMatch(/subject access request/)
      expect(pack!.fileName, body.id).toMatch(/^letter-01-[a-z0-9-]+\.pdf$/)
    }
  })
})
