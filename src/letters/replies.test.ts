/**
 * Issue 10 §3, "they replied": what came back leads to the next letter. A reply that left parts out
 * gets a letter listing exactly what is missing for that body's law; a police restriction or refusal
 * gets a request to the ICO to check it (DPA 2018 s.51). Neither claims what the person did not say.
 */
import { describe, expect, it } from 'vitest'
import { fixture, sources } from '../../test/helpers/fixtures.ts'
import { REPLY_ITEMS } from '../request/constants.ts'
import type { Request } from '../request/schema.ts'
import { parseRequest } from '../request/parse.ts'
import { buildPacks, letterProblems } from './build.ts'
import { letterToPlainText } from './plain-text.ts'

const youngPerson = fixture('young-person')
const worker = fixture('advice-worker')
type FollowUp = NonNullable<Request['followUp']>

/** First letter emailed Tue 1 Sep 2026 to South Wales Police and Cardiff Council → both due Thu 1 Oct. */
function followUp(f: Partial<FollowUp> & { kind: FollowUp['kind'] }, recipients: Request['recipients'] = ['police:south-wales'], base: Request = youngPerson): Request {
  return { ...base, dated: '2026-11-23', sent: undefined, recipients, followUp: { originalSentOn: '2026-09-01', originalSentBy: 'email', theirReference: 'SAR/123', ...f } }
}

function texts(request: Request) {
  return buildPacks(request, sources).map((pack) => ({
    pack,
    cover: letterToPlainText(pack.documents[0]!),
    letter: letterToPlainText(pack.documents[1]!),
    all: pack.documents.map(letterToPlainText).join('\n'),
  }))
}

const partReply = [{ kind: 'replied-in-part' as const, on: '2026-09-28' }]

describe('a reply that left parts out', () => {
  it('lists only what the person did not tick, in each body’s own law', () => {
    const request = followUp({ kind: 'missing-parts', events: partReply, received: ['copy', 'purposes', 'ico'] }, ['police:south-wales', 'council:cardiff'])
    expect(letterProblems(request, sources)).toEqual([])
    const [police, council] = texts(request)
    expect(police!.letter).toContain('You replied on 28 September 2026.')
    expect(police!.letter).toContain('the kinds of data you hold (section 45(2)(b))')
    expect(police!.letter).toContain('where the data came from (section 45(2)(g))')
    expect(police!.letter).toContain('the right to ask the Information Commissioner to check it (section 45(5))')
    expect(police!.letter).not.toContain('a copy of the data itself')
    expect(police!.letter).not.toContain('section 45(2)(a)')
    expect(police!.letter).not.toContain('Article 15')
    expect(council!.letter).toContain('the kinds of data you hold (Article 15(1)(b))')
    expect(council!.letter).toContain('Article 15(1)(h)')
    expect(council!.letter).toContain('(Article 12(4))')
    expect(council!.letter).not.toContain('section 45')
    expect(council!.letter).not.toContain('section 51')
  })

  it('asks for the rest by the date a reminder gives (14 days on), the same on the letter, the cover sheet and the calendar', () => {
    const [one] = texts(followUp({ kind: 'missing-parts', events: partReply, received: [] }))
    expect(one!.letter).toContain('Please send the parts listed above by 7 December 2026')
    expect(one!.cover).toContain('If the missing parts do not arrive by 7 December 2026')
    expect(one!.pack.replyBy).toEqual({ date: '2026-12-07', what: 'reply' })
    expect(one!.pack.fileName).toBe('missing-parts-01-south-wales-police.pdf')
  })

  it('says the time limit ended only when it did, and not at all after a full reply', () => {
    const part = texts(followUp({ kind: 'missing-parts', events: partReply, received: ['copy'] }))[0]!.letter
    expect(part).toContain('So the time limit for your reply ended on 1 October 2026')
    const early = { ...followUp({ kind: 'missing-parts', events: [{ kind: 'replied-in-part', on: '2026-09-10' }], received: ['copy'] }), dated: '2026-09-15' }
    expect(texts(early)[0]!.letter).toContain('So the time limit for your reply ends on 1 October 2026')
    const full = texts(followUp({ kind: 'missing-parts', events: [{ kind: 'replied-in-full', on: '2026-09-28' }], received: ['copy'] }))[0]!.letter
    expect(full).toContain('You replied on 28 September 2026.')
    expect(full).not.toMatch(/time limit for your reply end/)
  })

  it('needs the reply and what it held, and has nothing to ask when everything came', () => {
    const bare = parseRequest(followUp({ kind: 'missing-parts' }), { today: '2026-11-23' })
    expect(bare.ok ? [] : bare.errors.map((e) => e.path)).toEqual(['followUp.events', 'followUp.received'])
    const everything = followUp({ kind: 'missing-parts', events: partReply, received: [...REPLY_ITEMS] })
    expect(letterProblems(everything, sources).map((p) => p.message)).toEqual([
      'You ticked everything a full reply holds from South Wales Police. If something is still wrong, make a complaint instead',
    ])
    // "automated" is not part of a police reply, so a police reply is whole without it.
    const policeWhole = followUp({ kind: 'missing-parts', events: partReply, received: REPLY_ITEMS.filter((i) => i !== 'automated') })
    expect(letterProblems(policeWhole, sources)).toHaveLength(1)
  })

  it('encloses the first letter and their reply, and goes to the organisation', () => {
    const { letter, all } = texts(followUp({ kind: 'missing-parts', events: partReply, received: ['copy'] }))[0]!
    expect(all).toContain('A copy of my letter of 1 September 2026 to South Wales Police')
    expect(all).toContain('A copy of the reply from South Wales Police of 28 September 2026')
    expect(letter).toContain('Dear Data Protection Officer')
  })
})

describe('asking the ICO to check what the police held back (s.51)', () => {
  it('says how they held it back, only as the person said, and asks the ICO to check it', () => {
    const ncnd = texts(followUp({ kind: 'ico-check', withheld: 'neither-confirm-nor-deny', events: partReply }))[0]!
    expect(ncnd.letter).toContain('I ask you, under section 51 of the Data Protection Act 2018, to check that South Wales Police acted lawfully')
    expect(ncnd.letter).toContain('South Wales Police would neither confirm nor deny whether it holds personal data about me.')
    expect(ncnd.letter).not.toContain('held back some or all')
    expect(ncnd.letter).not.toContain('refused the request')
    expect(ncnd.letter).toContain('28 September 2026: They sent part of a reply.')
    expect(ncnd.letter).toContain('section 78A')
    expect(ncnd.letter).toContain('Dear Sir or Madam')
    expect(ncnd.pack.documents[1]!.recipient?.name).toBe("Information Commissioner's Office")
    const refused = texts(followUp({ kind: 'ico-check', events: [{ kind: 'refused', on: '2026-09-20' }] }))[0]!
    expect(refused.letter).toContain('South Wales Police refused the request on 20 September 2026.')
    expect(refused.letter).not.toContain('neither confirm nor deny')
  })

  it('has no reply-by date and tells the person how to send it to the ICO', () => {
    const { cover, pack } = texts(followUp({ kind: 'ico-check', withheld: 'restricted' }))[0]!
    expect(pack.replyBy).toBeUndefined()
    expect(cover).toContain('Send it to the Information Commissioner')
    expect(cover).not.toContain('Send it the same way you sent your first letter')
    expect(pack.fileName).toBe('ico-check-01-south-wales-police.pdf')
  })

  it('is for Part 3 only: a council gets a plain sentence, the Home Office only for law enforcement', () => {
    const council = followUp({ kind: 'ico-check', withheld: 'restricted' }, ['council:cardiff'])
    expect(letterProblems(council, sources).map((p) => p.message)).toEqual([
      'Only a police force, or the Home Office for its police work, can be checked this way. For the City of Cardiff Council, make a complaint to the ICO instead',
    ])
    const homeOffice = texts(followUp({ kind: 'ico-check', withheld: 'restricted' }, ['prevent:home-office-prevent']))[0]!
    expect(homeOffice.letter).toContain('in so far as it holds that data for law enforcement')
  })

  it('needs how they held it back, or a refusal', () => {
    const bare = parseRequest(followUp({ kind: 'ico-check' }), { today: '2026-11-23' })
    expect(bare.ok ? [] : bare.errors.map((e) => e.path)).toEqual(['followUp.withheld'])
    expect(parseRequest(followUp({ kind: 'ico-check', events: [{ kind: 'refused', on: '2026-09-20' }] }), { today: '2026-11-23' }).ok).toBe(true)
  })

  it('encloses the signed authority when an advice worker asks', () => {
    const request = followUp({ kind: 'ico-check', withheld: 'restricted' }, ['police:south-wales'], worker)
    const { all, pack } = texts(request)[0]!
    expect(all).toContain('giving me permission to act for them')
    expect(pack.documents.map((d) => d.kind)).toContain('authority-form')
  })
})

describe('a new letter after their reply', () => {
  it('says it follows the reply to the request for a copy, and starts its own time limit', () => {
    const request: Request = { ...youngPerson, requests: ['erasure'], recipients: ['police:south-wales'], afterReply: { askedOn: '2026-09-01', repliedOn: '2026-09-28', theirReference: 'SAR/123' } }
    const { letter, pack } = texts(request)[0]!
    expect(letter).toContain('On 1 September 2026 I asked you for a copy of the personal data you hold about me, and you replied on 28 September 2026. Your reference was SAR/123. This letter follows from that reply.')
    expect(pack.replyBy?.date).toBe('2026-12-23')
    expect(texts({ ...request, afterReply: undefined })[0]!.letter).not.toContain('This letter follows')
    const backwards = parseRequest({ ...request, afterReply: { askedOn: '2026-09-28', repliedOn: '2026-09-01' } }, { today: '2026-11-23' })
    expect(backwards.ok ? [] : backwards.errors.map((e) => e.path)).toEqual(['afterReply.repliedOn'])
  })
})
