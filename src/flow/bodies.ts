/**
 * What the pages show about each chosen organisation: its name, the best way to send, identity
 * advice and where the details came from. Uses the letter engine's own recipient code, so the
 * page and the cover sheet always agree. Loaded only with the directory.
 */
import { isRealIsoDate } from '../dates/iso.ts'
import { currentLocale } from '../i18n/catalogues.ts'
import { formatDay } from '../i18n/format.ts'
import { bestRoutes, identityAdvice, type Route } from '../directory/routes.ts'
import type { Recipient } from '../directory/types.ts'
import { asRecipient } from '../letters/recipients.ts'
import { resolveRecipient, type ResolvedRecipient } from '../letters/recipients.ts'
import { hasTypedDetails, recipientToEntry } from './convert.ts'
import type { Directory } from './directory.ts'
import type { RecipientDraft } from '../draft/draft.ts'
import type { RecipientKind } from '../request/kinds.ts'


export interface BodyRoute {
  kind: string
  label: string
  value: string
  /** Which of the record's details it is; for a fallback, what it is and a plain note (directory/routes.ts). */
  field: Route['field']
  fallback?: Route['fallback']
  note?: string
}

export interface BodyInfo {
  /** 1-based position in the list, as in the organisation page's URL. */
  n: number
  id?: string
  name: string
  kind: RecipientKind
  record?: Recipient
  /** The person typed some of the contact details (kept on this device only). */
  typed: boolean
  routes: BodyRoute[]
  identity: string
  source?: { url?: string; checked?: string }
  /** "23 November 2026", when the source has a real date. */
  checkedOn?: string
  /** The id is not in this version of the directory. */
  unknown: boolean
}

function routesOf(body: Recipient): BodyRoute[] {
  return bestRoutes(body).map((r) => ({ ...r, kind: String(r.kind) }))
}

export function describeBody(draft: RecipientDraft, index: number, directory: Directory): BodyInfo {
  const n = index + 1
  let resolved: ResolvedRecipient
  try {
    resolved = resolveRecipient(recipientToEntry(draft), directory)
  } catch {
    return { n, id: draft.id, name: draft.name ?? draft.id ?? '', kind: 'other', typed: false, routes: [], identity: '', unknown: true }
  }
  const body = asRecipient(resolved)
  const record = resolved.record
  const source = record?.source
  return {
    n,
    id: draft.id,
    name: resolved.name,
    kind: record?.kind ?? draft.kind ?? 'other',
    record,
    typed: hasTypedDetails(draft),
    routes: routesOf(body),
    identity: identityAdvice(body),
    source,
    checkedOn: source?.checked && isRealIsoDate(source.checked) ? formatDay(source.checked, currentLocale()) : undefined,
    unknown: false,
  }
}

/** The directory's own routes for a body, before anything the person typed. */
export function directoryRoutes(record: Recipient): BodyRoute[] {
  return routesOf(record)
}
