/**
 * How many organisations in the directory have each kind of contact route, and which have none, so
 * the gaps are plain to see:
 *
 *   npx tsx scripts/directory-report.ts      (npm run directory:report)
 */
import { loadDirectory } from '../src/directory/directory.ts'
import type { Recipient } from '../src/directory/types.ts'

const KINDS: { kind: Recipient['kind']; label: string }[] = [
  { kind: 'police', label: 'Police' },
  { kind: 'council', label: 'Councils' },
  { kind: 'prevent', label: 'Prevent bodies' },
]

const COLUMNS = ['bodies', 'web form', 'email', 'post', 'DPO email only', 'any route', 'no route', 'no route, has a source page'] as const

function hasRoute(r: Recipient): boolean {
  return Boolean(r.webForm || r.email || r.postal)
}

function counts(list: readonly Recipient[]): number[] {
  return [
    list.length,
    list.filter((r) => r.webForm).length,
    list.filter((r) => r.email).length,
    list.filter((r) => r.postal).length,
    list.filter((r) => r.dpoEmail && !hasRoute(r)).length,
    list.filter(hasRoute).length,
    list.filter((r) => !hasRoute(r) && !r.dpoEmail).length,
    list.filter((r) => !hasRoute(r) && !r.dpoEmail && r.source.url).length,
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

function main() {
  const directory = loadDirectory()
  const checked = [...new Set(directory.all.map((r) => r.source.checked))].join(', ')
  const out: string[] = []
  out.push(`Directory report: ${directory.all.length} organisations a letter can go to (details checked ${checked}).`)
  out.push('A body can have more than one route, so the route columns do not add up to the total.')
  out.push('')

  const labelWidth = Math.max(...KINDS.map((k) => k.label.length), 'All'.length) + 2
  const widths = COLUMNS.map((c) => Math.max(c.length, 6))
  const row = (label: string, values: (string | number)[]) => label.padEnd(labelWidth) + values.map((v, i) => String(v).padStart((widths[i] ?? 6) + 2)).join('')
  out.push(row('', [...COLUMNS]))
  for (const { kind, label } of KINDS) out.push(row(label, counts(directory.all.filter((r) => r.kind === kind))))
  out.push(row('All', counts(directory.all)))
  out.push('')

  if (directory.pointers.length > 0) {
    out.push('Kept in the data but not letter recipients:')
    for (const p of directory.pointers) {
      out.push(`  ${p.id}: ${p.sameAs ? `the same organisation as ${p.sameAs}` : 'a pointer to other organisations (see its notes)'}`)
    }
    out.push('')
  }

  for (const { kind, label } of KINDS) {
    const none = directory.all.filter((r) => r.kind === kind && !hasRoute(r))
    if (none.length === 0) {
      out.push(`${label}: every body has a route.`)
      continue
    }
    const dpoOnly = none.filter((r) => r.dpoEmail)
    const withPage = none.filter((r) => !r.dpoEmail && r.source.url)
    const nothing = none.filter((r) => !r.dpoEmail && !r.source.url)
    out.push(`${label} with no web form, email or postal address (${none.length}):`)
    if (dpoOnly.length > 0) out.push(`  Only a data protection officer's email (${dpoOnly.length}):`, wrap(dpoOnly.map((r) => r.id), 100, '    '))
    if (withPage.length > 0) out.push(`  A source page to look at, but no details from it (${withPage.length}):`, wrap(withPage.map((r) => r.id), 100, '    '))
    if (nothing.length > 0) out.push(`  No source at all (${nothing.length}):`, wrap(nothing.map((r) => r.id), 100, '    '))
    out.push('')
  }
  out.push('Fill a gap by adding the detail and its source to ../shared/data/*.csv and running npm run directory:import (see src/data/directory/README.md).')
  console.log(out.join('\n'))
}

main()
