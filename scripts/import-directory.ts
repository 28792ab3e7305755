/**
 * Rebuilds the organisation directory from the shared CSV files:
 *
 *   npx tsx scripts/import-directory.ts [folder]      (npm run directory:import)
 *
 * The folder defaults to ../shared/data beside this repository. Writes src/data/directory/police.json,
 * councils.json, prevent.json, ico-actions.json and SOURCES.md, merging in the hand-kept aliases.json.
 * Every record is checked against the zod schema and the cross-references (council -> police force,
 * district -> county, alias ids, ICO action -> body) are checked; anything wrong stops the import and
 * nothing is written. No contact detail is made up: each one is copied from a CSV field, and its source
 * is the page the row's notes name for it ("Fifth pass (1 Dec 2026): sar email from <url>") or else the
 * row's source_url.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseCsvRecords } from '../src/directory/csv.ts'
import { directoryFileSchema, icoActionsFileSchema } from '../src/directory/schema.ts'
import { isPublicSector, sameSite, siteDomain } from '../src/directory/sites.ts'
import type { ContactField, DetailSource, IcoAction, LawKind, Nation, PostalAddress, Recipient, SiteKind } from '../src/directory/types.ts'

/** The date the shared data was compiled and checked (its README). */
export const CHECKED = '2026-11-23'
export const DEFAULT_DATA_DIR = resolve(import.meta.dirname, '../../shared/data')
export const OUTPUT_DIR = resolve(import.meta.dirname, '../src/data/directory')

const NATIONS: readonly Nation[] = ['england', 'wales', 'scotland', 'northern-ireland', 'uk']

/**
 * How each Prevent row is treated. Rows not listed here are guessed from their id and name, with a
 * warning, so a new row never stops the import but is looked at.
 */
const PREVENT_ROWS: Record<string, { lawKind: LawKind; sameAs?: string; pointer?: true; sameSiteAs?: string }> = {
  'home-office-prevent': { lawKind: 'home-office' },
  'home-office-saru': { lawKind: 'home-office' },
  'counter-terrorism-policing': { lawKind: 'police' },
  // prevent-bodies.csv has no website column; this row is Police Scotland, so its site is Police Scotland's.
  'police-scotland-pmap': { lawKind: 'police', sameSiteAs: 'police:police-scotland' },
  // Not an organisation: every council runs its own Channel panel. Kept so it can be found, with its note.
  'local-authority-channel-pmap': { lawKind: 'council', pointer: true },
  // The same office as police-forces.csv's acro row (its notes say so).
  acro: { lawKind: 'police', sameAs: 'police:acro', sameSiteAs: 'police:acro' },
}

/** Sources whose licence we know and must state. */
const SOURCE_LICENCES: { prefix: string; licence: string }[] = [
  // Records in the repository are CC0; its issues (community suggestions) are not covered.
  { prefix: 'https://github.com/datenanfragen/data/blob/', licence: 'CC0 1.0 (datenanfragen.de company database)' },
]

export interface ImportResult {
  police: Recipient[]
  councils: Recipient[]
  prevent: Recipient[]
  icoActions: IcoAction[]
  sourcesMd: string
  /** Things a person should look at; the import still succeeded. */
  warnings: string[]
}

type Row = Record<string, string>

class ImportError extends Error {}

function readCsv(folder: string, file: string, columns: string[]): Row[] {
  const rows = parseCsvRecords(readFileSync(join(folder, file), 'utf8'))
  const first = rows[0]
  if (!first) throw new ImportError(`${file} has no rows`)
  const missing = columns.filter((c) => !(c in first))
  if (missing.length > 0) throw new ImportError(`${file} is missing the column(s) ${missing.join(', ')}`)
  return rows
}

/** Names are shown and searched: no stray or doubled spaces (the source has a few). */
function tidy(text: string): string {
  return text.trim().replace(/\s+/g, ' ')
}

function field(row: Row, name: string): string | undefined {
  const value = (row[name] ?? '').trim()
  return value === '' ? undefined : value
}

const POSTCODE_AT_END = /^(.*?)[\s,]*\b((?:GIR ?0AA)|(?:[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}))$/

/** Splits " | "-joined address lines; a UK postcode at the end of the last line becomes `postcode`. */
export function parsePostal(text: string | undefined): PostalAddress | undefined {
  if (text === undefined) return undefined
  const lines = text.split('|').map(tidy).filter((l) => l !== '')
  if (lines.length === 0) return undefined
  const last = lines[lines.length - 1] as string
  const match = POSTCODE_AT_END.exec(last)
  if (!match) return { lines }
  const rest = (match[1] as string).trim()
  const raw = (match[2] as string).replace(/\s/g, '')
  const postcode = `${raw.slice(0, -3)} ${raw.slice(-3)}`
  const body = rest === '' ? lines.slice(0, -1) : [...lines.slice(0, -1), rest]
  return body.length > 0 ? { lines: body, postcode } : { lines: [last] }
}

function nation(row: Row, file: string): Nation {
  const value = field(row, 'nation')
  if (!NATIONS.includes(value as Nation)) throw new ImportError(`${file}, ${row.id}: unknown nation "${value}"`)
  return value as Nation
}

function licenceOf(url: string): string | undefined {
  return SOURCE_LICENCES.find((s) => url.startsWith(s.prefix))?.licence
}

function source(row: Row): Recipient['source'] {
  const url = field(row, 'source_url')
  const licence = url ? licenceOf(url) : undefined
  return { ...(url ? { url } : {}), checked: CHECKED, ...(licence ? { licence } : {}) }
}

/** Builds a record with the fields in one fixed order, leaving out empty ones. */
function record(r: Recipient): Recipient {
  const out: Record<string, unknown> = {}
  const order: (keyof Recipient)[] = [
    'id', 'kind', 'name', 'officialName', 'nation', 'lawKind', 'subtype', 'aliases',
    'email', 'postal', 'webForm', 'dpoEmail', 'generalPostal', 'website', 'sources', 'source', 'notes',
    'policeId', 'countyId', 'gssCode', 'policeIdNote', 'sameAs', 'pointer',
  ]
  for (const key of order) if (r[key] !== undefined) out[key] = r[key]
  return out as unknown as Recipient
}

const CONTACT_FIELDS: readonly ContactField[] = ['webForm', 'email', 'postal', 'dpoEmail', 'generalPostal']

/** How the data passes name each column in their notes. */
const PASS_FIELDS: Record<string, ContactField> = {
  'sar email': 'email',
  'sar postal address': 'postal',
  'sar web form url': 'webForm',
  'dpo email': 'dpoEmail',
  'general postal address': 'generalPostal',
  'main post': 'generalPostal',
  'dpo post': 'generalPostal',
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * "Fifth pass (1 Dec 2026): sar email from https://… (undated …)": the page each later-pass value came
 * from, and the day of the pass. Clauses marked ", lead only" or ", not used" name details that are
 * not in the columns, so they are skipped.
 */
export function passSources(notes: string | undefined): Map<ContactField, { url: string; checked: string }> {
  const out = new Map<ContactField, { url: string; checked: string }>()
  if (!notes) return out
  const names = Object.keys(PASS_FIELDS).join('|')
  const clause = new RegExp(`\\b[A-Z][a-z]+ pass \\((\\d{1,2}) ([A-Z][a-z]{2}) (\\d{4})\\)(, [^:]*)?: (${names})\\b((?:(?! pass \\().)*?) from (https?://\\S+)`, 'g')
  for (const m of notes.matchAll(clause)) {
    const [, day, month, year, marker, what, , rawUrl] = m
    const fieldName = PASS_FIELDS[(what ?? '').trim()]
    if (marker || !fieldName || out.has(fieldName)) continue
    const monthIndex = MONTHS.indexOf(month ?? '')
    if (monthIndex < 0) continue
    const url = trimUrl(rawUrl ?? '')
    out.set(fieldName, { url, checked: `${year}-${String(monthIndex + 1).padStart(2, '0')}-${(day ?? '').padStart(2, '0')}` })
  }
  return out
}

const COLUMN_FIELDS: Record<string, ContactField> = {
  sar_email: 'email',
  sar_postal_address: 'postal',
  sar_web_form_url: 'webForm',
  dpo_email: 'dpoEmail',
  general_postal_address: 'generalPostal',
}

/**
 * Earlier passes say where a column came from in a sentence of its own: "sar_email (third pass) is from
 * Netpol's … page https://…", "dpo_email is … from the privacy notice on the previous site (http://…)".
 * The first address in that sentence is the detail's page.
 */
export function columnSources(notes: string | undefined): Map<ContactField, string> {
  const out = new Map<ContactField, string>()
  if (!notes) return out
  const sentence = new RegExp(`\\b(${Object.keys(COLUMN_FIELDS).join('|')})(?: \\([^)]*\\))? is\\b((?:(?!\\. ).)*?)(https?://[^\\s)]+)`, 'g')
  for (const m of notes.matchAll(sentence)) {
    const fieldName = COLUMN_FIELDS[m[1] ?? '']
    if (fieldName && !out.has(fieldName)) out.set(fieldName, trimUrl(m[3] ?? ''))
  }
  return out
}

/** A URL at the end of a phrase may carry the phrase's full stop or a closing bracket. */
function trimUrl(url: string): string {
  let out = url.replace(/[.,;]+$/, '')
  while (out.endsWith(')') && (out.match(/\(/g) ?? []).length < (out.match(/\)/g) ?? []).length) out = out.slice(0, -1).replace(/[.,;]+$/, '')
  return out
}

export interface SiteOwners {
  /** site domain -> the body whose website it is */
  byDomain: Map<string, Recipient>
}

/** Whose site a page is on, for this body. */
export function classifySite(url: string, body: { id: string; website?: string }, owners: SiteOwners): { site: SiteKind; owner?: string } {
  const domain = siteDomain(url)
  if (!domain) return { site: 'other' }
  if (sameSite(url, body.website)) return { site: 'own' }
  const owner = owners.byDomain.get(domain)
  if (owner && owner.id !== body.id) return { site: 'other', owner: owner.officialName }
  return isPublicSector(url) ? { site: 'official' } : { site: 'other' }
}

function rowContacts(row: Row): Pick<Recipient, ContactField> {
  return {
    email: field(row, 'sar_email'),
    postal: parsePostal(field(row, 'sar_postal_address')),
    webForm: field(row, 'sar_web_form_url'),
    dpoEmail: field(row, 'dpo_email'),
    generalPostal: parsePostal(field(row, 'general_postal_address')),
  }
}

/** Each contact detail with the page it was seen on. */
function detailSources(row: Row, contacts: Pick<Recipient, ContactField>, body: { id: string; website?: string }, owners: SiteOwners, file: string): Recipient['sources'] {
  const fromPasses = passSources(field(row, 'notes'))
  const fromSentences = columnSources(field(row, 'notes'))
  const rowPage = field(row, 'source_url')
  const out: Partial<Record<ContactField, DetailSource>> = {}
  for (const f of CONTACT_FIELDS) {
    if (contacts[f] === undefined) continue
    const named = fromSentences.get(f) ?? rowPage
    const seen = fromPasses.get(f) ?? (named ? { url: named, checked: CHECKED } : undefined)
    if (!seen) throw new ImportError(`${file}, ${row.id}: ${f} has no source (no source_url, and the notes do not say where it came from)`)
    const licence = licenceOf(seen.url)
    out[f] = { url: seen.url, checked: seen.checked, ...classifySite(seen.url, body, owners), ...(licence ? { licence } : {}) }
  }
  return Object.keys(out).length > 0 ? out : undefined
}

function byId(a: Recipient, b: Recipient): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export function readAliases(file = join(OUTPUT_DIR, 'aliases.json')): Record<string, string[]> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  const out: Record<string, string[]> = {}
  for (const [id, names] of Object.entries(raw)) {
    if (id.startsWith('$')) continue
    if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) throw new ImportError(`aliases.json: "${id}" must be a list of names`)
    out[id] = names.map(tidy)
  }
  return out
}

export function importDirectory(folder = DEFAULT_DATA_DIR, aliases = readAliases()): ImportResult {
  const warnings: string[] = []
  const policeRows = readCsv(folder, 'police-forces.csv', ['id', 'name', 'nation', 'kind', 'sar_email', 'sar_postal_address', 'sar_web_form_url', 'dpo_email', 'general_postal_address', 'website', 'source_url', 'notes'])
  const councilRows = readCsv(folder, 'local-authorities.csv', ['id', 'name', 'official_name', 'nation', 'type', 'gss_code', 'sar_email', 'sar_postal_address', 'sar_web_form_url', 'dpo_email', 'general_postal_address', 'website', 'source_url', 'notes'])
  const preventRows = readCsv(folder, 'prevent-bodies.csv', ['id', 'name', 'nation', 'sar_email', 'sar_postal_address', 'sar_web_form_url', 'dpo_email', 'source_url', 'notes'])
  const areaRows = readCsv(folder, 'council-police-area.csv', ['council_id', 'gss_code', 'police_id', 'source_url', 'notes'])
  const actionRows = readCsv(folder, 'ico-actions.csv', ['body_id', 'action', 'date', 'summary', 'source_url', 'source_seen_at'])

  const aliasesFor = (id: string) => aliases[id] ?? []
  /** Each record's CSV row and file, to find its details' sources once every website is known. */
  const rowOf = new Map<string, { row: Row; file: string; sameSiteAs?: string }>()

  const police = policeRows.map((row) => {
    const name = tidy(row.name ?? '')
    rowOf.set(`police:${row.id}`, { row, file: 'police-forces.csv' })
    return record({
      id: `police:${row.id}`,
      kind: 'police',
      name,
      officialName: name,
      nation: nation(row, 'police-forces.csv'),
      lawKind: 'police',
      subtype: field(row, 'kind'),
      aliases: aliasesFor(`police:${row.id}`),
      ...rowContacts(row),
      website: field(row, 'website'),
      source: source(row),
      notes: field(row, 'notes'),
    })
  })
  const policeIds = new Set(police.map((p) => p.id))

  const areas = new Map<string, Row>()
  for (const row of areaRows) {
    const id = `council:${row.council_id}`
    if (areas.has(id)) throw new ImportError(`council-police-area.csv: ${row.council_id} is mapped more than once`)
    if (!policeIds.has(`police:${row.police_id}`)) throw new ImportError(`council-police-area.csv: ${row.council_id} maps to unknown force "${row.police_id}"`)
    areas.set(id, row)
  }

  const councils = councilRows.map((row) => {
    const id = `council:${row.id}`
    const name = tidy(row.name ?? '')
    const notes = field(row, 'notes')
    const area = areas.get(id)
    if (area && area.gss_code !== row.gss_code) throw new ImportError(`council-police-area.csv: ${row.id} has GSS code ${area.gss_code}, local-authorities.csv says ${row.gss_code}`)
    if (!area) warnings.push(`${id} has no row in council-police-area.csv, so no police force is suggested for it`)
    const county = notes ? /upper-tier county council is .+? \(id ([a-z0-9-]+)\)/.exec(notes) : null
    rowOf.set(id, { row, file: 'local-authorities.csv' })
    return record({
      id,
      kind: 'council',
      name,
      officialName: tidy(row.official_name || row.name || ''),
      nation: nation(row, 'local-authorities.csv'),
      lawKind: 'council',
      subtype: field(row, 'type'),
      aliases: aliasesFor(id),
      ...rowContacts(row),
      website: field(row, 'website'),
      source: source(row),
      notes,
      policeId: area ? `police:${area.police_id}` : undefined,
      countyId: county ? `council:${county[1]}` : undefined,
      gssCode: field(row, 'gss_code'),
      policeIdNote: area ? field(area, 'notes') : undefined,
    })
  })
  const councilIds = new Set(councils.map((c) => c.id))
  for (const id of areas.keys()) if (!councilIds.has(id)) throw new ImportError(`council-police-area.csv: ${id} is not in local-authorities.csv`)
  for (const c of councils) {
    if (c.countyId && !councilIds.has(c.countyId)) throw new ImportError(`${c.id}: its notes name county ${c.countyId}, which is not in local-authorities.csv`)
  }

  const prevent = preventRows.map((row) => {
    const id = `prevent:${row.id}`
    const fullName = tidy(row.name ?? '')
    let rule = PREVENT_ROWS[row.id ?? '']
    if (!rule) {
      const lawKind: LawKind = (row.id ?? '').startsWith('home-office') ? 'home-office' : /polic/i.test(fullName) ? 'police' : /council|local authority/i.test(fullName) ? 'council' : 'other'
      warnings.push(`${id} is a new Prevent row: treated as ${lawKind}. Check it and add it to PREVENT_ROWS in scripts/import-directory.ts.`)
      rule = { lawKind }
    }
    if (rule.sameAs && !policeIds.has(rule.sameAs)) throw new ImportError(`${id} is said to be the same as ${rule.sameAs}, which does not exist`)
    if (rule.sameSiteAs && !policeIds.has(rule.sameSiteAs)) throw new ImportError(`${id} is said to share the website of ${rule.sameSiteAs}, which does not exist`)
    rowOf.set(id, { row, file: 'prevent-bodies.csv', sameSiteAs: rule.sameSiteAs })
    return record({
      id,
      kind: 'prevent',
      name: fullName,
      // The row names say what each body holds, in brackets; a letter is addressed to the body itself.
      officialName: tidy(fullName.replace(/\s*\(.*$/, '')) || fullName,
      nation: nation(row, 'prevent-bodies.csv'),
      lawKind: rule.lawKind,
      aliases: aliasesFor(id),
      ...rowContacts(row),
      website: field(row, 'website'),
      source: source(row),
      notes: field(row, 'notes'),
      sameAs: rule.sameAs,
      pointer: rule.pointer,
    })
  })

  // Whose site each page is on: a body's own website, another body's, or neither.
  const owners = siteOwners([...police, ...councils])
  const websiteOf = new Map([...police, ...councils].map((r) => [r.id, r.website]))
  const withSources = (r: Recipient): Recipient => {
    const { row, file, sameSiteAs } = rowOf.get(r.id) as { row: Row; file: string; sameSiteAs?: string }
    const website = r.website ?? (sameSiteAs ? websiteOf.get(sameSiteAs) : undefined)
    return record({ ...r, sources: detailSources(row, r, { id: sameSiteAs ?? r.id, website }, owners, file) })
  }
  police.splice(0, police.length, ...police.map(withSources).sort(byId))
  councils.splice(0, councils.length, ...councils.map(withSources).sort(byId))
  prevent.splice(0, prevent.length, ...prevent.map(withSources).sort(byId))
  const all = [...police, ...councils, ...prevent]

  const seen = new Set<string>()
  for (const r of all) {
    if (seen.has(r.id)) throw new ImportError(`The id ${r.id} is used twice`)
    seen.add(r.id)
  }
  for (const id of Object.keys(aliases)) if (!seen.has(id)) throw new ImportError(`aliases.json names ${id}, which is not in the data`)

  const checked = directoryFileSchema.safeParse(all)
  if (!checked.success) {
    const problems = checked.error.issues.slice(0, 20).map((i) => {
      const [index, ...path] = i.path
      const rec = typeof index === 'number' ? all[index]?.id : undefined
      return `${rec ?? '?'} ${path.join('.')}: ${i.message}`
    })
    throw new ImportError(`Some records are not right:\n  ${problems.join('\n  ')}`)
  }

  const icoActions = importIcoActions(actionRows, seen)
  return { police, councils, prevent, icoActions, sourcesMd: sourcesMarkdown(police, councils, prevent, areaRows.length, icoActions), warnings }
}

/** site domain -> the one body whose website it is (a domain two councils share names neither). */
function siteOwners(records: Recipient[]): SiteOwners {
  const byDomain = new Map<string, Recipient>()
  const shared = new Set<string>()
  for (const r of records) {
    const domain = r.website ? siteDomain(r.website) : undefined
    if (!domain) continue
    if (byDomain.has(domain)) shared.add(domain)
    byDomain.set(domain, r)
  }
  for (const domain of shared) byDomain.delete(domain)
  return { byDomain }
}

/** The ICO's own site; an action seen anywhere else is a report of it, to be checked there. */
const ICO_SITE = 'https://ico.org.uk/'

function importIcoActions(rows: Row[], ids: Set<string>): IcoAction[] {
  const actions = rows.map((row, index): IcoAction => {
    const where = `ico-actions.csv, row ${index + 2}`
    const bodyId = field(row, 'body_id') ?? ''
    if (!ids.has(bodyId)) throw new ImportError(`${where}: ${bodyId || 'an empty body_id'} is not in the directory`)
    const url = field(row, 'source_url') ?? ''
    if (!siteDomain(url)) throw new ImportError(`${where}: source_url "${url}" is not a web address`)
    const date = field(row, 'date')
    return {
      bodyId,
      action: field(row, 'action') as IcoAction['action'],
      ...(date ? { date } : {}),
      summary: tidy(row.summary ?? ''),
      source: { url, site: sameSite(url, ICO_SITE) ? 'own' : 'other', seenAt: tidy(row.source_seen_at ?? '') },
    }
  })
  actions.sort((a, b) => (a.bodyId < b.bodyId ? -1 : a.bodyId > b.bodyId ? 1 : (b.date ?? '').localeCompare(a.date ?? '')))
  const checked = icoActionsFileSchema.safeParse(actions)
  if (!checked.success) {
    const problems = checked.error.issues.slice(0, 20).map((i) => {
      const [index, ...path] = i.path
      const rec = typeof index === 'number' ? actions[index]?.bodyId : undefined
      return `${rec ?? '?'} ${path.join('.')}: ${i.message}`
    })
    throw new ImportError(`Some rows of ico-actions.csv are not right:\n  ${problems.join('\n  ')}`)
  }
  return actions
}

function count(list: Recipient[], test: (r: Recipient) => boolean): number {
  return list.filter(test).length
}

const FIELD_NAMES: Record<ContactField, string> = {
  webForm: 'web form',
  email: 'email',
  postal: 'post',
  dpoEmail: 'DPO email',
  generalPostal: 'general post',
}

const SITE_WORDS: Record<SiteKind, string> = { own: 'own site', official: 'official site, owner not confirmed', other: 'another site' }

/** "email, post: https://… (own site)" for each page the record's details came from. */
function sourceSummary(r: Recipient): string {
  const byUrl = new Map<string, { fields: string[]; source: DetailSource }>()
  for (const f of CONTACT_FIELDS) {
    const src = r.sources?.[f]
    if (!src) continue
    const entry = byUrl.get(src.url)
    if (entry) entry.fields.push(FIELD_NAMES[f])
    else byUrl.set(src.url, { fields: [FIELD_NAMES[f]], source: src })
  }
  return [...byUrl.values()]
    .map(({ fields, source: s }) => {
      const site = s.owner ? `${SITE_WORDS[s.site]}: ${s.owner}` : SITE_WORDS[s.site]
      return `${fields.join(', ')}: ${s.url} (${site}; ${s.checked}${s.licence ? `; ${s.licence}` : ''})`
    })
    .join('<br>')
}

/** "email of \`council:bexley\` (CC0 1.0 (datenanfragen.de company database)); …" */
function licensed(records: Recipient[]): string {
  const out: string[] = []
  for (const r of records) {
    for (const f of CONTACT_FIELDS) {
      const licence = r.sources?.[f]?.licence
      if (licence) out.push(`${FIELD_NAMES[f]} of \`${r.id}\` (${licence})`)
    }
  }
  return out.length > 0 ? out.join('; ') : 'none'
}

const hasRoute = (r: Recipient) => Boolean(r.webForm || r.email || r.postal)
const hasFallbackOnly = (r: Recipient) => !hasRoute(r) && Boolean(r.dpoEmail || r.generalPostal)

function sourcesMarkdown(police: Recipient[], councils: Recipient[], prevent: Recipient[], areaRows: number, actions: IcoAction[]): string {
  const hasContact = (r: Recipient) => CONTACT_FIELDS.some((f) => r[f] !== undefined)
  const table = (list: Recipient[]) =>
    list
      .filter(hasContact)
      .map((r) => `| \`${r.id}\` | ${CONTACT_FIELDS.filter((f) => r[f] !== undefined).map((f) => FIELD_NAMES[f]).join(', ')} | ${sourceSummary(r)} |`)
      .join('\n')
  const stats = (label: string, list: Recipient[]) =>
    `| ${label} | ${list.length} | ${count(list, hasRoute)} | ${count(list, hasFallbackOnly)} | ${count(list, (r) => !hasContact(r) && Boolean(r.website))} | ${count(list, (r) => !hasContact(r) && !r.website)} | ${count(list, (r) => Boolean(r.webForm))} | ${count(list, (r) => Boolean(r.email))} | ${count(list, (r) => Boolean(r.postal))} | ${count(list, (r) => Boolean(r.dpoEmail))} | ${count(list, (r) => Boolean(r.generalPostal))} | ${count(list, (r) => Boolean(r.website))} |`
  const actionRows = actions
    .map((a) => `| \`${a.bodyId}\` | ${a.action} | ${a.date ?? 'not known'} | ${a.source.url} (${a.source.site === 'own' ? "the ICO's own site" : 'another site'}: ${a.source.seenAt}) |`)
    .join('\n')

  return `# Where the directory comes from

Generated by \`npm run directory:import\` (scripts/import-directory.ts) from the shared data in
\`../shared/data/\`, compiled on **${CHECKED}** from stored copies of public pages (no live web access), with
later passes on the dates shown against each detail below.
Do not edit this file by hand: edit the CSV files or \`aliases.json\` and run the import again.

**Check every address against the organisation's live official page before sending a real letter.**
Addresses change, some pages were seen only in old or third-party copies, and several police emails use
the old \`pnn.police.uk\` domain. An empty field means "not found in the stored sources", not "does not exist".

## Credits and licences

- Council names, official names, GSS codes and types: Contains data from mySociety's UK local authority names and codes, licensed under CC BY 4.0.
  (https://github.com/mysociety/uk_local_authority_names_and_codes, file \`data/uk_local_authorities.csv\`, commit 67ef8b1, 10 July 2025.)
- Council to police force lookup (England and Wales): Source: Office for National Statistics licensed under the Open Government Licence v.3.0
  ("Local Authority District to Community Safety Partnership to Police Force Areas (December 2023) Lookup in England and Wales", LAD23_CSP23_PFA23_EW_LU,
  via the stored copy in the public repository jamesLSI/ecom185, commit d73f26e). County councils are derived from their districts (all districts of
  each county map to the same force); Scotland maps to Police Scotland and Northern Ireland to the PSNI (single national forces).
- Greater Manchester Police subject access email: from the datenanfragen.de company database (https://github.com/datenanfragen/data,
  \`companies/gmp-police.json\`), released under CC0 1.0. An unmerged July 2026 change there questions it: verify it.
- Police force ids for the 43 England and Wales forces and British Transport Police follow data.police.uk (Open Government Licence).
- Council websites: GOV.UK's Local Links Manager data (https://github.com/alphagov/local-links-manager, \`data/local-authorities.csv\`,
  last changed 12 November 2025; the data behind GOV.UK "Find your local council"; repository under the MIT License). Police websites:
  the root of the force's own domain, from the official page already cited for the force.
- Other details from sources with a licence to state: ${licensed([...police, ...councils, ...prevent])}.
- Every other contact detail: the page named as that detail's source below (in the record's \`sources\`). Where a source is a mirror,
  an archived copy or a third party (for example Netpol for the Metropolitan Police email), it is marked "another site" and the notes
  say more.
- ICO actions (\`ico-actions.json\`): the ICO's news items, or named reports of them, as listed below.

## Files

| file | records | a request route | a fallback only | website only | nothing | web form | email | post | DPO email | general post | website |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${stats('police.json (police-forces.csv)', police)}
${stats('councils.json (local-authorities.csv)', councils)}
${stats('prevent.json (prevent-bodies.csv)', prevent)}

A **request route** (web form, email, post) is one the body's own page gives for requests. A **fallback** (the Data Protection
Officer's email, or the body's general postal address: its head office or its data protection officer) is not given as the way to
ask, but a request that reaches any part of the body is valid (uk-law.md §3), so the app offers it, labelled as what it is.
ico-actions.csv (${actions.length} rows) becomes \`ico-actions.json\`.

council-police-area.csv (${areaRows} rows) is not a file of its own here: it fills each council's \`policeId\` and \`policeIdNote\`.

## How the rows were turned into records

- Ids are \`police:<id>\`, \`council:<id>\` and \`prevent:<id>\` from each CSV's \`id\`. Records are sorted by id.
- \`officialName\` is the council's official name (or its name where the two are the same). For Prevent rows, whose names say in brackets
  what each body holds, it is the name without the brackets (for example "Home Office"), so letters are addressed to the body itself;
  the full row name stays in \`name\`.
- Names have stray and doubled spaces removed (the source has "Newry, Mourne and Down " and "North Somerset  Council"). Notes are copied whole.
- Postal addresses (\`postal\` from \`sar_postal_address\`, \`generalPostal\` from \`general_postal_address\`) are the " | "-separated
  lines; a UK postcode at the end of the last line is moved into \`postcode\`.
- \`sources\` gives each contact detail its own page: the page a later pass names for it in the notes ("Fifth pass (1 Dec 2026): sar
  email from <url>", dated that day), or else the row's \`source_url\` (dated ${CHECKED}). Clauses marked "lead only" or "not used" are
  details left out of the columns, so they are not sources. Each page is marked \`own\` (on the body's own website: same domain as its
  \`website\`), \`other\` (anyone else's site; \`owner\` names it when it is another body in the directory) or \`official\` (a
  public-sector domain such as gov.uk or police.uk that we cannot tie to the body). The app shows \`other\` as "found on another site".
- \`website\` is copied as given (some council home pages are listed at http:// addresses). prevent-bodies.csv has no website
  column; Police Scotland's PMAP row and ACRO's Prevent row are judged against Police Scotland's and ACRO's own websites.
- \`countyId\` comes from a district's note "upper-tier county council is X (id y)"; \`policeId\` from council-police-area.csv.
- \`aliases\` are the hand-kept names in \`aliases.json\` (short forms like "GMP", "the Met", "Brum", and Welsh names).
- \`lawKind\` (which law the letter cites): police rows are police; councils are councils; Prevent rows: the two Home Office rows are
  home-office, Counter Terrorism Policing and Police Scotland (PMAP) are police.

### Odd Prevent rows

- \`prevent:local-authority-channel-pmap\` ("Local authority Channel panels and PMAPs") is not one organisation: every council runs its own
  Channel panel (or PMAP in Scotland). It has no address to write to, so it is marked \`pointer: true\`: the app never offers it as a letter
  recipient (it is not in \`directory.all\` and \`byId\` does not find it), but search still finds it through \`search.notes(query)\` so a page
  can show its note ("write to the council that ran the panel"). The letter is sent to the person's own council instead.
- \`prevent:acro\` is the same office as \`police:acro\` (same address and web form; its notes add what ACRO may hold about people referred to
  Prevent). It is kept, marked \`sameAs: "police:acro"\`, and anyone choosing it gets \`police:acro\`, so nobody sends ACRO two letters.
- \`prevent:police-scotland-pmap\` is Police Scotland again, listed for its Prevent Multi-Agency Panel records; it stays a recipient of its own
  so a letter can be aimed at those records.
- \`prevent:counter-terrorism-policing\` has no subject access route of its own: the notes say the Metropolitan Police Commissioner controls the
  Prevent database, so the app suggests the Metropolitan Police alongside it.

## Where each contact detail came from

### Police (police-forces.csv)

| record | details | sources |
| --- | --- | --- |
${table(police)}

### Councils (local-authorities.csv)

| record | details | sources |
| --- | --- | --- |
${table(councils)}

### Prevent bodies (prevent-bodies.csv)

| record | details | sources |
| --- | --- | --- |
${table(prevent)}

## ICO actions (ico-actions.csv)

| body | action | date | source |
| --- | --- | --- | --- |
${actionRows}
`
}

export function toJson(records: readonly unknown[]): string {
  return `${JSON.stringify(records, null, 2)}\n`
}

function main() {
  const folder = resolve(process.argv[2] ?? DEFAULT_DATA_DIR)
  if (!existsSync(join(folder, 'police-forces.csv'))) {
    console.error(`The directory was not imported: there is no police-forces.csv in ${folder}. Give the folder with the shared CSV files, for example: npx tsx scripts/import-directory.ts ../shared/data`)
    process.exit(1)
  }
  let result: ImportResult
  try {
    result = importDirectory(folder)
  } catch (error) {
    if (error instanceof ImportError || (error instanceof Error && error.name === 'CsvError')) {
      console.error(`The directory was not imported: ${error.message}`)
      process.exit(1)
    }
    throw error
  }
  writeFileSync(join(OUTPUT_DIR, 'police.json'), toJson(result.police))
  writeFileSync(join(OUTPUT_DIR, 'councils.json'), toJson(result.councils))
  writeFileSync(join(OUTPUT_DIR, 'prevent.json'), toJson(result.prevent))
  writeFileSync(join(OUTPUT_DIR, 'ico-actions.json'), toJson(result.icoActions))
  writeFileSync(join(OUTPUT_DIR, 'SOURCES.md'), result.sourcesMd)
  for (const w of result.warnings) console.warn(`Check: ${w}`)
  console.log(`Imported ${result.police.length} police, ${result.councils.length} councils, ${result.prevent.length} Prevent records and ${result.icoActions.length} ICO actions from ${folder} into ${OUTPUT_DIR}.`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main()
