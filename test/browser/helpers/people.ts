/**
 * The three people of test/fixtures/requests/, as the answers a person types page by page, and
 * what their letters must say, on a given day (the day the test pins the page's clock to). The
 * answers match the fixtures, except the sending date, which follows that day.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, TEST_TODAY } from '../harness.ts'

const UI = JSON.parse(readFileSync(join(ROOT, 'src', 'content', 'ui.en-GB.json'), 'utf8')) as Record<string, unknown>
const ERRORS = JSON.parse(readFileSync(join(ROOT, 'src', 'content', 'errors.en-GB.json'), 'utf8')) as { fields: Record<string, string>; errors: Record<string, string> }

/** A string from the app's own words (src/content/ui.en-GB.json), with {placeholders} filled. */
export function ui(key: string, vars: Record<string, string | number> = {}): string {
  const value = UI[key]
  if (typeof value !== 'string') throw new Error(`no UI text "${key}"`)
  return value.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`))
}

/** A field's name in error messages ("subject.fullName" → "Full name"). */
export function fieldLabel(path: string): string {
  const value = ERRORS.fields[path]
  if (typeof value !== 'string') throw new Error(`no field label for "${path}"`)
  return value
}

/** An error message from src/content/errors.en-GB.json, with {placeholders} filled. */
export function errorText(key: string, vars: Record<string, string | number> = {}): string {
  const value = ERRORS.errors[key]
  if (typeof value !== 'string') throw new Error(`no error text "${key}"`)
  return value.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`))
}

export interface DateAnswer {
  day: string
  month: string
  year: string
}

export interface AddressAnswer {
  line1: string
  line2?: string
  town: string
  county?: string
  postcode?: string
}

export type RecipientAnswer =
  | { query: string; option: string }
  | { byHand: { name: string; kind: string; address: AddressAnswer; email: string } }

export interface BodyExpectation {
  /** The name on the cover sheet, the letter and the letters page. */
  name: string
  /** Law the letter to this body must cite. */
  law: string[]
  /** Law it must not cite as its basis. */
  notLaw?: string[]
}

export type PersonKey = 'young-person' | 'parent' | 'advice-worker'

export interface Person {
  key: PersonKey
  /** The UK day the journey runs on (YYYY-MM-DD): the page's clock must be pinned to it. */
  today: string
  /** The radio on "Whose records do you want to ask about?". */
  who: 'self' | 'parent' | 'representative'
  subject: {
    fullName: string
    otherNames: string[]
    dateOfBirth: DateAnswer
    /** As the check answers page shows it. */
    dateOfBirthWords: string
    address: AddressAnswer
    previousAddresses: AddressAnswer[]
    email: string
    phone: string
  }
  parent?: { fullName: string; relationship: string; email: string; phone: string; childAgrees: 'yes' | 'no' | 'tooYoung' }
  worker?: { fullName: string; organisation: string; role: string; address: AddressAnswer; email: string; phone: string; reference: string }
  /** Keys of whatYouWant.option.* */
  requests: string[]
  corrections?: string
  /** Keys of topics.option.* */
  topics: string[]
  recipients: RecipientAnswer[]
  /** A body is in Wales: the journey asks each letter's language. */
  lettersInWales?: true
  details: string
  sending: { by: 'email' | 'online-form' | 'hand' | 'post' | 'notSure'; on?: DateAnswer }
  expect: {
    bodies: BodyExpectation[]
    /** Every body's part of the PDF (cover, letter, forms) must contain these. */
    everyLetter: (string | RegExp)[]
    /** None of these may appear in the downloaded file's name (case and accents ignored). */
    notInFileName: string[]
    /** The last day for a reply, as the letters page and the letters write it (every body here shares it). */
    replyBy: string
  }
}

/** A day, or a day some days after it, as the app's date boxes take it ("2026-11-23", 1 → 24 11 2026). */
export function dayAnswer(iso: string, offsetDays = 0): DateAnswer {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  const d = new Date(Date.UTC(year, month - 1, day + offsetDays))
  return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "24 November 2026", as letters write dates. */
export function longDate(d: DateAnswer): string {
  return `${d.day} ${MONTHS[Number(d.month) - 1]} ${d.year}`
}

/**
 * The reply-by date for each person on the days the journeys run, worked out by hand the ICO's way
 * (uk-law.md §2.1-2.2), not with the app's own code. A day not listed here has no expectation yet.
 */
const REPLY_BY: Record<string, Record<PersonKey, string>> = {
  // Monday. Email: received today. Posted Tuesday: received Thursday 26 November; 26 December is a
  // Saturday and Monday 28 December is a bank holiday (Boxing Day moved), so Tuesday 29 December.
  '2026-11-23': { 'young-person': '23 December 2026', parent: '29 December 2026', 'advice-worker': '23 December 2026' },
  // Friday, Christmas Eve. Posted Saturday 25 December: 27 and 28 December are bank holidays
  // (Christmas and Boxing Day moved), so the two working days are 29 and 30 December; 30 January
  // 2028 is a Sunday, so Monday 31 January.
  '2027-12-24': { 'young-person': '24 January 2028', parent: '31 January 2028', 'advice-worker': '24 January 2028' },
}

function replyBy(today: string, key: PersonKey): string {
  const day = REPLY_BY[today]
  if (!day) throw new Error(`No reply-by dates worked out for ${today}: add them to REPLY_BY in helpers/people.ts`)
  return day[key]
}

const POLICE_ACCESS = 'section 45 of the Data Protection Act 2018'
const GDPR_ACCESS = 'Article 15 of the UK GDPR'

export const youngPerson = (today: string): Person => ({
  key: 'young-person',
  today,
  who: 'self',
  subject: {
    fullName: 'Siân Llŷr Evans',
    otherNames: ['Sian Evans', 'Shan'],
    dateOfBirth: { day: '14', month: '3', year: '2009' },
    dateOfBirthWords: '14 March 2009',
    address: { line1: '12 Example Road', town: 'Cardiff', postcode: 'CF10 1AA' },
    previousAddresses: [{ line1: '4 Old Street', town: 'Newport', postcode: 'NP20 1AB' }],
    email: 'sian@example.org',
    phone: '07700 900123',
  },
  requests: ['access', 'erasure'],
  topics: ['gang-database', 'social-media-monitoring'],
  recipients: [
    // "Cardiff" offers the council first and its police force second: arrow past the council.
    { query: 'Cardiff', option: 'South Wales Police' },
    { query: 'cardiff council', option: 'City of Cardiff Council' },
  ],
  lettersInWales: true,
  details: "I was stopped in Cardiff city centre on 3 May 2025. An officer said I was 'known' and named a group I have nothing to do with.",
  sending: { by: 'email' },
  expect: {
    bodies: [
      { name: 'South Wales Police', law: [POLICE_ACCESS, 'section 47(1) and (4) of the Data Protection Act 2018'] },
      { name: 'City of Cardiff Council', law: [GDPR_ACCESS, 'Article 17 of the UK GDPR'], notLaw: [POLICE_ACCESS] },
    ],
    everyLetter: [
      'Siân Llŷr Evans',
      'Full name: Siân Llŷr Evans',
      'born 14 March 2009',
      'Other names used: Sian Evans; Shan',
      'Previous address: 4 Old Street, Newport, NP20 1AB',
      'sian@example.org',
      // Sent by email today (the date boxes start at today).
      `You are sending it by email on ${longDate(dayAnswer(today))}, so they get it that day.`,
    ],
    notInFileName: ['Siân', 'Llŷr', 'Evans', 'Shan', '2009'],
    replyBy: replyBy(today, 'young-person'),
  },
})

export const parent = (today: string): Person => ({
  key: 'parent',
  today,
  who: 'parent',
  subject: {
    fullName: 'Yusuf Ahmed Khan',
    otherNames: [],
    dateOfBirth: { day: '20', month: '6', year: '2013' },
    dateOfBirthWords: '20 June 2013',
    address: { line1: '7 Park Terrace', town: 'Manchester', postcode: 'M14 5AA' },
    previousAddresses: [],
    email: '',
    phone: '',
  },
  parent: { fullName: 'Amina Khan', relationship: 'mother', email: 'amina.khan@example.org', phone: '0161 496 0000', childAgrees: 'yes' },
  requests: ['access', 'erasure', 'objection'],
  topics: ['prevent-referral', 'channel-panel'],
  recipients: [
    { query: 'Manchester', option: 'Manchester City Council' },
    // The council is still listed, marked "Added": arrow past it.
    { query: 'Manchester', option: 'Greater Manchester Police' },
    { query: 'Home Office', option: 'Home Office' },
  ],
  details: "Yusuf's school told us in March 2026 that it had made a Prevent referral after a class discussion. Nobody has told us what happened to it.",
  sending: { by: 'post', on: dayAnswer(today, 1) },
  expect: {
    bodies: [
      { name: 'Manchester City Council', law: [GDPR_ACCESS, 'Article 17 of the UK GDPR', 'Article 21(1) of the UK GDPR'], notLaw: [POLICE_ACCESS] },
      { name: 'Greater Manchester Police', law: [POLICE_ACCESS, 'section 47(1) and (4) of the Data Protection Act 2018'] },
      { name: 'Home Office', law: [GDPR_ACCESS] },
    ],
    everyLetter: [
      'Yusuf Ahmed Khan',
      /I am Amina Khan, Yusuf Ahmed Khan['’]s mother\./,
      'I have parental responsibility for Yusuf Ahmed Khan',
      'proof that I have parental responsibility',
      'amina.khan@example.org',
      // The child is 13 and agrees: the letter says so and a page for them to sign is added.
      'Yusuf Ahmed Khan knows about this request and agrees to it',
      'Signature of Yusuf Ahmed Khan',
      // Posted tomorrow, as typed into the date boxes.
      `You plan to post it on ${longDate(dayAnswer(today, 1))}`,
    ],
    notInFileName: ['Yusuf', 'Ahmed', 'Khan', 'Amina'],
    replyBy: replyBy(today, 'parent'),
  },
})

export const adviceWorker = (today: string): Person => ({
  key: 'advice-worker',
  today,
  who: 'representative',
  subject: {
    fullName: 'Kwame Mensah-Boateng',
    otherNames: ['K Mensah'],
    dateOfBirth: { day: '2', month: '11', year: '2005' },
    dateOfBirthWords: '2 November 2005',
    address: { line1: 'Flat 3', line2: '21 Mile End Road', town: 'London', postcode: 'E1 4TT' },
    previousAddresses: [{ line1: '88 Cable Street', town: 'London', postcode: 'E1 0BL' }],
    email: '',
    phone: '',
  },
  worker: {
    fullName: 'Jo Whitfield',
    organisation: 'East End Youth Advice',
    role: 'Youth worker',
    address: { line1: '3 Commercial Street', town: 'London', postcode: 'E1 6LP' },
    email: 'jo@example.org',
    phone: '020 7946 0000',
    reference: 'CLIENT-042',
  },
  requests: ['access', 'rectification', 'restriction'],
  corrections:
    "Police records say Kwame was arrested on 12 January 2023. He was not arrested; he was stopped, searched and allowed to go. Any record linking him to a 'gang' is wrong: he has never been charged with or cautioned for any offence.",
  topics: ['gang-database', 'stop-and-search', 'intelligence-records'],
  recipients: [
    { query: 'the met', option: 'Metropolitan Police Service' },
    { query: 'Tower Hamlets', option: 'London Borough of Tower Hamlets' },
    { byHand: { name: 'Example Academy', kind: 'school', address: { line1: '1 School Lane', town: 'London', postcode: 'E1 1AA' }, email: 'dpo@example.org' } },
  ],
  details: 'Kwame was told by his college in 2024 that the police had shared information about him.',
  sending: { by: 'notSure' },
  expect: {
    bodies: [
      { name: 'Metropolitan Police Service', law: [POLICE_ACCESS, 'section 46 of the Data Protection Act 2018'] },
      { name: 'London Borough of Tower Hamlets', law: [GDPR_ACCESS, 'Article 16 of the UK GDPR', 'Article 18 of the UK GDPR'], notLaw: [POLICE_ACCESS] },
      { name: 'Example Academy', law: [GDPR_ACCESS, 'Article 16 of the UK GDPR'], notLaw: [POLICE_ACCESS] },
    ],
    everyLetter: [
      'Kwame Mensah-Boateng',
      'Permission for Jo Whitfield to act for me',
      'I am Jo Whitfield, Youth worker at East End Youth Advice',
      'Our reference: CLIENT-042',
      'he was stopped, searched and allowed to go',
      'Previous address: 88 Cable Street, London, E1 0BL',
      // "I do not know yet": the time limit counts from the date on the letter.
      `We assumed they get your letter on ${longDate(dayAnswer(today))}, the date on the letter.`,
    ],
    notInFileName: ['Kwame', 'Mensah', 'Boateng', 'Whitfield', 'CLIENT-042'],
    replyBy: replyBy(today, 'advice-worker'),
  },
})

/** The three people on the day browser tests run on unless they ask for another (TEST_TODAY). */
export const YOUNG_PERSON = youngPerson(TEST_TODAY)
export const PARENT = parent(TEST_TODAY)
export const ADVICE_WORKER = adviceWorker(TEST_TODAY)

/** The three people on a given day. */
export function peopleOn(today: string): Person[] {
  return [youngPerson(today), parent(today), adviceWorker(today)]
}

export const PEOPLE = peopleOn(TEST_TODAY)
