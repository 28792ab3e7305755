/**
 * Where the details we give for a body came from, named by the site's owner: "Kent County Council's
 * website". A detail found anywhere else is said to be from another site, to be checked on the body's
 * own site: never shown as if it were official. Used by the pages and the cover sheet.
 */
import { formatDay } from '../i18n/format.ts'
import type { Route } from './routes.ts'
import { hostOf } from './sites.ts'
import type { ContactField, DetailSource, PostalAddress, Recipient } from './types.ts'
import { nameInSentence, say, type Sentence } from './words.ts'
import { currentLocale } from '../i18n/catalogues.ts'

export interface SourceNote {
  fields: ContactField[]
  source: DetailSource
  sentence: Sentence
}

function oneLine(postal: PostalAddress | undefined): string | undefined {
  return postal ? [...postal.lines, ...(postal.postcode ? [postal.postcode] : [])].join(', ') : undefined
}

/** The record's own value for a detail, written as a route writes it. */
function ownValue(r: Recipient, field: ContactField): string | undefined {
  if (field === 'postal' || field === 'generalPostal') return oneLine(r[field])
  return r[field]
}

/** "github.com/datenanfragen" rather than "github.com": that site holds many owners' pages. */
function siteName(url: string): string {
  const host = hostOf(url) ?? url
  if (host !== 'github.com') return host
  const owner = new URL(url).pathname.split('/')[1]
  return owner ? `${host}/${owner}` : host
}

function joinWords(items: string[], locale: string): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${say('detail.and', {}, locale)} ${items[items.length - 1]}`
}

/**
 * One note per page that the given routes' details came from, in the routes' order. A route the
 * person typed in themselves (its value is not the record's) has no source here.
 */
export function sourceNotes(
  r: Recipient,
  routes: readonly Pick<Route, 'field' | 'value'>[],
  locale = currentLocale(),
  formatDate: (iso: string) => string = (iso) => formatDay(iso, locale),
): SourceNote[] {
  const byUrl = new Map<string, { fields: ContactField[]; source: DetailSource }>()
  for (const route of routes) {
    const source = r.sources?.[route.field]
    if (!source || ownValue(r, route.field) !== route.value) continue
    const entry = byUrl.get(source.url)
    if (entry) entry.fields.push(route.field)
    else byUrl.set(source.url, { fields: [route.field], source })
  }
  const name = nameInSentence(r.officialName || r.name, locale)
  return [...byUrl.values()].map(({ fields, source }) => {
    const what = joinWords([...new Set(fields.map((f) => say(`detail.${f}`, {}, locale)))], locale)
    const date = formatDate(source.checked)
    const host = siteName(source.url)
    let sentence: Sentence
    if (source.site === 'own') {
      sentence = { text: say('source.own', { what, where: '{link}', date }, locale), link: { url: source.url, label: say('site.own', { name }, locale), follow: true } }
    } else if (source.site === 'official') {
      sentence = { text: say('source.official', { what, where: '{link}', date, name }, locale), link: { url: source.url, label: host, follow: true } }
    } else {
      const label = source.owner ? say('site.otherBody', { owner: nameInSentence(source.owner, locale) }, locale) : host
      sentence = { text: say('source.other', { what, where: '{link}', date, name }, locale), link: { url: source.url, label, follow: false, host } }
    }
    return { fields, source, sentence }
  })
}
