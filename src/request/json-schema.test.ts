import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { requestJsonSchema } from './json-schema.ts'

describe('public/request.schema.json', () => {
  it('is the JSON Schema of the zod schema, up to date (run npm run schema to refresh)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../public/request.schema.json', import.meta.url), 'utf8'))
    expect(committed).toEqual(JSON.parse(JSON.stringify(requestJsonSchema())))
  })

  it('forbids unknown fields and names every request type and topic', () => {
    const text = JSON.stringify(requestJsonSchema())
    expect(text).toContain('"additionalProperties":false')
    for (const word of ['access', 'erasure', 'rectification', 'restriction', 'objection', 'gang-database', 'facial-recognition']) expect(text).toContain(`"${word}"`)
  })
})
