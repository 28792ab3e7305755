/** Rows → pages, honouring keep-with-next. Greedy: a group of kept rows moves whole to the next page if it does not fit. */
import type { DrawCommand, Row, RowRole } from './rows.ts'
import { MARGIN, PAGE } from './style.ts'

export interface PlacedRow {
  role: RowRole
  text: string
  /** Distance of the row's top edge below the top of the page. */
  top: number
  bottom: number
}

export interface PageBody {
  commands: DrawCommand[]
  rows: PlacedRow[]
}

export const BODY_TOP = MARGIN.top
export const BODY_BOTTOM = PAGE.height - MARGIN.bottom

/** Runs of rows joined by keepWithNext. */
function groups(rows: readonly Row[]): Row[][] {
  const out: Row[][] = []
  let group: Row[] = []
  for (const row of rows) {
    group.push(row)
    if (!row.keepWithNext) {
      out.push(group)
      group = []
    }
  }
  if (group.length > 0) out.push(group)
  return out
}

export function paginate(rows: readonly Row[]): PageBody[] {
  const pages: PageBody[] = []
  let page: PageBody = { commands: [], rows: [] }
  let cursor = BODY_TOP
  const newPage = () => {
    pages.push(page)
    page = { commands: [], rows: [] }
    cursor = BODY_TOP
  }
  const isEmpty = () => page.rows.length === 0
  const place = (row: Row) => {
    if (isEmpty() && row.role === 'space') return
    const space = isEmpty() ? 0 : row.spaceBefore
    // A group taller than a page has to break somewhere: break it row by row.
    if (!isEmpty() && cursor + space + row.height > BODY_BOTTOM) return placeOnNewPage(row)
    cursor += space
    page.commands.push(...row.draw(cursor))
    page.rows.push({ role: row.role, text: row.text, top: cursor, bottom: cursor + row.height })
    cursor += row.height
  }
  const placeOnNewPage = (row: Row) => {
    newPage()
    place(row)
  }
  for (const group of groups(rows)) {
    const height = group.reduce((h, r, i) => h + r.height + (i === 0 && isEmpty() ? 0 : r.spaceBefore), 0)
    if (!isEmpty() && cursor + height > BODY_BOTTOM) newPage()
    for (const row of group) place(row)
  }
  pages.push(page)
  return pages
}
