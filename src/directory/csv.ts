/**
 * A small RFC 4180 CSV reader: comma-separated fields, fields in double quotes may hold commas,
 * line breaks and doubled quotes (""), records end with CRLF (LF and a missing final line end are
 * accepted too). A leading byte order mark is ignored. Malformed input throws a CsvError that says
 * where, so a broken data file never imports quietly.
 */

export class CsvError extends Error {
  constructor(
    message: string,
    /** 1-based line of the file where the problem is. */
    readonly line: number,
  ) {
    super(`${message} (line ${line})`)
    this.name = 'CsvError'
  }
}

/** Every record as an array of fields, in file order. An empty file gives no records. */
export function parseCsv(text: string): string[][] {
  return parseWithLines(text).rows
}

function parseWithLines(text: string): { rows: string[][]; lines: number[] } {
  const rows: string[][] = []
  /** The line each record starts on. */
  const lines: number[] = []
  let row: string[] = []
  let rowLine = 1
  let field = ''
  let line = 1
  let i = 0
  const n = text.length
  if (text.charCodeAt(0) === 0xfeff) i = 1
  if (i >= n) return { rows, lines }

  // At the top of this loop we are at the start of a field.
  for (;;) {
    if (text[i] === '"') {
      // Quoted field: runs to the next lone quote.
      const startLine = line
      i++
      for (;;) {
        if (i >= n) throw new CsvError('A quoted field is never closed', startLine)
        const c = text[i]
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        if (c === '\n') line++
        field += c
        i++
      }
      const next = text[i]
      if (i < n && next !== ',' && next !== '\r' && next !== '\n') {
        throw new CsvError('Text after the closing quote of a field', line)
      }
    } else {
      // Unquoted field: runs to the next comma or line end; may not contain quotes.
      while (i < n) {
        const c = text[i]
        if (c === ',' || c === '\r' || c === '\n') break
        if (c === '"') throw new CsvError('A quote inside a field that does not start with a quote', line)
        field += c
        i++
      }
    }

    row.push(field)
    field = ''
    if (i >= n) {
      rows.push(row)
      lines.push(rowLine)
      return { rows, lines }
    }
    const c = text[i]
    if (c === ',') {
      i++
      continue
    }
    // Line end: CRLF, or a lone LF.
    if (c === '\r') {
      if (text[i + 1] !== '\n') throw new CsvError('A carriage return not followed by a line feed', line)
      i += 2
    } else {
      i += 1
    }
    line++
    rows.push(row)
    lines.push(rowLine)
    row = []
    rowLine = line
    if (i >= n) return { rows, lines }
  }
}

/**
 * Records keyed by the header row's names. Every record must have exactly as many fields as the
 * header; header names must be unique and not empty.
 */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const { rows, lines } = parseWithLines(text)
  const header = rows[0]
  if (!header) return []
  const seen = new Set<string>()
  for (const name of header) {
    if (name === '') throw new CsvError('An empty column name in the header', 1)
    if (seen.has(name)) throw new CsvError(`The column "${name}" appears twice in the header`, 1)
    seen.add(name)
  }
  return rows.slice(1).map((fields, index) => {
    if (fields.length !== header.length) {
      throw new CsvError(`Record ${index + 1} has ${fields.length} fields but the header has ${header.length}`, lines[index + 1] ?? 0)
    }
    const record: Record<string, string> = {}
    header.forEach((name, j) => {
      record[name] = fields[j] as string
    })
    return record
  })
}
