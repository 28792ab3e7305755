import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CsvError, parseCsv, parseCsvRecords } from './csv.ts'

describe('parseCsv', () => {
  it('reads plain fields and CRLF line ends', () => {
    expect(parseCsv('a,b,c\r\n1,2,3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ])
  })

  it('accepts a missing final line end, and LF line ends', () => {
    expect(parseCsv('a,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ])
    expect(parseCsv('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ])
  })

  it('keeps empty fields, including at the start and end of a record', () => {
    expect(parseCsv(',a,,\r\n')).toEqual([['', 'a', '', '']])
  })

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'id,notes\r\nx,"One, two"\r\ny,"He said ""hi"""\r\nz,"line 1\r\nline 2"\r\n'
    expect(parseCsv(text)).toEqual([
      ['id', 'notes'],
      ['x', 'One, two'],
      ['y', 'He said "hi"'],
      ['z', 'line 1\r\nline 2'],
    ])
  })

  it('reads an empty quoted field and a field that is only a quote', () => {
    expect(parseCsv('"",""""\r\n')).toEqual([['', '"']])
  })

  it('ignores a byte order mark', () => {
    expect(parseCsv('\uFEFFa,b\r\n')).toEqual([['a', 'b']])
  })

  it('gives nothing for an empty file', () => {
    expect(parseCsv('')).toEqual([])
    expect(parseCsv('\uFEFF')).toEqual([])
  })

  it('refuses broken quoting and says where', () => {
    expect(() => parseCsv('a,"open\r\n')).toThrow(CsvError)
    expect(() => parseCsv('a,"x"y\r\n')).toThrow(/after the closing quote/)
    expect(() => parseCsv('a,b"c\r\n')).toThrow(/quote inside/)
    expect(() => parseCsv('a\r\nb,"c\r\n')).toThrow(/line 2/)
    expect(() => parseCsv('a\rb')).toThrow(/carriage return/)
  })

  it('reads back whatever a correct writer writes (round trip)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\r\n', '\n', 'é', '|', '1') })
    const table = fc.integer({ min: 1, max: 4 }).chain((width) => fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }))
    fc.assert(
      fc.property(table, fc.boolean(), (rows, finalNewline) => {
        // A record that is one empty field would be written as an empty line; quote it so it is not ambiguous.
        const quote = (f: string) => (f === '' || /[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)
        const text = rows.map((r) => r.map((f, _, all) => (all.length === 1 && f === '' ? '""' : quote(f))).join(',')).join('\r\n') + (finalNewline ? '\r\n' : '')
        expect(parseCsv(text)).toEqual(rows)
      }),
    )
  })
})

describe('parseCsvRecords', () => {
  it('keys records by the header', () => {
    expect(parseCsvRecords('id,name\r\nx,"A, B"\r\ny,\r\n')).toEqual([
      { id: 'x', name: 'A, B' },
      { id: 'y', name: '' },
    ])
  })

  it('refuses a record with the wrong number of fields, naming its line', () => {
    expect(() => parseCsvRecords('id,name\r\nx,"two\r\nlines"\r\ny\r\n')).toThrow(/line 4/)
  })

  it('refuses duplicate or empty column names', () => {
    expect(() => parseCsvRecords('id,id\r\n1,2\r\n')).toThrow(/twice/)
    expect(() => parseCsvRecords('id,\r\n1,2\r\n')).toThrow(/empty column/)
  })
})
