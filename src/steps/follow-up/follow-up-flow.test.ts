/**
 * Issue 8 §2 and §3 in the app: the follow-up's own pages, the complaint's words, parental
 * responsibility and a child who does not agree, as the draft and the flow see them.
 */
import { describe, expect, it } from 'vitest'
import { fixture, schemaOptions } from '../../../test/helpers/fixtures.ts'
import { fromRequest, toRequest } from '../../flow/convert.ts'
import type { Draft } from '../../draft/draft.ts'
import { applies, firstIncomplete, isComplete, next, previous, stepForPath, type FlowContext } from '../../flow/steps.ts'
import type { Request } from '../../request/schema.ts'
import { answerSections } from '../check-answers/rows.ts'

const TODAY = '2026-11-23'
const ctx: FlowContext = { today: TODAY }
const youngPerson = fixture('young-person')
const parent = fixture('parent')

function checked(draft: Draft): Request {
  const result = toRequest(draft, { today: TODAY, ...schemaOptions })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.request
}

function withFollowUp(base: Request, followUp: NonNullable<Request['followUp']>): Request {
  return { ...base, dated: TODAY, sent: undefined, followUp }
}

/** Continue from page to page, from the follow-up's last page to check your answers. */
function walk(draft: Draft, from: Parameters<typeof next>[0]): string[] {
  const seen: string[] = [from]
  let step = from
  while (step !== 'check-answers' && seen.length < 40) {
    step = next(step, draft, ctx)
    seen.push(step)
  }
  return seen
}

describe('the follow-up in the draft', () => {
  it('reads every new answer back from a request file exactly', () => {
    const requests = [
      withFollowUp(youngPerson, {
        kind: 'ico-complaint',
        originalSentOn: '2026-09-01',
        originalSentBy: 'online-form',
        theirReference: 'SAR/1',
        events: [
          { kind: 'asked-for-id', on: '2026-09-03', answeredOn: '2026-09-05' },
          { kind: 'asked-for-id', on: '2026-09-06' },
          { kind: 'complaint-made', on: '2026-10-10' },
          { kind: 'acknowledged', on: '2026-10-11', answeredOn: '2026-10-12' },
        ],
        whatWentWrong: 'They never replied.',
        howItAffected: 'I was worried.',
        noComplaintReason: 'Not needed',
      }),
      withFollowUp(youngPerson, { kind: 'reminder', originalSentOn: '2026-09-01', events: [] }),
      withFollowUp(youngPerson, { kind: 'reminder', originalSentOn: '2026-09-01' }),
      { ...parent, dated: TODAY, sender: { ...(parent.sender as Extract<Request['sender'], { kind: 'parent' }>), parentalResponsibility: true } },
    ]
    // "Nothing has happened" ([]) and "not asked" (no events) each come back as they were.
    for (const request of requests) expect(checked(fromRequest(request))).toEqual(request)
  })

  it('leaves out how the first letter went when the person does not remember, so post is assumed', () => {
    const draft = fromRequest(withFollowUp(youngPerson, { kind: 'reminder', originalSentOn: '2026-09-01', events: [] }))
    const request = checked({ ...draft, followUp: { ...draft.followUp, originalSentBy: 'not-sure' } })
    expect(request.followUp).not.toHaveProperty('originalSentBy')
    expect(request.followUp?.events).toEqual([])
  })

  it('keeps a date for what was sent only when it was', () => {
    const draft = fromRequest(withFollowUp(youngPerson, { kind: 'reminder', originalSentOn: '2026-09-01' }))
    const request = checked({
      ...draft,
      followUp: { ...draft.followUp, events: [{ kind: 'asked-for-id', on: { day: '3', month: '9', year: '2026' }, answered: 'not-yet', answeredOn: { day: '5', month: '9', year: '2026' } }] },
    })
    expect(request.followUp?.events).toEqual([{ kind: 'asked-for-id', on: '2026-09-03' }])
  })
})

describe('parental responsibility is never claimed for someone who did not say yes', () => {
  const base = fromRequest({ ...parent, dated: TODAY })
  const answer = (value: 'yes' | 'no' | 'not-sure'): Draft => ({ ...base, sender: { ...base.sender, parentalResponsibility: value } })

  it('writes true only for yes, and the schema refuses the rest', () => {
    expect(checked(answer('yes')).sender).toMatchObject({ kind: 'parent', parentalResponsibility: true })
    for (const value of ['no', 'not-sure'] as const) {
      const result = toRequest(answer(value), { today: TODAY, ...schemaOptions })
      expect(result.ok, value).toBe(false)
      if (!result.ok) expect(result.errors.map((e) => e.path)).toContain('sender.parentalResponsibility')
    }
  })

  it('asks it first, and shows the other ways for no or not sure, without going on as a parent', () => {
    expect(next('who-is-asking', { sender: { kind: 'parent' } }, ctx)).toBe('parental-responsibility')
    for (const value of ['no', 'not-sure'] as const) {
      expect(next('parental-responsibility', answer(value), ctx)).toBe('no-parental-responsibility')
      expect(applies('no-parental-responsibility', answer(value), ctx)).toBe(true)
      expect(firstIncomplete(answer(value), ctx)).toBe('parental-responsibility')
    }
    expect(applies('no-parental-responsibility', answer('yes'), ctx)).toBe(false)
    expect(next('parental-responsibility', answer('yes'), ctx)).toBe('subject-name')
    expect(previous('no-parental-responsibility', answer('no'), ctx)).toBe('parental-responsibility')
    expect(stepForPath('sender.parentalResponsibility', answer('no'), ctx)).toEqual({ step: 'parental-responsibility' })
  })

  it('lets the child ask, or the carer ask with the child’s permission, from the answers already given', () => {
    const asChild: Draft = { ...answer('no'), sender: { ...answer('no').sender, kind: 'self' } }
    expect(applies('no-parental-responsibility', asChild, ctx)).toBe(false)
    expect(next('no-parental-responsibility', asChild, ctx)).toBe('check-answers')
    expect(checked(asChild).sender).toEqual({ kind: 'self' })
    const withPermission: Draft = { ...answer('no'), sender: { ...answer('no').sender, kind: 'representative' } }
    expect(next('no-parental-responsibility', withPermission, ctx)).toBe('worker-details')
  })

  it('shows the answer on check your answers', () => {
    const rows = answerSections(answer('yes'), () => undefined, ctx).flatMap((s) => s.rows)
    expect(rows.find((r) => r.step === 'parental-responsibility')?.lines).toEqual(['Yes'])
  })
})

describe('a child who does not agree', () => {
  const base = fromRequest({ ...parent, dated: TODAY })
  const no: Draft = { ...base, sender: { ...base.sender, parentalResponsibility: 'yes', childAgrees: 'no' } }

  it('is shown their own right, and the ways to go on, after the question', () => {
    expect(next('child-agrees', no, ctx)).toBe('child-does-not-agree')
    expect(next('child-agrees', { ...no, sender: { ...no.sender, childAgrees: 'yes' } }, ctx)).not.toBe('child-does-not-agree')
    expect(applies('child-does-not-agree', no, ctx)).toBe(true)
    expect(previous('child-does-not-agree', no, ctx)).toBe('child-agrees')
  })

  it('goes on with the journey, or to what is left when the child asks for themselves', () => {
    expect(next('child-does-not-agree', no, ctx)).toBe('what-you-want')
    expect(next('child-does-not-agree', { ...no, sender: { ...no.sender, kind: 'self' } }, ctx)).toBe('check-answers')
  })
})

describe('the follow-up’s pages', () => {
  const complete = fromRequest({ ...youngPerson, dated: TODAY })
  const followUp = (f: NonNullable<Draft['followUp']>): Draft => ({ ...complete, followUp: { originalSentOn: { day: '1', month: '9', year: '2026' }, originalSentBy: 'email', events: [], ...f } })

  it('ask what went wrong, how it affected them and why there was no complaint first, for an ICO complaint only', () => {
    // How the follow-up is sent is not asked on the way: it is changed from check your answers.
    expect(walk(followUp({ kind: 'ico-complaint' }), 'details')).toEqual(['details', 'what-went-wrong', 'how-it-affected', 'no-complaint-reason', 'check-answers'])
    expect(walk(followUp({ kind: 'complaint' }), 'details')).toEqual(['details', 'what-went-wrong', 'check-answers'])
    expect(walk(followUp({ kind: 'reminder' }), 'details')).toEqual(['details', 'check-answers'])
  })

  it('do not ask why there was no complaint first when there was one', () => {
    const complained = followUp({ kind: 'ico-complaint', events: [{ kind: 'complaint-made', on: { day: '10', month: '10', year: '2026' }, answered: 'not-yet' }] })
    expect(applies('no-complaint-reason', complained, ctx)).toBe(false)
    expect(walk(complained, 'details')).not.toContain('no-complaint-reason')
  })

  it('need the ICO complaint’s words before check your answers', () => {
    const ico = followUp({ kind: 'ico-complaint', whatWentWrong: '', howItAffected: '', noComplaintReason: '' })
    expect(isComplete('what-went-wrong', ico)).toBe(false)
    expect(isComplete('no-complaint-reason', ico)).toBe(false)
    expect(isComplete('how-it-affected', ico)).toBe(true)
    expect(firstIncomplete(ico, ctx)).toBe('what-went-wrong')
    expect(isComplete('what-went-wrong', followUp({ kind: 'complaint', whatWentWrong: '' }))).toBe(true)
  })

  it('show a reminder’s own words, loaded from a file, so nothing goes in a letter unseen', () => {
    expect(applies('what-went-wrong', followUp({ kind: 'reminder', whatWentWrong: 'Only part came.' }), ctx)).toBe(true)
    expect(applies('what-went-wrong', followUp({ kind: 'reminder', whatWentWrong: '' }), ctx)).toBe(false)
  })

  it('link each problem to the page that fixes it', () => {
    const d = followUp({ kind: 'ico-complaint' })
    expect(stepForPath('followUp.events.2.on', d, ctx)).toEqual({ step: 'follow-up-events' })
    expect(stepForPath('followUp.whatWentWrong', d, ctx)).toEqual({ step: 'what-went-wrong' })
    expect(stepForPath('followUp.howItAffected', d, ctx)).toEqual({ step: 'how-it-affected' })
    expect(stepForPath('followUp.noComplaintReason', d, ctx)).toEqual({ step: 'no-complaint-reason' })
    expect(stepForPath('followUp.originalSentBy', d, ctx)).toEqual({ step: 'follow-up-details' })
  })

  it('go back from the first question past the page that says when it can be sent, which shows only to stop or warn', () => {
    expect(previous('who-is-asking', followUp({ kind: 'reminder' }), ctx)).toBe('follow-up-events')
    expect(previous('follow-up-timing', followUp({ kind: 'reminder' }), ctx)).toBe('follow-up-events')
    expect(previous('follow-up-events', followUp({ kind: 'reminder' }), ctx)).toBe('follow-up-details')
  })

  it('list how the first letter went and what has happened since on check your answers', () => {
    const d = followUp({
      kind: 'complaint',
      originalSentBy: 'hand',
      events: [
        { kind: 'asked-for-id', on: { day: '3', month: '9', year: '2026' }, answered: 'yes', answeredOn: { day: '5', month: '9', year: '2026' } },
        { kind: 'complaint-made', on: { day: '10', month: '10', year: '2026' }, answered: 'not-yet' },
      ],
    })
    const rows = answerSections(d, () => undefined, ctx).flatMap((s) => s.rows)
    // What the first letter asked for is asked with it, so its row is there too.
    expect(rows.filter((r) => r.step === 'follow-up-details').map((r) => r.lines)).toEqual([['See what they hold', 'Delete it'], ['1 September 2026', 'By hand']])
    expect(rows.find((r) => r.step === 'what-you-want')).toBeUndefined()
    const sending = rows.find((r) => r.step === 'sending')
    expect(sending?.lines).toEqual(['By email on 23 November 2026'])
    // Not asked, so the letter says nothing of it, and check your answers says so, with its Change link.
    const notSaid = answerSections({ ...d, sent: undefined }, () => undefined, ctx).flatMap((s) => s.rows).find((r) => r.step === 'sending')
    expect(notSaid?.lines).toEqual(['Not said. The letter will not say how you send it.'])
    expect(toRequest({ ...d, sent: undefined }, { today: TODAY, ...schemaOptions }).ok && checked({ ...d, sent: undefined }).sent).toBeUndefined()
    expect(rows.find((r) => r.step === 'follow-up-events')?.lines).toEqual([
      'They asked you for proof of identity on 3 September 2026. You sent the proof on 5 September 2026.',
      'You complained to them about it on 10 October 2026. They have not answered yet.',
    ])
    expect(answerSections(followUp({ kind: 'reminder' }), () => undefined, ctx).flatMap((s) => s.rows).find((r) => r.step === 'follow-up-events')?.lines).toEqual(['Nothing has happened'])
  })
})
