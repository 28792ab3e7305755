/** Test helper: letter models for the PDF tests, built by hand so they do not depend on the letter builder. */
import { ENGLISH_LETTER_WORDS } from '../i18n/letter-words.ts'
import { documentLabels } from '../letters/build.ts'
import type { Block, LetterModel, RecipientPack } from '../letters/model.ts'

const labels = documentLabels(ENGLISH_LETTER_WORDS)
import type { Measure } from './measure.ts'

/** Every character half an em wide (bold a little wider): enough to test layout arithmetic without fonts. */
export const fakeMeasure: Measure = (face, text, size) => Array.from(text).length * size * (face === 'bold' ? 0.55 : 0.5)

/** Names from many scripts that must come back out of a PDF exactly. */
export const LATIN_NAMES = [
  'Zażółć Gęślą Jaźń',
  'Siobhán Ní Bhriain',
  'Siân Llŷr ap Dafydd',
  'Nguyễn Thị Minh Khai',
  'Şükrü Gündoğdu',
  'Αλέξανδρος Παπαδόπουλος',
  'Владимир Сергеевич',
] as const
export const ARABIC_NAME = 'محمد علي'
export const BENGALI_NAME = 'রহিম'

const SENDER = {
  name: 'Siân Llŷr ap Dafydd',
  lines: ['Flat 3, 27 Heol y Frenhines', 'Cardiff', 'CF10 2BH', 'sian.dafydd@example.org', '029 2000 0000'],
}

const POLICE = {
  name: 'South Wales Police',
  lines: ['Data Protection Officer', 'Police Headquarters', 'Cowbridge Road', 'Bridgend', 'CF31 3SU'],
}

function letterBlocks(otherNames: readonly string[]): Block[] {
  return [
    {
      type: 'paragraph',
      text: 'I am writing to use my rights under data protection law. I am asking South Wales Police to give me a copy of the personal data it holds about me, and to tell me how it uses that data.',
    },
    { type: 'heading', text: 'Who this is about' },
    {
      type: 'list',
      items: [
        '**Full name:** Siân Llŷr ap Dafydd',
        `**Other names used:** ${otherNames.join(', ')}`,
        '**Date of birth:** 14 March 2008',
        '**Address:** Flat 3, 27 Heol y Frenhines, Cardiff CF10 2BH',
      ],
    },
    { type: 'heading', text: 'Request for a copy of the data you hold (subject access request)' },
    {
      type: 'paragraph',
      text: 'This is a subject access request under **section 45 of the Data Protection Act 2018**, and under Article 15 of the UK GDPR for any data you hold for other purposes.',
    },
    { type: 'paragraph', text: 'Please tell me whether you hold any personal data about me. If you do, please send me a copy of all of it, together with:' },
    {
      type: 'list',
      items: [
        'the purposes for which you hold and use it, and the legal basis for doing so;',
        'who you have shared it with, or will share it with, including other police forces, councils, schools and any national database;',
        'how long you will keep it, or how you decide that;',
        'where you got it from, if you did not get it from me.',
      ],
    },
    {
      type: 'paragraph',
      text: 'This includes data held on paper, in emails, in case notes, in databases and on any shared or national system you add to or can search. Please tell me which systems and files you searched. The law asks you to make a reasonable and proportionate search (section 45(1A) of the Data Protection Act 2018).',
    },
    {
      type: 'paragraph',
      text: 'If you hold back any data, please tell me which part, and which ground in section 45(4) of the Data Protection Act 2018 you rely on, as section 45(5) requires. Please also tell me if you rely on the legal privilege exemption in section 45A, or on the national security exemption in section 78A (and whether a certificate under section 79 exists). Hold back only what you must: give me everything else.',
    },
    { type: 'heading', text: 'What to look for' },
    { type: 'paragraph', text: 'Please search in particular for:' },
    {
      type: 'list',
      ordered: true,
      items: [
        'any entry about me on a gang database or "gangs matrix", and the reasons and evidence for it;',
        'any record of social media monitoring of my accounts;',
        'records of stop and search, including body-worn video;',
        'any intelligence reports that name me.',
      ],
    },
    { type: 'heading', text: 'Your reply' },
    {
      type: 'paragraph',
      text: 'Please confirm in writing that you have received this letter, and the date you received it. Please reply by email to sian.dafydd@example.org. If you are not the right team to deal with it, please pass it to your data protection officer straight away.',
    },
    {
      type: 'paragraph',
      text: "If you refuse any part of this letter, tell me which part, why, and the law you rely on. Tell me too about the right to complain to you, to complain to the Information Commissioner's Office, to ask the Information Commissioner to check your decision and to apply to a court.",
    },
    {
      type: 'paragraph',
      text: 'There is no fee for this request. You must reply **without undue delay and by 23 December 2026** at the latest: one month from the day you receive this letter.',
    },
    { type: 'field', label: 'Received by', value: 'South Wales Police, Data Protection Unit' },
  ]
}

/** A request letter of two pages with every kind of block, Latin, Greek and Cyrillic names. */
export function twoPageLetter(): LetterModel {
  return {
    kind: 'request',
    labels,
    title: 'Letter to South Wales Police',
    sender: SENDER,
    recipient: POLICE,
    date: '23 November 2026',
    subject: 'Subject access request: Siân Llŷr ap Dafydd',
    reference: 'WTH-2026-0042',
    salutation: 'Dear Data Protection Officer',
    blocks: letterBlocks(LATIN_NAMES.filter((n) => n !== SENDER.name)),
    signOff: { closing: 'Yours faithfully', name: 'Siân Llŷr ap Dafydd', capacity: 'Parent of Siobhán Ní Bhriain' },
    enclosures: ['A copy of proof of my identity', 'A copy of proof of my address', 'A copy of proof that I have parental responsibility'],
  }
}

/** The same letter naming people in Arabic and Bengali too. */
export function multiScriptLetter(): LetterModel {
  const letter = twoPageLetter()
  return { ...letter, blocks: letterBlocks([...LATIN_NAMES.filter((n) => n !== SENDER.name), ARABIC_NAME, BENGALI_NAME]) }
}

export function coverSheet(): LetterModel {
  return {
    kind: 'cover-sheet',
    labels,
    title: 'How to send your letter to South Wales Police',
    banner: 'Keep this page. Do not send it.',
    blocks: [
      { type: 'heading', text: 'Where to send it' },
      { type: 'paragraph', text: 'Use any one of these. An online form is often the quickest: you can upload or paste this letter into it.' },
      {
        type: 'list',
        items: [
          'Online form: https://www.south-wales.police.uk/make-a-request/subject-access-request-data-protection-act/',
          'Email: data.protection@south-wales.police.uk',
          'Post: Data Protection Officer, Police Headquarters, Cowbridge Road, Bridgend CF31 3SU',
        ],
      },
      { type: 'heading', text: 'What to send with it' },
      { type: 'list', items: ['Your letter (the pages after this one)', 'A copy of proof of your identity', 'A copy of proof of your address'] },
      { type: 'heading', text: 'When they must reply' },
      { type: 'paragraph', text: 'If you send it today, they must reply by **23 December 2026**.' },
      { type: 'heading', text: 'If they do not reply' },
      {
        type: 'list',
        ordered: true,
        items: [
          'Keep a copy of your letter and proof of the day you sent it.',
          'If nothing arrives by 23 December 2026, use this app to make a reminder.',
          "If you are still not happy, complain to the Information Commissioner's Office (ICO): go to ico.org.uk/make-a-complaint or call 0303 123 1113.",
        ],
      },
    ],
  }
}

export function authorityForm(): LetterModel {
  return {
    kind: 'authority-form',
    labels,
    title: 'Permission for Nguyễn Thị Minh Khai to act for me',
    banner: 'Sign this form and send it with the letter to South Wales Police',
    blocks: [
      { type: 'heading', text: 'About me' },
      { type: 'list', items: ['Full name: Şükrü Gündoğdu', 'Date of birth: 2 February 2009', 'Address: 4 Mill Lane, Swansea SA1 1AA'] },
      { type: 'heading', text: 'The person I give permission to' },
      { type: 'list', items: ['Name: Nguyễn Thị Minh Khai', 'Role: Youth worker, Swansea Youth Advice'] },
      {
        type: 'paragraph',
        text: 'I give Nguyễn Thị Minh Khai permission to act for me with South Wales Police about the personal data it holds about me.',
      },
      { type: 'heading', text: 'Signature' },
      { type: 'field', label: 'Signature of Şükrü Gündoğdu' },
      { type: 'field', label: 'Date' },
      { type: 'field', label: 'Signature of a parent or carer (if Şükrü Gündoğdu wants one to sign too)' },
    ],
  }
}

export function pack(documents: LetterModel[], fileName = 'letter-01-south-wales-police.pdf'): RecipientPack {
  return { recipientId: 'south-wales-police', recipientName: 'South Wales Police', language: 'en-GB', fileName, documents, toEnclose: [], dated: '2026-11-23' }
}

/** Cover sheet, letter and form: what a representative sends. */
export function fullPack(): RecipientPack {
  return pack([coverSheet(), twoPageLetter(), authorityForm()])
}

const FILLER =
  'This sentence is here only to fill the page so that the heading after it lands near the foot of the page, where a careless layout would leave it alone.'

/** A form whose heading falls lower on the first page as `fillerLines` grows: for the keep-with-next tests. */
export function headingNearFoot(fillerLines: number): LetterModel {
  return {
    kind: 'authority-form',
    labels,
    title: 'Heading position test',
    blocks: [
      ...Array.from({ length: fillerLines }, (_, i): Block => ({ type: 'paragraph', text: `Line ${i + 1}.` })),
      { type: 'paragraph', text: FILLER },
      { type: 'heading', text: 'The heading that must not be stranded' },
      { type: 'paragraph', text: `${FILLER} ${FILLER}` },
    ],
  }
}
