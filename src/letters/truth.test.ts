/**
 * Issue 8: every letter true. One regression test per fault the legal review found, each named after
 * what it guards. Dates are fixed in the requests; the clock is pinned by test/setup.ts.
 */
import { describe, expect, it } from 'vitest'
import { fixture, sources } from '../../test/helpers/fixtures.ts'
import type { Request } from '../request/schema.ts'
import { parseRequest } from '../request/parse.ts'
import { buildPacks, letterProblems } from './build.ts'
import { letterToPlainText } from './plain-text.ts'

function packs(request: Request) {
  return buildPacks(request, sources).map((pack) => ({
    pack,
    cover: letterToPlainText(pack.documents[0]!),
    letter: letterToPlainText(pack.documents[1]!),
    all: pack.documents.map(letterToPlainText).join('\n'),
  }))
}

function one(request: Request) {
  return packs(request)[0]!
}

const youngPerson = fixture('young-person')
const parent = fixture('parent')
const worker = fixture('advice-worker')
type FollowUp = NonNullable<Request['followUp']>

/** The young person's request to South Wales Police, followed up. First letter emailed Tue 1 Sep 2026 → due Thu 1 Oct. */
function followUp(f: Partial<FollowUp> & { kind: FollowUp['kind'] }, dated = '2026-11-23', recipients: Request['recipients'] = ['police:south-wales']): Request {
  return { ...youngPerson, dated, sent: undefined, recipients, followUp: { originalSentOn: '2026-09-01', originalSentBy: 'email', theirReference: 'SAR/123', ...f } }
}

describe('follow-ups never claim what has not happened', () => {
  it('refuses a reminder dated before the first letter’s deadline, saying from which date it can be sent', () => {
    const problems = letterProblems(followUp({ kind: 'reminder' }, '2026-09-30'), sources)
    expect(problems).toEqual([{ path: 'followUp.originalSentOn', message: expect.stringContaining('so you can send it from 2 October 2026') }])
    expect(problems[0]!.message).toContain('They have until 1 October 2026 to reply')
  })

  it('refuses a complaint or an ICO complaint before the deadline when nothing has been answered', () => {
    for (const kind of ['complaint', 'ico-complaint'] as const) {
      expect(letterProblems(followUp({ kind, whatWentWrong: 'No reply.', noComplaintReason: 'x' }, '2026-10-01'), sources), kind).toHaveLength(1)
    }
  })

  it('allows a reminder from the day after the deadline', () => {
    expect(letterProblems(followUp({ kind: 'reminder' }, '2026-10-02'), sources)).toEqual([])
  })

  it('allows a complaint about a refusal at once', () => {
    expect(letterProblems(followUp({ kind: 'complaint', events: [{ kind: 'refused', on: '2026-09-10' }] }, '2026-09-12'), sources)).toEqual([])
  })

  it('refuses a reminder after a full reply or a refusal', () => {
    expect(letterProblems(followUp({ kind: 'reminder', events: [{ kind: 'refused', on: '2026-09-10' }] }), sources)[0]?.message).toContain('already replied')
  })

  it('refuses a follow-up while they wait for proof of identity, or for an answer to their question', () => {
    expect(letterProblems(followUp({ kind: 'reminder', events: [{ kind: 'asked-for-id', on: '2026-09-03' }] }), sources)[0]?.message).toContain('proof of identity')
    expect(letterProblems(followUp({ kind: 'reminder', events: [{ kind: 'asked-what-you-meant', on: '2026-09-03' }] }), sources)[0]?.message).toContain('paused')
  })

  it('counts the first letter’s receipt from how it was sent, and assumes post only when not told', () => {
    expect(one(followUp({ kind: 'reminder' })).letter).toContain('You received it that day, 1 September 2026.')
    expect(one(followUp({ kind: 'reminder' })).letter).toContain('ended on 1 October 2026')
    const posted = one(followUp({ kind: 'reminder', originalSentBy: undefined })).letter
    expect(posted).toContain('It should have reached you by 3 September 2026.')
    expect(posted).toContain('ended on 5 October 2026')
  })

  it('restarts the clock when their request for ID was answered, and says so', () => {
    const letter = one(followUp({ kind: 'reminder', events: [{ kind: 'asked-for-id', on: '2026-09-04', answeredOn: '2026-09-14' }] })).letter
    expect(letter).toContain('You asked for proof of identity, and it reached you by 14 September 2026')
    expect(letter).toContain('ended on 14 October 2026')
  })

  it('counts more time only when they asked within the first month', () => {
    const counted = followUp({ kind: 'reminder', events: [{ kind: 'more-time', on: '2026-09-20' }] }, '2026-12-02')
    expect(one(counted).letter).toContain('The law allows up to two more months for that (section 54(3A)')
    expect(one(counted).letter).toContain('ended on 1 December 2026')
    expect(letterProblems({ ...counted, dated: '2026-11-23' }, sources)[0]?.message).toContain('from 2 December 2026')
    const late = one(followUp({ kind: 'reminder', events: [{ kind: 'more-time', on: '2026-10-05' }] })).letter
    expect(late).toContain('so the time limit was not extended')
    expect(late).toContain('ended on 1 October 2026')
  })

  it('says "you have not told me you need more time" only when the person said what happened', () => {
    expect(one(followUp({ kind: 'reminder' })).letter).not.toContain('You have not told me that you need more time')
    expect(one(followUp({ kind: 'reminder', events: [] })).letter).toContain('You have not told me that you need more time')
    // "Nothing has happened" survives reading the file, so the sentence reaches real letters.
    const parsed = parseRequest(followUp({ kind: 'reminder', events: [] }), { today: '2026-11-23' })
    expect(parsed.ok && parsed.request.followUp?.events).toEqual([])
  })

  it('a reminder after part of a reply says only that', () => {
    const letter = one(followUp({ kind: 'reminder', events: [{ kind: 'replied-in-part', on: '2026-09-25' }] })).letter
    expect(letter).toContain('You sent part of a reply on 25 September 2026')
    expect(letter).not.toContain('I have not had your reply')
  })

  it('the reply-by date in the letter, on the cover sheet and for the letters page is one and the same', () => {
    const { letter, cover, pack } = one(followUp({ kind: 'reminder' }))
    expect(letter).toContain('Please send your full reply by 7 December 2026')
    expect(cover).toContain('If nothing arrives by 7 December 2026')
    expect(pack.replyBy).toEqual({ date: '2026-12-07', what: 'reply' })
    const first = one(youngPerson)
    expect(first.letter).toContain('the last day for your reply is 23 December 2026')
    expect(first.cover).toContain('They must reply by 23 December 2026')
    expect(first.pack.replyBy?.date).toBe('2026-12-23')
  })

  it('an ICO complaint says a complaint to the organisation was made only when it was, with its dates', () => {
    const made = one(followUp({ kind: 'ico-complaint', whatWentWrong: 'They never replied.', events: [{ kind: 'complaint-made', on: '2026-10-10', answeredOn: '2026-10-30' }] }))
    expect(made.letter).toContain('10 October 2026: I complained to them under section 164A')
    expect(made.letter).toContain('30 October 2026: They answered my complaint.')
    expect(made.all).toContain('A copy of my complaint to South Wales Police of 10 October 2026')
    const notMade = one(followUp({ kind: 'ico-complaint', whatWentWrong: 'They never replied.', noComplaintReason: 'I was told to write to you directly.' }))
    expect(notMade.letter).not.toContain('I complained to them')
    expect(notMade.letter).toContain('I have not complained to South Wales Police first, because: I was told to write to you directly.')
    expect(notMade.all).not.toContain('A copy of my complaint')
  })

  it('an ICO complaint asks what went wrong and how it affected the person, not the first letter’s “anything else”', () => {
    const { letter } = one(followUp({ kind: 'ico-complaint', whatWentWrong: 'They sent nothing about the matrix.', howItAffected: 'I could not get a job.', noComplaintReason: 'x' }))
    expect(letter).toContain('They sent nothing about the matrix.')
    expect(letter).toContain('I could not get a job.')
    expect(letter).not.toContain(youngPerson.details!.slice(0, 30))
  })

  it('an ICO complaint encloses only papers that exist', () => {
    const { all } = one(followUp({ kind: 'ico-complaint', whatWentWrong: 'x', noComplaintReason: 'y' }))
    expect(all).not.toContain('Copies of any replies')
    expect(all).not.toContain('Proof of the date I sent it')
    expect(all).not.toContain('A copy of the reply')
  })

  it('an ICO complaint needs what went wrong, and a complaint or a reason for none', () => {
    const result = parseRequest(followUp({ kind: 'ico-complaint' }), { today: '2026-11-23' })
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['followUp.whatWentWrong', 'followUp.noComplaintReason'])
    const complained = followUp({ kind: 'ico-complaint', whatWentWrong: 'x', events: [{ kind: 'complaint-made', on: '2026-10-10' }] })
    expect(parseRequest(complained, { today: '2026-11-23' }).ok).toBe(true)
  })

  it('warns, without blocking, when the last contact is more than three months old', () => {
    const late = followUp({ kind: 'ico-complaint', whatWentWrong: 'x', noComplaintReason: 'y' }, '2026-12-03')
    expect(letterProblems(late, sources)).toEqual([])
    const { cover, pack } = one(late)
    expect(pack.icoMayRefuse).toBe(true)
    expect(cover).toContain('more than three months ago')
    expect(one(followUp({ kind: 'ico-complaint', whatWentWrong: 'x', noComplaintReason: 'y' }, '2026-11-30')).pack.icoMayRefuse).toBe(false)
  })

  it('keeps the old time limits for a request received before 5 February 2026, in every follow-up', () => {
    for (const kind of ['reminder', 'complaint', 'ico-complaint'] as const) {
      const request = followUp({ kind, originalSentOn: '2026-01-20', whatWentWrong: 'x', noComplaintReason: 'y', events: [{ kind: 'more-time', on: '2026-02-10' }] }, '2026-07-01', ['police:south-wales', 'council:cardiff'])
      for (const { letter } of packs(request)) {
        expect(letter, kind).not.toMatch(/12A|54\(3[A-D]\)/)
        expect(letter, kind).toMatch(/Article 12\(3\) of the UK GDPR|section 54 of the Data Protection Act 2018/)
      }
    }
  })
})

describe('the right law in every combination', () => {
  const homeOffice = one({ ...parent, recipients: ['prevent:home-office-prevent'] })

  it('gives the Home Office Part 3 only for law-enforcement data, never for "other purposes"', () => {
    expect(homeOffice.letter).toContain('and under section 45 of the Data Protection Act 2018 for any data you hold for law-enforcement purposes')
    expect(homeOffice.letter).not.toContain('for other purposes')
    expect(homeOffice.letter).toContain('ask the Information Commissioner to check your decision about any law-enforcement data (section 51')
  })

  it('objects under Article 21(1) and Article 17(1)(c) in an erasure letter to a council, as the person’s reasons', () => {
    const { letter } = one({ ...youngPerson, requests: ['erasure'], recipients: ['council:cardiff'] })
    expect(letter).toContain('I object to your use of this data under Article 21(1) of the UK GDPR')
    expect(letter).toContain('(Article 17(1)(c))')
    expect(letter).toContain('I believe it is no longer needed')
    expect(letter).not.toContain('it has been used unlawfully')
    expect(letter).toContain('I am a child, 17 years old')
  })

  it('names section 42 for sensitive data in a police erasure letter', () => {
    const { letter } = one({ ...youngPerson, requests: ['erasure'] })
    expect(letter).toContain('sections 35(3) to (5) and 42')
  })

  it('never asks for restriction on a ground that contradicts the rest of the letter', () => {
    const withErasure = one({ ...youngPerson, requests: ['erasure', 'restriction'], recipients: ['council:cardiff'] }).letter
    expect(withErasure).not.toContain('Article 18(1)(b)')
    expect(withErasure).toContain('Article 18(1)(d)')
    const withCorrection = one({ ...worker, requests: ['rectification', 'restriction'], recipients: ['council:tower-hamlets'] }).letter
    expect(withCorrection).toContain('Article 18(1)(a)')
    expect(withCorrection).not.toContain('Article 18(1)(b)')
    const alone = one({ ...worker, requests: ['restriction'], recipients: ['council:tower-hamlets'] }).letter
    // Asked for alone, it claims no ground the person did not give: it states the law's grounds and asks which apply.
    expect(alone).toContain('Article 18(1) gives the grounds for this')
    expect(alone).not.toContain('I believe your use of it is unlawful')
    const policeAlone = one({ ...worker, requests: ['restriction'], recipients: ['police:metropolitan'] }).letter
    expect(policeAlone).not.toContain('I dispute the accuracy')
  })

  it('asks for the copy first, and names the s.173 offence, when access comes with erasure or correction', () => {
    expect(one(youngPerson).letter).toContain('Please send the copy of the data before you delete or change anything')
    expect(one(youngPerson).letter).toContain('section 173 of the Data Protection Act 2018')
    expect(one({ ...youngPerson, requests: ['access'] }).letter).not.toContain('section 173')
  })

  it('the child’s agreement names every request in the letter', () => {
    const agreement = one({ ...parent, recipients: ['council:manchester'] }).pack.documents.map(letterToPlainText).at(-1)!
    expect(agreement).toContain('send Amina Khan a copy of the personal data it holds about me')
    expect(agreement).toContain('stop using it')
  })

  it('asks a body that will neither confirm nor deny to say so, with s.51 for Part 3', () => {
    const police = one(youngPerson).letter
    expect(police).toContain('If you decide to neither confirm nor deny')
    expect(police).toContain('to ask the Information Commissioner to check your decision (section 51')
    const council = one({ ...youngPerson, recipients: ['council:cardiff'] }).letter
    expect(council).toContain('If you decide to neither confirm nor deny')
    expect(council).not.toContain('section 51')
  })

  it('lists the rights information an access reply must carry', () => {
    expect(one(youngPerson).letter).toMatch(/section 45\(2\)\(e\).*section 45\(2\)\(ea\)/s)
    expect(one(youngPerson).letter).toContain('(section 45(2)(f))')
    const council = one({ ...youngPerson, recipients: ['council:cardiff'] }).letter
    expect(council).toContain('(Article 15(1)(e))')
    expect(council).toContain('(Article 15(1)(ea))')
    expect(council).toContain('(Article 15(1)(f))')
  })

  it('gives the s.208 sentence only in Scotland and only for a child of 12 or over who agrees', () => {
    const scottish = { ...parent, subject: { ...parent.subject, address: { lines: ['1 High Street', 'Glasgow'], postcode: 'G1 1AA' } }, recipients: ['council:glasgow-city'] }
    expect(one(scottish).letter).toContain('section 208')
    expect(one({ ...scottish, sender: { ...scottish.sender, childAgrees: false } as Request['sender'] }).letter).not.toContain('section 208')
    expect(one({ ...parent, recipients: ['council:manchester'] }).letter).not.toContain('section 208')
    const young = { ...scottish, subject: { ...scottish.subject, dateOfBirth: '2016-01-01' } }
    expect(one(young).letter).not.toContain('section 208')
  })

  it('never says a child who did not agree is "too young"', () => {
    const child = { ...parent, subject: { ...parent.subject, dateOfBirth: '2016-01-01' }, sender: { ...parent.sender, childAgrees: false } as Request['sender'] }
    const { letter } = one({ ...child, recipients: ['council:manchester'] })
    expect(letter).not.toContain('too young')
    expect(letter).toContain('is 10, so I am making this request for them, in their best interests')
  })

  it('tells a representative what ACRO requires of them', () => {
    expect(one({ ...worker, recipients: ['police:acro'] }).cover).toContain('ACRO only takes a request from someone acting for another person in an official capacity')
    expect(one({ ...worker, recipients: ['police:metropolitan'] }).cover).not.toContain('official capacity')
  })

  it('uses a typed-in body’s own nation’s bank holidays, never England’s by default', () => {
    // Sent by email on Friday 30 October 2026: a month later is Monday 30 November, St Andrew's Day in Scotland.
    const base = { ...youngPerson, dated: '2026-10-30', sent: { on: '2026-10-30', by: 'email' as const } }
    const scottishSchool = { name: 'Example Academy', kind: 'school' as const, address: { lines: ['1 School Road', 'Glasgow'], postcode: 'G2 2BB' } }
    expect(one({ ...base, recipients: [scottishSchool] }).letter).toContain('the last day for your reply is 1 December 2026')
    expect(one({ ...base, recipients: [{ ...scottishSchool, address: { lines: ['1 Road', 'Leeds'], postcode: 'LS1 1AA' } }] }).letter).toContain('the last day for your reply is 30 November 2026')
    // No postcode and no nation: every nation's holidays count, so the date is never too early.
    expect(one({ ...base, recipients: [{ name: 'Example Academy', kind: 'school', email: 'office@example.org' }] }).letter).toContain('the last day for your reply is 1 December 2026')
  })

  it('fits topic paragraphs to the body: no PNC or body-worn video “that you created” asked of a council', () => {
    const council = one({ ...worker, topics: ['police-national-computer', 'cctv-body-worn-video'], recipients: ['council:tower-hamlets'] }).letter
    expect(council).not.toContain('that you created')
    expect(council).not.toContain('body-worn video')
    expect(council).toContain('from the Police National Computer that the police or anyone else shared with you')
  })

  it('an erasure-only letter does not ask to be sent everything', () => {
    const { letter } = one({ ...youngPerson, requests: ['erasure'] })
    expect(letter).not.toMatch(/send everything|Please send/)
    expect(letter).toContain('This letter covers any record of me on any gang list')
  })

  it('says "a statement that I disagree" only in a letter asking for a correction', () => {
    expect(one({ ...worker, requests: ['rectification'] }).letter).toContain('add a statement that we disagree')
    expect(one({ ...worker, requests: ['erasure', 'restriction', 'objection'], corrections: undefined }).letter).not.toContain('disagree')
  })

  it('says "as I am asking by email" only when it goes by email', () => {
    expect(one(youngPerson).letter).toContain('As I am asking by email')
    const online = one({ ...youngPerson, sent: { on: '2026-11-23', by: 'online-form' } }).letter
    expect(online).not.toContain('As I am asking by email')
    expect(online).toContain('As I am making this request online')
    expect(one({ ...youngPerson, sent: { on: '2026-11-23', by: 'post' } }).letter).not.toContain('electronically')
  })

  it('does not tell ACRO that Police National Computer copies come from ACRO', () => {
    const request = { ...youngPerson, topics: ['police-national-computer' as const] }
    expect(one({ ...request, recipients: ['police:acro'] }).letter).not.toContain('comes from ACRO')
    expect(one(request).letter).toContain('comes from ACRO Criminal Records Office')
  })

  it('a cover sheet speaks of that letter’s route only, and never pretends a body has an email it has not', () => {
    const met = one({ ...worker, sent: { on: '2026-11-23', by: 'email' }, recipients: ['police:metropolitan'] }).cover
    expect(met).toMatch(/Send it by email to:\s+- Email: subjectaccessrequest@met\.police\.uk/)
    expect(met).not.toMatch(/online form/i)
    const swp = one(youngPerson)
    // South Wales Police has only a web form: the letter keeps what the person said; the cover sheet says the truth.
    expect(swp.letter).toContain('I am sending it by email')
    expect(swp.cover).toContain('You said you would send it by email, but we do not know an email address for South Wales Police')
    expect(one({ ...youngPerson, recipients: [{ id: 'police:south-wales', sendBy: 'online-form' }] }).cover).toContain('Use their online form')
  })

  it('a per-letter sending method sets that letter’s deadline', () => {
    const request = { ...youngPerson, sent: { on: '2026-11-24', by: 'post' as const }, recipients: [{ id: 'police:south-wales', sendBy: 'email' as const }, 'council:cardiff'] }
    const [police, council] = packs(request)
    expect(police!.letter).toContain('I am sending it by email on 24 November 2026')
    expect(police!.pack.replyBy?.date).toBe('2026-12-24')
    expect(council!.letter).toContain('I am posting this letter on 24 November 2026')
  })
})

describe('a body reached only through a fallback', () => {
  it('addresses the letter to its Data Protection Officer’s email where it has no request address', () => {
    const { letter } = one({ ...youngPerson, recipients: ['council:manchester'] })
    const dpo = sources.directory.byId('council:manchester')!.dpoEmail!
    expect(dpo).toContain('@')
    expect(letter).toContain(dpo)
  })
})

describe('faults found by the second legal review', () => {
  it('treats a typed-in Prevent team under the UK GDPR only, never as the Home Office', () => {
    const { letter } = one({ ...parent, recipients: [{ name: 'Example Council Prevent Team', kind: 'prevent', email: 'prevent@example.org' }] })
    expect(letter).not.toMatch(/section 4[5-8]|Part 3/)
  })

  it('counts England’s bank holidays for the UK-wide bodies run from England, such as ACRO', () => {
    // Emailed Friday 4 December 2026: a month later is Monday 4 January 2027, a holiday in Scotland only.
    const { letter } = one({ ...youngPerson, dated: '2026-12-04', sent: { on: '2026-12-04', by: 'email' }, recipients: ['police:acro'] })
    expect(letter).toContain('the last day for your reply is 4 January 2027')
  })

  it('gives the Scottish s.208 sentence only for a child under 16', () => {
    const scottish = { ...parent, subject: { ...parent.subject, dateOfBirth: '2010-01-01', address: { lines: ['1 High Street', 'Glasgow'], postcode: 'G1 1AA' } }, recipients: ['council:glasgow-city'] }
    expect(one(scottish).letter).not.toContain('section 208')
  })

  it('restricts while a correction is checked under s.47(3) or Art 18(1)(a), not s.47(2) to (4)', () => {
    expect(one({ ...worker, requests: ['rectification'] }).letter).toContain('please restrict the use of the data (section 47(3) of the Data Protection Act 2018)')
    expect(one({ ...worker, requests: ['rectification'], recipients: ['council:tower-hamlets'] }).letter).toContain('(Article 18(1)(a) of the UK GDPR)')
  })

  it('the authority form sent with an ICO complaint says where it goes, and claims no enclosed ID', () => {
    const ico = one({ ...worker, dated: '2026-12-01', sent: undefined, recipients: ['police:acro'], followUp: { kind: 'ico-complaint', originalSentOn: '2026-09-01', originalSentBy: 'email', whatWentWrong: 'x', noComplaintReason: 'y' } })
    const form = letterToPlainText(ico.pack.documents.at(-1)!)
    expect(form).toContain("send it with the complaint to the Information Commissioner's Office")
    expect(form).not.toContain('proof of identity is enclosed')
  })

  it('a complaint about a refusal does not say the time limit ended', () => {
    const { letter } = one(followUp({ kind: 'complaint', events: [{ kind: 'refused', on: '2026-09-20' }] }))
    expect(letter).toContain('On 20 September 2026 you refused my request.')
    expect(letter).not.toMatch(/time limit for your reply ended|not told me that you need more time/)
    const ico = one(followUp({ kind: 'ico-complaint', whatWentWrong: 'x', noComplaintReason: 'y', events: [{ kind: 'refused', on: '2026-09-20' }] })).letter
    expect(ico).not.toContain('The time limit for their reply ended')
  })

  it('an advice worker writing to ACRO encloses their own proof of identity too', () => {
    expect(one({ ...worker, recipients: ['police:acro'] }).cover).toContain('A copy of your own proof of identity')
    expect(one(worker).cover).not.toContain('your own proof of identity')
  })

  it('a follow-up from the person themself speaks of them in the first person', () => {
    const { letter } = one(followUp({ kind: 'reminder' }))
    expect(letter).toContain('On 1 September 2026 I sent you a letter by email asking you to send me a copy')
  })
})
