/**
 * How many organisations in the directory have each kind of contact, and which have none, so the gaps
 * are plain to see:
 *
 *   npx tsx scripts/directory-report.ts      (npm run directory:report)
 *
 * Each body is in exactly one group: a request route (its own page gives a web form, email or postal
 * address for requests), a fallback only (its Data Protection Officer's email or its general postal
 * address: valid, labelled as such), its website only (the app says to search it), or nothing.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { loadDirectory } from '../src/directory/directory.ts'
import type { Recipient } from '../src/directory/types.ts'

const KINDS: { kind: Recipient['kind']; label: string }[] = [
  { kind: 'police', label: 'Police' },
  { kind: 'council', label: 'Councils' },
  { kind: 'prevent', label: 'Prevent bodies' },
]

export type Coverage = 'request route' | 'fallback only' | 'website only' | 'nothing'

const GROUPS: readonly Coverage[] = ['request route', 'fallback only', 'website only', 'nothing']

/** Which group a body is in: the best thing we can offer the person for it. */
export function coverage(r: Recipient): Coverage {
  if (r.webForm || r.email || r.postal) return 'request route'
  if (r.dpoEmail || r.generalPostal) return 'fallback only'
  if (r.website) return 'website only'
  return 'nothing'
}

const DETAIL_COLUMNS = ['web form', 'email', 'post', 'DPO email', 'general post', 'website', 'a detail from another site'] as const

function details(list: readonly Recipient[]): number[] {
  return [
    list.filter((r) => r.webForm).length,
    list.filter((r) => r.email).length,
    list.filter((r) => r.postal).length,
    list.filter((r) => r.dpoEmail).length,
    list.filter((r) => r.generalPostal).length,
    list.filter((r) => r.website).length,
    list.filter((r) => Object.values(r.sources ?? {}).some((s) => s.site === 'other')).length,
  ]
}

function wrap(items: string[], width = 100, indent = '  '): string {
  const lines: string[] = []
  let line = indent
  for (const item of items) {
    const piece = line.trim() === '' ? item : ` ${item}`
    if (line.length + piece.length > width && line.trim() !== '') {
      lines.push(line)
      line = indent + item
    } else {
      line += piece
    }
  }
  if (line.trim() !== '') lines.push(line)
  return lines.join('\n')
}

function table(columns: readonly string[], rows: [string, (string | number)[]][]): string[] {
  const labelWidth = Math.max(...rows.map(([label]) => label.length)) + 2
  const widths = columns.map((c) => Math.max(c.length, 6))
  const row = (label: string, values: (string | number)[]) => label.padEnd(labelWidth) + values.map((v, i) => String(v).padStart((widths[i] ?? 6) + 2)).join('')
  return [row('', [...columns]), ...rows.map(([label, values]) => row(label, values))]
}

/** A fallback's kind, for the list: "DPO email", "general post". */
function fallbackOf(r: Recipient): string {
  return [r.dpoEmail ? 'DPO email' : '', r.generalPostal ? 'general post' : ''].filter(Boolean).join(' + ')
}

export function report(all: readonly Recipient[], pointers: readonly Recipient[] = []): string {
  const out: string[] = []
  const checked = [...new Set(all.flatMap((r) => [r.source.checked, ...Object.values(r.sources ?? {}).map((s) => s.checked)]))].sort().join(', ')
  out.push(`Directory report: ${all.length} organisations a letter can go to (details read on ${checked}).`)
  out.push('')
  out.push('What we can offer for each body (each body counted once, in its best group):')
  const byKind = KINDS.map(({ kind, label }) => [label, all.filter((r) => r.kind === kind)] as const)
  out.push(...table([...GROUPS, 'bodies'], [...byKind, ['All', all] as const].map(([label, list]) => [label, [...GROUPS.map((g) => list.filter((r) => coverage(r) === g).length), list.length]])))
  out.push('')
  out.push('Details held (a body can have several, so these do not add up):')
  out.push(...table(DETAIL_COLUMNS, [...byKind, ['All', all] as const].map(([label, list]) => [label, details(list)])))
  out.push('')

  if (pointers.length > 0) {
    out.push('Kept in the data but not letter recipients:')
    for (const p of pointers) out.push(`  ${p.id}: ${p.sameAs ? `the same organisation as ${p.sameAs}` : 'a pointer to other organisations (see its notes)'}`)
    out.push('')
  }

  for (const [label, list] of byKind) {
    const fallback = list.filter((r) => coverage(r) === 'fallback only')
    const website = list.filter((r) => coverage(r) === 'website only')
    const nothing = list.filter((r) => coverage(r) === 'nothing')
    if (fallback.length + website.length + nothing.length === 0) {
      out.push(`${label}: every body has a request route.`)
      continue
    }
    out.push(`${label} with no request route (${fallback.length + website.length + nothing.length}):`)
    if (fallback.length > 0) out.push(`  A fallback only (${fallback.length}):`, wrap(fallback.map((r) => `${r.id} (${fallbackOf(r)})`), 100, '    '))
    if (website.length > 0) out.push(`  Their website only, to search (${website.length}):`, wrap(website.map((r) => r.id), 100, '    '))
    if (nothing.length > 0) out.push(`  Nothing at all (${nothing.length}):`, wrap(nothing.map((r) => r.id), 100, '    '))
    out.push('')
  }
  const other = all.filter((r) => Object.values(r.sources ?? {}).some((s) => s.site === 'other'))
  if (other.length > 0) {
    out.push(`Bodies with a detail found on another site, shown as such: check these first (${other.length}):`, wrap(other.map((r) => r.id)), '')
  }
  out.push('Fill a gap by adding the detail and its source to ../shared/data/*.csv and running npm run directory:import (see src/data/directory/README.md).')
  return out.join('\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const directory = loadDirectory()
  console.log(report(directory.all, directory.pointers))
}
