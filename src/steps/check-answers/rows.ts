/**
 * The rows of check your answers, read from the step table (flow/steps.ts): each step that applies
 * gives its own rows, grouped into sections in table order. Pure, so tests can read them without a page.
 */
import { locale, t } from '../../i18n/text.ts'
import { formatDay } from '../../i18n/format.ts'
import { addressToRequest } from '../../flow/convert.ts'
import { isoFromParts } from '../../flow/date-parts.ts'
import { isBlank, whoOf, type Draft } from '../../draft/draft.ts'
import { applies, pathFor, STEP_IDS, STEPS, type FlowContext, type SectionId, type Show, type StepId } from '../../flow/steps.ts'
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

/** The sections in the order they are shown, each with its title; a section with no rows is left out. */
const SECTIONS: readonly { id: SectionId; title: (draft: Draft) => string }[] = [
  { id: 'followUp', title: () => t('check.section.followUp') },
  { id: 'who', title: () => t('check.section.who') },
  { id: 'aboutThem', title: (d) => t(`check.section.aboutThem.${whoOf(d)}`) },
  { id: 'aboutYou', title: () => t('check.section.aboutYou') },
  { id: 'request', title: () => t('check.section.request') },
  { id: 'sending', title: () => t('check.section.sending') },
]

/** How answers read back: dates and addresses as the letters write them. `nameOf` gives a directory body's name. */
function showing(nameOf: (id: string) => string | undefined): Show {
  return {
    text: (value) => (isBlank(value) ? [] : [value as string]),
    date: (parts) => {
      if (!parts) return []
      const iso = isoFromParts(parts)
      if (iso) return [formatDay(iso, locale())]
      const raw = [parts.day, parts.month, parts.year].filter((p) => !isBlank(p)).join(' ')
      return raw ? [raw] : []
    },
    address: (address) => {
      const a = addressToRequest(address)
      return a ? addressReadingLines(a) : []
    },
    body: (id) => nameOf(id) ?? id,
  }
}

/** The answers in sections, each row with the page that changes it. */
export function answerSections(draft: Draft, nameOf: (id: string) => string | undefined, ctx: FlowContext): AnswerSection[] {
  const show = showing(nameOf)
  const rows = new Map<SectionId, AnswerRow[]>()
  for (const step of STEP_IDS) {
    const answers = STEPS[step].answers
    if (!answers || !(applies(step, draft, ctx) || STEPS[step].alwaysOnCheck)) continue
    const section = rows.get(answers.section) ?? []
    for (const row of answers.rows(draft, show)) section.push({ key: t(row.label), lines: row.lines, step })
    rows.set(answers.section, section)
  }
  return SECTIONS.flatMap(({ id, title }) => {
    const sectionRows = rows.get(id) ?? []
    return sectionRows.length > 0 ? [{ title: title(draft), rows: sectionRows }] : []
  })
}

export function changeHref(row: AnswerRow): string {
  return pathFor(row.step, { n: row.n, fromCheck: true })
}
