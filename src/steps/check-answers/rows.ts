/** The rows of check your answers, from the draft: pure, so tests can read them without a page. */
import { t } from '../../i18n/text.ts'
import { formatLongDate } from '../../dates/iso.ts'
import { addressToRequest } from '../../flow/convert.ts'
import { isoFromParts } from '../../flow/date-parts.ts'
import { isBlank, whoOf, type AddressDraft, type DateParts, type Draft, type FollowUpEventDraft } from '../../draft/draft.ts'
import { applies, hasFollowUp, pathFor, type FlowContext, type StepId } from '../../flow/steps.ts'
import { addressReadingLines } from '../../letters/phrases.ts'

export interface AnswerRow {
  key: string
  /** Lines of the answer; empty for "Not provided". */
  lines: string[]
  step: StepId
  n?: number
}

export interface AnswerSection {
  title: string
  rows: AnswerRow[]
}

/** As the letters print it: the postcode tidied, and the country of an address abroad. */
function addressLines(address: AddressDraft | undefined): string[] {
  const a = addressToRequest(address)
  return a ? addressReadingLines(a) : []
}

function dateText(parts: DateParts | undefined): string[] {
  if (!parts) return []
  const iso = isoFromParts(parts)
  if (iso) return [formatLongDate(iso)]
  const raw = [parts.day, parts.month, parts.year].filter((p) => !isBlank(p)).join(' ')
  return raw ? [raw] : []
}

function text(value: string | undefined): string[] {
  return isBlank(value) ? [] : [value as string]
}

/** "They asked you for proof of identity on 4 September 2026. You sent the proof on 14 September 2026." */
function eventLine(e: FollowUpEventDraft): string {
  const what = t('check.eventOn', { what: t(`followUpEvents.option.${e.kind}`), date: dateText(e.on)[0] ?? '' })
  if (e.kind !== 'asked-for-id' && e.kind !== 'asked-what-you-meant' && e.kind !== 'complaint-made') return what
  const answer = e.answered === 'yes' ? t(`check.answered.${e.kind}`, { date: dateText(e.answeredOn)[0] ?? '' }) : t(`check.notAnswered.${e.kind}`)
  return `${what} ${answer}`
}

/** The answers in sections, each row with the page that changes it. `nameOf` gives a directory body's name. */
export function answerSections(draft: Draft, nameOf: (id: string) => string | undefined, ctx: FlowContext): AnswerSection[] {
  const who = whoOf(draft)
  const s = draft.subject ?? {}
  const sender = draft.sender ?? {}
  const sections: AnswerSection[] = []

  if (hasFollowUp(draft) && draft.followUp?.kind && draft.followUp.kind !== 'none') {
    sections.push({
      title: t('check.section.followUp'),
      rows: [
        { key: t('check.row.followUp'), lines: [t(`followUp.option.${draft.followUp.kind}`)], step: 'follow-up' },
        {
          key: t('check.row.firstLetter'),
          lines: [
            ...dateText(draft.followUp.originalSentOn),
            ...(draft.followUp.originalSentBy ? [t(`followUpDetails.how.${draft.followUp.originalSentBy}`)] : []),
            ...(isBlank(draft.followUp.theirReference) ? [] : [t('check.theirReference', { ref: draft.followUp.theirReference ?? '' })]),
          ],
          step: 'follow-up-details',
        },
        {
          key: t('check.row.events'),
          lines: draft.followUp.events === undefined ? [] : draft.followUp.events.length === 0 ? [t('check.event.nothing')] : draft.followUp.events.map(eventLine),
          step: 'follow-up-events',
        },
      ],
    })
  }

  sections.push({
    title: t('check.section.who'),
    rows: [{ key: t('check.row.who'), lines: sender.kind ? [t(`whoIsAsking.option.${sender.kind}`)] : [], step: 'who-is-asking' }],
  })

  sections.push({
    title: t(`check.section.aboutThem.${who}`),
    rows: [
      { key: t('check.row.fullName'), lines: text(s.fullName), step: 'subject-name' },
      { key: t('check.row.otherNames'), lines: (s.otherNames ?? []).filter((n) => !isBlank(n)), step: 'other-names' },
      { key: t('check.row.dateOfBirth'), lines: dateText(s.dateOfBirth), step: 'date-of-birth' },
      { key: t('check.row.address'), lines: addressLines(s.address), step: 'address' },
      { key: t('check.row.previousAddresses'), lines: (s.previousAddresses ?? []).map((a) => addressLines(a).join(', ')).filter(Boolean), step: 'previous-addresses' },
      { key: t('check.row.contact'), lines: [...text(s.email), ...text(s.phone)], step: 'contact' },
    ],
  })

  if (applies('parent-details', draft, ctx)) {
    const address = addressLines(sender.address)
    sections.push({
      title: t('check.section.aboutYou'),
      rows: [
        {
          key: t('check.row.parentalResponsibility'),
          lines: sender.parentalResponsibility ? [t(`parentalResponsibility.option.${sender.parentalResponsibility}`)] : [],
          step: 'parental-responsibility',
        },
        { key: t('check.row.yourName'), lines: text(sender.fullName), step: 'parent-details' },
        { key: t('check.row.relationship'), lines: text(sender.relationship), step: 'parent-details' },
        {
          key: t('check.row.yourContact'),
          lines: [...(address.length > 0 ? address : [t('check.sameAsChild')]), ...text(sender.email), ...text(sender.phone)],
          step: 'parent-contact',
        },
        {
          key: t('check.row.childAgrees'),
          lines: sender.childAgrees
            ? [t(sender.childAgrees === 'yes' ? 'childAgrees.option.yes' : sender.childAgrees === 'no' ? 'childAgrees.option.no' : 'childAgrees.option.tooYoung')]
            : [],
          step: 'child-agrees',
        },
      ],
    })
  }

  if (applies('worker-details', draft, ctx)) {
    sections.push({
      title: t('check.section.aboutYou'),
      rows: [
        { key: t('check.row.yourName'), lines: text(sender.fullName), step: 'worker-details' },
        { key: t('check.row.organisation'), lines: [...text(sender.role), ...text(sender.organisation)], step: 'worker-details' },
        { key: t('check.row.yourContact'), lines: [...addressLines(sender.address), ...text(sender.email), ...text(sender.phone)], step: 'worker-contact' },
        { key: t('check.row.reference'), lines: text(sender.reference), step: 'worker-contact' },
      ],
    })
  }

  const requestRows: AnswerRow[] = [
    { key: t('check.row.requests'), lines: (draft.requests ?? []).map((r) => t(`whatYouWant.option.${r}`)), step: 'what-you-want' },
  ]
  if (applies('corrections', draft, ctx)) requestRows.push({ key: t('check.row.corrections'), lines: text(draft.corrections), step: 'corrections' })
  requestRows.push(
    { key: t('check.row.topics'), lines: (draft.topics ?? []).map((topic) => t(`topics.option.${topic}`)), step: 'topics' },
    {
      key: t('check.row.recipients'),
      lines: (draft.recipients ?? []).map((r) => (r.id !== undefined ? (nameOf(r.id) ?? r.id) : (r.name ?? ''))),
      step: 'recipients',
    },
    { key: t('check.row.details'), lines: text(draft.details), step: 'details' },
  )
  if (applies('what-went-wrong', draft, ctx)) requestRows.push({ key: t('check.row.whatWentWrong'), lines: text(draft.followUp?.whatWentWrong), step: 'what-went-wrong' })
  if (applies('how-it-affected', draft, ctx)) requestRows.push({ key: t('check.row.howItAffected'), lines: text(draft.followUp?.howItAffected), step: 'how-it-affected' })
  if (applies('no-complaint-reason', draft, ctx)) {
    requestRows.push({ key: t('check.row.noComplaintReason'), lines: text(draft.followUp?.noComplaintReason), step: 'no-complaint-reason' })
  }
  sections.push({ title: t('check.section.request'), rows: requestRows })

  const sent = draft.sent
  sections.push({
    title: t('check.section.sending'),
    rows: [
      {
        key: t('check.row.sending'),
        lines: !sent?.by
          ? []
          : sent.by === 'not-sure'
            ? [t('sending.option.notSure')]
            : [t('check.sentOn', { how: t(`sending.option.${sent.by}`), date: dateText(sent.on)[0] ?? '' })],
        step: 'sending',
      },
    ],
  })
  return sections
}

export function changeHref(row: AnswerRow): string {
  return pathFor(row.step, { n: row.n, fromCheck: true })
}
