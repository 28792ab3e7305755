import { describe, expect, it } from 'vitest'
import { rawFixture, schemaOptions } from '../../test/helpers/fixtures.ts'
import { MAX_REQUEST_FILE_BYTES } from './constants.ts'
import { scanJson } from './json-scan.ts'
import { parseRequestText } from './parse.ts'

const fixtureText = () => JSON.stringify(rawFixture('young-person'), null, 2)

function errorsOf(text: string) {
  const result = parseRequestText(text, schemaOptions)
  if (result.ok) throw new Error('expected errors')
  return result.errors
}

describe('parseRequestText', () => {
  it('accepts a UTF-8 byte order mark', () => {
    expect(parseRequestText(`\ufeff${fixtureText()}`, schemaOptions).ok).toBe(true)
  })

  it('refuses a file over 1 MB before reading it as JSON', () => {
    const big = `${fixtureText().slice(0, -1)}, "details": "${'x'.repeat(MAX_REQUEST_FILE_BYTES)}"}`
    expect(errorsOf(big)).toEqual([{ path: '', message: 'The file is too big to be a saved answers file. It must be smaller than 1 MB' }])
    // Counted in bytes: 400,000 three-byte characters are 1.2 MB.
    expect(errorsOf(`"${'€'.repeat(400_000)}"`)[0]?.message).toMatch(/too big/)
  })

  it('answers deep nesting with a plain message, not a stack overflow', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`
    expect(errorsOf(deep)).toEqual([{ path: '', message: 'The file is not a saved answers file: it has groups inside groups too many levels deep' }])
    const deepInside = fixtureText().replace('"details":', `"extra": ${'{"a":'.repeat(50)}1${'}'.repeat(50)}, "details":`)
    expect(errorsOf(deepInside)[0]?.message).toMatch(/too many levels deep/)
  })

  it('refuses a key written twice, naming the field (JSON.parse would keep only the last)', () => {
    const twice = fixtureText().replace('"fullName": "Siân Llŷr Evans"', '"fullName": "Siân Llŷr Evans", "fullName": "Someone Else"')
    expect(errorsOf(twice)).toEqual([{ path: 'subject.fullName', message: 'Full name is written twice in the file. Keep one and delete the other' }])
    // The same key spelt with an escape is the same key.
    const escaped = fixtureText().replace('"dated":', '"d\\u0061ted": "2026-11-23", "dated":')
    expect(errorsOf(escaped)).toEqual([{ path: 'dated', message: 'The letter date is written twice in the file. Keep one and delete the other' }])
    const unknown = fixtureText().replace('"dated":', '"x\\u001b": 1, "x\\u001b": 2, "dated":')
    expect(errorsOf(unknown)).toEqual([{ path: 'x[U+001B]', message: 'The field "x[U+001B]" is written twice in the file. Keep one and delete the other' }])
  })

  it('finds a duplicate inside a list, with its position', () => {
    const raw = rawFixture('young-person') as Record<string, any>
    raw.recipients = ['police:south-wales', { name: 'Example School', kind: 'school' }]
    const text = JSON.stringify(raw).replace('"kind":"school"', '"kind":"school","kind":"other"')
    expect(errorsOf(text)[0]?.path).toBe('recipients.1.kind')
  })

  it('still says "not a saved answers file" for text that is not JSON', () => {
    expect(errorsOf('{ "a": ')[0]?.message).toMatch(/not a saved answers file/)
    expect(errorsOf('')[0]?.message).toMatch(/not a saved answers file/)
  })
})

describe('the same organisation listed twice', () => {
  it('becomes one letter, with a note', () => {
    const raw = rawFixture('young-person') as Record<string, any>
    raw.recipients = ['police:south-wales', 'council:cardiff', 'police:south-wales', { id: 'police:south-wales' }]
    const result = parseRequestText(JSON.stringify(raw), schemaOptions)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.request.recipients).toEqual(['police:south-wales', 'council:cardiff'])
    expect(result.notes).toEqual(['The organisation "police:south-wales" is listed 3 times. You get one letter to it'])
  })

  it('keeps the details the person typed for it', () => {
    const raw = rawFixture('young-person') as Record<string, any>
    const corrected = { id: 'police:south-wales', email: 'dpo@example.org' }
    raw.recipients = ['police:south-wales', corrected]
    const result = parseRequestText(JSON.stringify(raw), schemaOptions)
    expect(result.ok && result.request.recipients).toEqual([corrected])
  })

  it('refuses two different sets of details for one organisation', () => {
    const raw = rawFixture('young-person') as Record<string, any>
    raw.recipients = [{ id: 'police:south-wales', email: 'a@example.org' }, { id: 'police:south-wales', email: 'b@example.org' }]
    expect(errorsOf(JSON.stringify(raw))).toEqual([{ path: 'recipients.1', message: 'The organisation "police:south-wales" is listed twice with different details. Keep one of them' }])
  })
})

describe('scanJson', () => {
  it('never recurses, whatever the depth', () => {
    expect(scanJson('['.repeat(1_000_000), 1_000_001).tooDeep).toBe(false)
    expect(scanJson('{"a":'.repeat(20), 16).tooDeep).toBe(true)
  })

  it('is not fooled by braces, colons or quotes inside strings', () => {
    expect(scanJson('{"a": "}{,:\\"a\\"", "b": 1}', 16).duplicates).toEqual([])
    expect(scanJson('[{"a": 1}, {"a": 2}]', 16).duplicates).toEqual([])
    expect(scanJson('[{"a": 1}, {"a": 2, "a": 3}]', 16).duplicates).toEqual([[1, 'a']])
  })
})
