/**
 * The shape every directory record must have. Used by the import script (it refuses to write a bad
 * record) and by the tests (every committed record is checked). Not loaded by the app itself.
 */
import { z } from 'zod'
import type { ContactField, IcoAction, Recipient } from './types.ts'

const RECIPIENT_ID = /^(police|council|prevent):[a-z0-9-]+$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A link we send people to: https only, to a real domain name. */
const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain })
/**
 * Where a detail was seen. Some sources are old pages that only ever existed at http:// addresses;
 * we cite them as they were seen rather than change the address, so http is allowed here (never for a
 * link people are sent to fill in).
 */
const sourceUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain })
/** Not empty, and no spaces at either end. */
const text = z.string().regex(/^\S(.*\S)?$/s, 'is empty or has spaces at the start or end')
/** Also no doubled spaces or line breaks: names are shown and searched as they are. */
const tidyText = z.string().regex(/^\S+( \S+)*$/, 'is empty or has extra spaces')

const postalAddressSchema = z.strictObject({
  lines: z.array(tidyText).min(1),
  postcode: z
    .string()
    .regex(/^(GIR 0AA|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2})$/, 'is not a UK postcode written in capitals with one space')
    .optional(),
})

const CONTACT_FIELDS: readonly ContactField[] = ['webForm', 'email', 'postal', 'dpoEmail', 'generalPostal']

const siteKind = z.enum(['own', 'official', 'other'])

const detailSourceSchema = z.strictObject({
  url: sourceUrl,
  checked: z.string().regex(ISO_DATE),
  site: siteKind,
  owner: tidyText.optional(),
  licence: text.optional(),
})

export const recipientSchema = z
  .strictObject({
    id: z.string().regex(RECIPIENT_ID),
    kind: z.enum(['police', 'council', 'prevent']),
    name: tidyText,
    officialName: tidyText,
    nation: z.enum(['england', 'wales', 'scotland', 'northern-ireland', 'uk']),
    lawKind: z.enum(['police', 'council', 'home-office', 'school', 'nhs', 'other']),
    subtype: text.optional(),
    aliases: z.array(tidyText),
    email: z.email().optional(),
    postal: postalAddressSchema.optional(),
    webForm: httpsUrl.optional(),
    dpoEmail: z.email().optional(),
    generalPostal: postalAddressSchema.optional(),
    // As the source gave it: some councils' home pages are listed at http:// addresses.
    website: sourceUrl.optional(),
    sources: z
      .strictObject({
        webForm: detailSourceSchema.optional(),
        email: detailSourceSchema.optional(),
        postal: detailSourceSchema.optional(),
        dpoEmail: detailSourceSchema.optional(),
        generalPostal: detailSourceSchema.optional(),
      })
      .optional(),
    source: z.strictObject({
      url: sourceUrl.optional(),
      checked: z.string().regex(ISO_DATE),
      licence: text.optional(),
    }),
    notes: text.optional(),
    policeId: z.string().regex(/^police:[a-z0-9-]+$/).optional(),
    countyId: z.string().regex(/^council:[a-z0-9-]+$/).optional(),
    gssCode: z.string().regex(/^[EWSN]\d{8}$/).optional(),
    policeIdNote: text.optional(),
    sameAs: z.string().regex(RECIPIENT_ID).optional(),
    pointer: z.literal(true).optional(),
  })
  .superRefine((r, ctx) => {
    if (!r.id.startsWith(`${r.kind}:`)) ctx.addIssue({ code: 'custom', path: ['id'], message: `must start with "${r.kind}:"` })
    const present = CONTACT_FIELDS.filter((f) => r[f] !== undefined)
    const hasContact = present.length > 0
    for (const f of present) {
      if (r.sources?.[f] === undefined) ctx.addIssue({ code: 'custom', path: ['sources', f], message: `is needed because the record has ${f}` })
    }
    for (const f of CONTACT_FIELDS) {
      if (r.sources?.[f] !== undefined && r[f] === undefined) ctx.addIssue({ code: 'custom', path: ['sources', f], message: `is a source for ${f}, which the record does not have` })
    }
    if (r.policeId !== undefined && r.kind !== 'council') ctx.addIssue({ code: 'custom', path: ['policeId'], message: 'is only for councils' })
    if (r.countyId !== undefined && r.kind !== 'council') ctx.addIssue({ code: 'custom', path: ['countyId'], message: 'is only for councils' })
    if (r.pointer && hasContact) ctx.addIssue({ code: 'custom', path: ['pointer'], message: 'a pointer record has no contact details of its own' })
    if (r.sameAs === r.id) ctx.addIssue({ code: 'custom', path: ['sameAs'], message: 'cannot point to itself' })
    const seen = new Set<string>()
    for (const alias of r.aliases) {
      const key = alias.toLowerCase()
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['aliases'], message: `"${alias}" is listed twice` })
      seen.add(key)
    }
  })

export const directoryFileSchema = z.array(recipientSchema)

/** YYYY-MM-DD or YYYY-MM, a real date. */
const dayOrMonth = z.string().refine((v) => {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(v)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])]
  const d = new Date(Date.UTC(year, month - 1, day))
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}, 'is not a real date written YYYY-MM-DD or YYYY-MM')

export const icoActionSchema = z.strictObject({
  bodyId: z.string().regex(RECIPIENT_ID),
  action: z.enum(['enforcement notice', 'reprimand']),
  date: dayOrMonth.optional(),
  summary: text,
  source: z.strictObject({ url: sourceUrl, site: siteKind, seenAt: text }),
})

export const icoActionsFileSchema = z.array(icoActionSchema)

// The schema and the hand-written type must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const schemaMatchesType: Same<z.infer<typeof recipientSchema>, Recipient> = true
const icoSchemaMatchesType: Same<z.infer<typeof icoActionSchema>, IcoAction> = true
void schemaMatchesType
void icoSchemaMatchesType
