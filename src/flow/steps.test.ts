import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import type { Draft } from '../draft/draft.ts'
import { DRAFT } from '../draft/schema.ts'
import {
  applies, firstIncomplete, isComplete, JOURNEY, matchPath, next, pathFor, previous, STEP_IDS, STEPS,
  stepForPath, subjectAge, type FlowContext, type StepId, asksLetterLanguage,
} from './steps.ts'
import { getDirectory } from './directory.ts'
import { setCurrentLocale } from '../i18n/catalogues.ts'

const TODAY = '2026-11-23'
const ctx: FlowContext = { today: TODAY }
const ADDRESS = { line1: '1 Road', line2: '', town: 'Town', county: '', postcode: 'AA1 1AA' }

/** A complete draft for each kind of sender. */
function complete(kind: 'self' | 'parent' | 'representative', extra: Partial<Draft> = {}): Draft {
  return {
    subject: {
      fullName: 'Sam Example',
      otherNames: [],
      dateOfBirth: { day: '14', month: '3', year: '2013' },
      address: ADDRESS,
      previousAddresses: [],
      email: '',
      phone: '',
    },
    sender:
      kind === 'self'
        ? { kind }
        : kind === 'parent'
          ? { kind, parentalResponsibility: 'yes', fullName: 'Pat', relationship: 'mother', address: { ...ADDRESS, line1: '' }, email: '', phone: '', childAgrees: 'yes' }
          : { kind, fullName: 'Jo', organisation: 'Org', role: 'Youth worker', address: ADDRESS, email: '', phone: '', reference: '' },
    requests: ['access'],
    topics: [],
    recipients: [{ id: 'police:example' }],
    details: '',
    sent: { by: 'not-sure' },
    ...extra,
  }
}

/** Follows Continue from the first page to check your answers. */
function walk(draft: Draft, from: StepId = 'who-is-asking'): StepId[] {
  const seen: StepId[] = [from]
  let step = from
  while (step !== 'check-answers' && seen.length < 40) {
    step = next(step, draft, ctx)
    seen.push(step)
  }
  return seen
}

describe('the journey', () => {
  it('asks a young person only about themself', () => {
    expect(walk(complete('self'))).toEqual([
      'who-is-asking', 'subject-name', 'other-names', 'date-of-birth', 'address', 'previous-addresses', 'contact',
      'what-you-want', 'topics', 'recipients', 'details', 'sending', 'check-answers',
    ])
  })

  it('asks a parent about themself and whether the child agrees', () => {
    expect(walk(complete('parent'))).toEqual([
      'who-is-asking', 'parental-responsibility', 'subject-name', 'other-names', 'date-of-birth', 'address', 'previous-addresses', 'contact',
      'parent-details', 'parent-contact', 'child-agrees', 'what-you-want', 'topics', 'recipients', 'details', 'sending', 'check-answers',
    ])
  })

  it('asks a worker for their details, not a parent’s', () => {
    const worker = complete('representative')
    const steps = walk({ ...worker, sender: { kind: 'representative' } })
    expect(steps).toContain('worker-details')
    expect(steps).toContain('worker-contact')
    expect(steps).not.toContain('parent-details')
    expect(steps).not.toContain('child-agrees')
  })

  it('passes by a worker’s own details once given (a new client starts with them), but Back still reaches them', () => {
    const newClient = complete('representative')
    const steps = walk(newClient)
    expect(steps).not.toContain('worker-details')
    expect(steps).not.toContain('worker-contact')
    expect(next('contact', newClient, ctx)).toBe('what-you-want')
    expect(previous('what-you-want', newClient, ctx)).toBe('worker-contact')
    // Half given: the page still to answer is asked, the one answered is passed by.
    const noAddress: Draft = { ...newClient, sender: { ...newClient.sender, address: undefined } }
    expect(next('contact', noAddress, ctx)).toBe('worker-contact')
  })

  it('asks what is wrong only when a correction is asked for', () => {
    expect(walk(complete('self'))).not.toContain('corrections')
    const steps = walk(complete('self', { requests: ['access', 'rectification'] }))
    expect(steps.slice(steps.indexOf('what-you-want'), steps.indexOf('what-you-want') + 3)).toEqual(['what-you-want', 'corrections', 'topics'])
  })

  it('stops a parent of an adult at a page that explains why', () => {
    const adult = complete('parent', {})
    adult.subject = { ...adult.subject, dateOfBirth: { day: '1', month: '1', year: '2000' } }
    expect(next('date-of-birth', adult, ctx)).toBe('adult-child')
    expect(next('date-of-birth', adult, { ...ctx, fromCheck: true })).toBe('adult-child')
    expect(next('adult-child', adult, ctx)).toBe('who-is-asking')
    // The same date for someone asking for themself is fine.
    expect(next('date-of-birth', { ...adult, sender: { kind: 'self' } }, ctx)).toBe('address')
  })

  it('goes from the end pages to the letters', () => {
    const d = complete('self')
    expect(next('check-answers', d, ctx)).toBe('before-you-send')
    expect(next('before-you-send', d, ctx)).toBe('letters')
    expect(previous('before-you-send', d, ctx)).toBe('check-answers')
    expect(next('letters', d, ctx)).toBe('letters')
    expect(next('start', d, ctx)).toBe('who-is-asking')
    expect(next('privacy', d, ctx)).toBe('start')
  })

  it('goes on from the keep question to the first question, or to what is left when there are answers', () => {
    expect(next('keep-answers', {}, ctx)).toBe('who-is-asking')
    expect(next('keep-answers', complete('self'), ctx)).toBe('check-answers')
    expect(next('keep-answers', { sender: { kind: 'self' } }, ctx)).toBe('subject-name')
    expect(previous('keep-answers', {}, ctx)).toBe('start')
  })

  it('returns from the organisation pages to the list', () => {
    expect(next('add-recipient', {}, ctx)).toBe('recipients')
    expect(next('recipient-details', {}, ctx)).toBe('recipients')
    expect(previous('add-recipient', {}, ctx)).toBe('recipients')
    expect(previous('recipient-details', {}, ctx)).toBe('recipients')
  })
})

describe('Change links', () => {
  it('return straight to check your answers when nothing new is needed', () => {
    const d = complete('self')
    for (const step of JOURNEY) {
      if (step === 'check-answers' || !applies(step, d, ctx)) continue
      expect(next(step, d, { ...ctx, fromCheck: true }), step).toBe('check-answers')
    }
  })

  it('ask a new follow-up question first (self → parent)', () => {
    const d: Draft = { ...complete('self'), sender: { kind: 'parent' } }
    expect(next('who-is-asking', d, { ...ctx, fromCheck: true })).toBe('parental-responsibility')
    expect(next('parental-responsibility', { ...d, sender: { kind: 'parent', parentalResponsibility: 'yes' } }, { ...ctx, fromCheck: true })).toBe('parent-details')
    const named: Draft = { ...d, sender: { kind: 'parent', parentalResponsibility: 'yes', fullName: 'Pat', relationship: 'dad' } }
    expect(next('parent-details', named, { ...ctx, fromCheck: true })).toBe('parent-contact')
  })

  it('ask what is wrong when a correction is added from check your answers', () => {
    const d = complete('self', { requests: ['rectification'] })
    expect(next('what-you-want', d, { ...ctx, fromCheck: true })).toBe('corrections')
    expect(next('corrections', { ...d, corrections: 'It says X' }, { ...ctx, fromCheck: true })).toBe('check-answers')
  })

  it('have a Back link to check your answers', () => {
    const d = complete('self')
    expect(previous('subject-name', d, { ...ctx, fromCheck: true })).toBe('check-answers')
    expect(previous('who-is-asking', d, { ...ctx, fromCheck: true })).toBe('check-answers')
  })
})

describe('Back links', () => {
  it('go to the previous page that applies', () => {
    expect(previous('subject-name', complete('self'), ctx)).toBe('who-is-asking')
    expect(previous('what-you-want', complete('self'), ctx)).toBe('contact')
    expect(previous('what-you-want', complete('parent'), ctx)).toBe('child-agrees')
    expect(previous('what-you-want', complete('representative'), ctx)).toBe('worker-contact')
    expect(previous('parent-details', complete('parent'), ctx)).toBe('contact')
    expect(previous('topics', complete('self', { requests: ['rectification'] }), ctx)).toBe('corrections')
    expect(previous('topics', complete('self'), ctx)).toBe('what-you-want')
    expect(previous('check-answers', complete('self'), ctx)).toBe('sending')
  })

  it('go from the first question to the start, or to the follow-up when there is one', () => {
    expect(previous('who-is-asking', {}, ctx)).toBe('start')
    // Past the page that says when it can be sent, which shows only when it stops or warns.
    expect(previous('who-is-asking', { followUp: { kind: 'reminder' } }, ctx)).toBe('follow-up-events')
    expect(previous('who-is-asking', { followUp: { kind: 'missing-parts' } }, ctx)).toBe('follow-up-received')
    expect(previous('who-is-asking', { followUp: { kind: 'ico-check' } }, ctx)).toBe('follow-up-withheld')
    expect(previous('who-is-asking', { followUp: { kind: 'none' } }, ctx)).toBe('start')
  })

  it('have none on the start and privacy pages', () => {
    expect(previous('start', {}, ctx)).toBeUndefined()
    expect(previous('privacy', {}, ctx)).toBeUndefined()
  })

  it('go back through the follow-up pages and from the special pages', () => {
    expect(previous('follow-up', {}, ctx)).toBe('start')
    expect(previous('follow-up-details', {}, ctx)).toBe('follow-up')
    expect(previous('adult-child', {}, ctx)).toBe('date-of-birth')
    expect(previous('letters', {}, ctx)).toBe('check-answers')
  })
})

describe('follow-ups', () => {
  it('ask about the first letter, what has happened since, say when it can be sent, then the first unanswered question', () => {
    expect(next('follow-up', { followUp: { kind: 'reminder' } }, ctx)).toBe('follow-up-details')
    expect(next('follow-up-details', { followUp: { kind: 'reminder' } }, ctx)).toBe('follow-up-events')
    expect(next('follow-up-events', { followUp: { kind: 'reminder' } }, ctx)).toBe('follow-up-timing')
    expect(next('follow-up-timing', { followUp: { kind: 'reminder' } }, ctx)).toBe('who-is-asking')
    expect(next('follow-up-timing', { ...complete('self'), followUp: { kind: 'reminder' } }, ctx)).toBe('check-answers')
    // From check your answers a changed date still goes past the page that says when.
    expect(next('follow-up-details', { ...complete('self'), followUp: { kind: 'reminder' } }, { ...ctx, fromCheck: true })).toBe('follow-up-events')
  })

  it('ask who the letter is about on one page, not the first letter\'s four', () => {
    const reminder: Draft = { followUp: { kind: 'reminder' }, sender: { kind: 'self' } }
    // What the first letter asked for is on its own page, and how this one goes is said only from check your answers.
    expect(walk(reminder)).toEqual(['who-is-asking', 'follow-up-person', 'recipients', 'check-answers'])
    expect(applies('what-you-want', reminder, ctx)).toBe(false)
    expect(applies('sending', reminder, ctx)).toBe(false)
    expect(applies('sending', reminder, { ...ctx, fromCheck: true })).toBe(true)
    // Never left to answer, so a change made from check your answers goes back there, not to it.
    const whole: Draft = { ...complete('self'), sent: undefined, followUp: { kind: 'reminder', originalSentOn: { day: '1', month: '9', year: '2026' }, originalSentBy: 'email', events: [] } }
    expect(firstIncomplete(whole, { ...ctx, fromCheck: true })).toBe('check-answers')
    expect(next('follow-up-timing', whole, { ...ctx, fromCheck: true })).toBe('check-answers')
    expect(stepForPath('requests', reminder, ctx)).toEqual({ step: 'follow-up-details' })
    expect(stepForPath('requests', { sender: { kind: 'self' } }, ctx)).toEqual({ step: 'what-you-want' })
    for (const step of ['subject-name', 'other-names', 'date-of-birth', 'address', 'previous-addresses', 'contact'] as const) {
      expect(applies(step, reminder, ctx), step).toBe(false)
      expect(STEPS[step].instead ?? 'follow-up-person', step).toBe('follow-up-person')
    }
    expect(STEPS['follow-up-person'].instead).toBe('subject-name')
    expect(applies('follow-up-person', { sender: { kind: 'self' } }, ctx)).toBe(false)
    // Done when the first letter's four would be; a problem with any of them is put right there.
    expect(isComplete('follow-up-person', { ...complete('self'), followUp: { kind: 'reminder' } })).toBe(true)
    expect(isComplete('follow-up-person', { ...complete('self', { subject: { ...complete('self').subject, email: undefined } }), followUp: { kind: 'reminder' } })).toBe(false)
    expect(stepForPath('subject.address.postcode', reminder, ctx)).toEqual({ step: 'follow-up-person' })
    expect(stepForPath('subject.address.postcode', { sender: { kind: 'self' } }, ctx)).toEqual({ step: 'address' })
    // A parent of an adult is stopped after it, as after the date of birth.
    const parentOfAdult: Draft = { followUp: { kind: 'reminder' }, sender: { kind: 'parent', parentalResponsibility: 'yes' }, subject: { dateOfBirth: { day: '1', month: '1', year: '2000' } } }
    expect(next('follow-up-person', parentOfAdult, ctx)).toBe('adult-child')
    expect(previous('adult-child', parentOfAdult, ctx)).toBe('follow-up-person')
  })

  it('skip the first-letter page for "I have not sent a letter yet"', () => {
    expect(next('follow-up', { followUp: { kind: 'none' } }, ctx)).toBe('who-is-asking')
    expect(next('follow-up', { ...complete('self'), followUp: { kind: 'none' } }, ctx)).toBe('check-answers')
    expect(applies('follow-up-details', { followUp: { kind: 'none' } }, ctx)).toBe(false)
    expect(applies('follow-up-details', { followUp: { kind: 'complaint' } }, ctx)).toBe(true)
  })
})

describe('isComplete', () => {
  it('counts optional pages as answered once visited', () => {
    expect(isComplete('other-names', {})).toBe(false)
    expect(isComplete('other-names', { subject: { otherNames: [] } })).toBe(true)
    expect(isComplete('previous-addresses', { subject: { previousAddresses: [] } })).toBe(true)
    expect(isComplete('contact', { subject: { email: '' } })).toBe(true)
    expect(isComplete('parent-contact', { sender: { email: '' } })).toBe(true)
    expect(isComplete('topics', { topics: [] })).toBe(true)
    expect(isComplete('details', { details: '' })).toBe(true)
  })

  it('needs the required answers', () => {
    expect(isComplete('who-is-asking', { sender: { kind: 'self' } })).toBe(true)
    expect(isComplete('subject-name', { subject: { fullName: '  ' } })).toBe(false)
    expect(isComplete('date-of-birth', { subject: { dateOfBirth: { day: '31', month: '2', year: '2010' } } })).toBe(false)
    expect(isComplete('date-of-birth', { subject: { dateOfBirth: { day: '1', month: 'feb', year: '2010' } } })).toBe(true)
    expect(isComplete('address', { subject: { address: ADDRESS } })).toBe(true)
    expect(isComplete('parent-details', { sender: { fullName: 'A' } })).toBe(false)
    expect(isComplete('child-agrees', { sender: { childAgrees: 'no' } })).toBe(true)
    expect(isComplete('worker-details', { sender: { fullName: 'A', organisation: 'B' } })).toBe(false)
    expect(isComplete('worker-contact', { sender: { address: ADDRESS } })).toBe(true)
    expect(isComplete('what-you-want', { requests: [] })).toBe(false)
    expect(isComplete('corrections', { corrections: 'x' })).toBe(true)
    expect(isComplete('recipients', { recipients: [] })).toBe(false)
    expect(isComplete('sending', { sent: { by: 'post' } })).toBe(true)
    expect(isComplete('follow-up', { followUp: { kind: 'none' } })).toBe(true)
    expect(isComplete('follow-up-details', { followUp: { originalSentOn: { day: '1', month: '9', year: '2026' } } })).toBe(false)
    expect(isComplete('follow-up-details', { followUp: { originalSentOn: { day: '1', month: '9', year: '2026' }, originalSentBy: 'not-sure' } })).toBe(false)
    expect(isComplete('follow-up-details', { requests: ['access'], followUp: { originalSentOn: { day: '1', month: '9', year: '2026' }, originalSentBy: 'not-sure' } })).toBe(true)
    expect(isComplete('letters', {})).toBe(true)
  })

  it('finds the first unanswered page', () => {
    expect(firstIncomplete({}, ctx)).toBe('who-is-asking')
    expect(firstIncomplete(complete('self'), ctx)).toBe('check-answers')
    const noRecipients = complete('self', { recipients: [] })
    expect(firstIncomplete(noRecipients, ctx)).toBe('recipients')
    expect(firstIncomplete(noRecipients, ctx, 'details')).toBe('check-answers')
  })
})

describe('paths', () => {
  it('match every page, with and without a trailing slash', () => {
    for (const [step, path] of STEP_IDS.map((id) => [id, STEPS[id].path] as const)) {
      const concrete = path.replace(':n', '3')
      expect(matchPath(concrete)?.step, path).toBe(step)
      if (concrete !== '/') expect(matchPath(`${concrete}/`)?.step).toBe(step)
    }
    expect(matchPath('/who-to-send-it-to/organisation/3')).toEqual({ step: 'recipient-details', n: 3 })
  })

  it('do not match other paths', () => {
    expect(matchPath('/nope')).toBeUndefined()
    expect(matchPath('/who-to-send-it-to/organisation/0')).toBeUndefined()
    expect(matchPath('/who-to-send-it-to/organisation/x')).toBeUndefined()
  })

  it('carry the Change flag in the query', () => {
    expect(pathFor('subject-name', { fromCheck: true })).toBe('/about-them/name?from=check')
    expect(pathFor('recipient-details', { n: 2 })).toBe('/who-to-send-it-to/organisation/2')
    expect(pathFor('add-recipient', { kind: 'school' })).toMatch(/\?kind=school$/)
    expect(pathFor('add-recipient', { kind: 'nhs', fromCheck: true })).toMatch(/\?from=check&kind=nhs$/)
  })
})

describe('stepForPath', () => {
  it('points each problem at the page that fixes it', () => {
    const parent: Draft = { sender: { kind: 'parent' } }
    const worker: Draft = { sender: { kind: 'representative' } }
    expect(stepForPath('subject.fullName', {}, ctx)).toEqual({ step: 'subject-name' })
    expect(stepForPath('subject.otherNames.1', {}, ctx)).toEqual({ step: 'other-names' })
    expect(stepForPath('subject.dateOfBirth', {}, ctx)).toEqual({ step: 'date-of-birth' })
    expect(stepForPath('subject.address.lines.0', {}, ctx)).toEqual({ step: 'address' })
    expect(stepForPath('subject.previousAddresses.0.postcode', {}, ctx)).toEqual({ step: 'previous-addresses' })
    expect(stepForPath('subject.email', {}, ctx)).toEqual({ step: 'contact' })
    expect(stepForPath('sender.kind', parent, ctx)).toEqual({ step: 'who-is-asking' })
    expect(stepForPath('sender.fullName', parent, ctx)).toEqual({ step: 'parent-details' })
    expect(stepForPath('sender.email', parent, ctx)).toEqual({ step: 'parent-contact' })
    expect(stepForPath('sender.childAgrees', parent, ctx)).toEqual({ step: 'child-agrees' })
    expect(stepForPath('sender.role', worker, ctx)).toEqual({ step: 'worker-details' })
    expect(stepForPath('sender.reference', worker, ctx)).toEqual({ step: 'worker-contact' })
    expect(stepForPath('requests', {}, ctx)).toEqual({ step: 'what-you-want' })
    expect(stepForPath('corrections', {}, ctx)).toEqual({ step: 'corrections' })
    expect(stepForPath('topics.0', {}, ctx)).toEqual({ step: 'topics' })
    expect(stepForPath('recipients', {}, ctx)).toEqual({ step: 'recipients' })
    expect(stepForPath('recipients.1', {}, ctx)).toEqual({ step: 'recipients' })
    expect(stepForPath('recipients.1.id', {}, ctx)).toEqual({ step: 'recipients' })
    expect(stepForPath('recipients.1.email', {}, ctx)).toEqual({ step: 'recipient-details', n: 2 })
    expect(stepForPath('details', {}, ctx)).toEqual({ step: 'details' })
    expect(stepForPath('sent.on', {}, ctx)).toEqual({ step: 'sending' })
    expect(stepForPath('followUp.kind', {}, ctx)).toEqual({ step: 'follow-up' })
    expect(stepForPath('followUp.originalSentOn', {}, ctx)).toEqual({ step: 'follow-up-details' })
    expect(stepForPath('dated', {}, ctx)).toBeUndefined()
  })
})

it('works out the age from the date boxes', () => {
  expect(subjectAge({ subject: { dateOfBirth: { day: '20', month: '6', year: '2013' } } }, TODAY)).toBe(13)
  expect(subjectAge({ subject: { dateOfBirth: { day: '', month: '6', year: '2013' } } }, TODAY)).toBeUndefined()
})

type JsonSchema = { type?: string; properties?: Record<string, JsonSchema> }

/** Every field of the draft's definition by its dotted path, down to the values and lists (read from its JSON Schema). */
function fieldsOf(schema: JsonSchema, prefix = ''): string[] {
  if (schema.type !== 'object' || !schema.properties) return [prefix]
  return Object.entries(schema.properties).flatMap(([key, field]) => fieldsOf(field, prefix ? `${prefix}.${key}` : key))
}

describe('the step table', () => {
  it('gives every field of the draft a page that asks for it, so nothing is kept that no one can change', () => {
    const fields = fieldsOf(z.toJSONSchema(DRAFT.strict) as JsonSchema)
    expect(fields).toContain('subject.address.line1')
    expect(fields).toContain('followUp.events')
    // The interface's language is chosen by the link on every page, not by a question.
    const unowned = fields.filter((path) => path !== 'language' && !STEP_IDS.some((id) => STEPS[id].fields?.some((f) => path === f || path.startsWith(`${f}.`))))
    expect(unowned).toEqual([])
  })

  it('sends someone who opens a page that does not apply to a page that does', () => {
    const drafts: Draft[] = [{}, complete('self'), complete('parent'), complete('representative'), complete('parent', { sender: { kind: 'parent', childAgrees: 'yes' } })]
    for (const draft of drafts) {
      for (const id of STEP_IDS.filter((s) => !applies(s, draft, ctx))) {
        let to = STEPS[id].instead ?? 'start'
        for (let hops = 0; !applies(to, draft, ctx) && hops < 5; hops += 1) to = STEPS[to].instead ?? 'start'
        expect(applies(to, draft, ctx), `${id} → ${to}`).toBe(true)
      }
    }
  })

  it('lists check-your-answers rows only for pages that own fields', () => {
    for (const id of STEP_IDS.filter((s) => STEPS[s].answers)) expect(STEPS[id].fields?.length, id).toBeGreaterThan(0)
  })
})

describe('the letter language page', () => {
  it('is asked when a chosen body is in Wales, and not for a body in England', async () => {
    await getDirectory()
    const wales = complete('self', { recipients: [{ id: 'council:manchester' }, { id: 'police:south-wales' }] })
    const england = complete('self', { recipients: [{ id: 'council:manchester' }] })
    expect(asksLetterLanguage(wales)).toBe(true)
    expect(asksLetterLanguage(england)).toBe(false)
    expect(applies('letter-language', england, ctx)).toBe(false)
    expect(next('details', wales, ctx)).toBe('letter-language')
    expect(next('details', england, ctx)).toBe('sending')
    // It never holds up the journey: an unchosen letter is in the default language.
    expect(isComplete('letter-language', wales)).toBe(true)
  })

  it('is asked of a typed-in body with a Welsh postcode, and whenever the interface is Welsh', () => {
    const typed = complete('self', { recipients: [{ name: 'Youth service', kind: 'other', address: { ...ADDRESS, postcode: 'CF10 1AA' } }] })
    expect(asksLetterLanguage(typed)).toBe(true)
    const england = complete('self', { recipients: [{ name: 'Youth service', kind: 'other', address: ADDRESS }] })
    expect(asksLetterLanguage(england)).toBe(false)
    setCurrentLocale('cy')
    try {
      expect(asksLetterLanguage(england)).toBe(true)
    } finally {
      setCurrentLocale('en-GB')
    }
  })

  it('is not asked in a follow-up because the body is in Wales (its row on check your answers changes it), only in a Welsh interface', async () => {
    await getDirectory()
    const about = { recipients: [{ id: 'police:south-wales' }] }
    for (const kind of ['reminder', 'complaint', 'ico-complaint', 'missing-parts', 'ico-check'] as const) {
      expect(asksLetterLanguage(complete('self', { ...about, followUp: { kind } })), kind).toBe(false)
    }
    expect(asksLetterLanguage(complete('self', { ...about, followUp: { kind: 'none' } }))).toBe(true)
    setCurrentLocale('cy')
    try {
      expect(asksLetterLanguage(complete('self', { ...about, followUp: { kind: 'reminder' } }))).toBe(true)
    } finally {
      setCurrentLocale('en-GB')
    }
  })

  it('opens from a Change link on check your answers for anyone', () => {
    const england = complete('self', { recipients: [{ id: 'council:manchester' }] })
    expect(applies('letter-language', england, { ...ctx, fromCheck: true })).toBe(true)
    expect(STEPS['letter-language'].alwaysOnCheck).toBe(true)
  })
})
