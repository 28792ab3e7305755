/**
 * What the Information Commissioner's Office has done about a body's late replies
 * (src/data/directory/ico-actions.json), to set a person's expectations honestly: each with its date,
 * or the plain fact that the date is not known, and its source.
 */
import actions from '../data/directory/ico-actions.json'
import { currentLocale } from '../i18n/catalogues.ts'
import { formatDay } from '../i18n/format.ts'
import { inSentence } from './names.ts'
import type { IcoAction, Recipient } from './types.ts'
import { say, type Sentence } from './words.ts'

const ALL = actions as IcoAction[]

/** The ICO's actions against a body over late replies, newest first. */
export function icoActions(bodyId: string, list: readonly IcoAction[] = ALL): IcoAction[] {
  return list.filter((a) => a.bodyId === bodyId)
}

/** "30 October 2025", "May 2023", or "date not known". */
export function icoActionDate(date: string | undefined): string {
  if (!date) return say('ico.dateUnknown')
  return date.length === 7 ? formatDay(`${date}-01`, currentLocale()).replace(/^\d+ /, '') : formatDay(date, currentLocale())
}

export interface IcoActionNote {
  action: IcoAction
  /** "The ICO told South Wales Police to answer requests faster (enforcement notice, 30 October 2025)." */
  line: string
  source: Sentence
}

export function describeIcoAction(action: IcoAction, body: Pick<Recipient, 'name' | 'officialName'>): IcoActionNote {
  const told = say(`ico.${action.action}`, { name: inSentence(body.officialName || body.name) })
  const line = say('ico.line', { told, action: action.action, date: icoActionDate(action.date) })
  const url = action.source.url
  const host = new URL(url).hostname.replace(/^www\./, '')
  const source: Sentence =
    action.source.site === 'own'
      ? { text: say('ico.sourceOwn', { where: '{link}' }), link: { url, label: say('ico.icoSite'), follow: true } }
      : { text: say('ico.sourceOther', { where: '{link}' }), link: { url, label: host, follow: false } }
  return { action, line, source }
}
