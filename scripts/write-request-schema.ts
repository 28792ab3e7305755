/** Writes public/request.schema.json: the request file format as JSON Schema, from the zod schema. */
import { writeFileSync } from 'node:fs'
import { requestJsonSchema } from '../src/request/json-schema.ts'

const target = new URL('../public/request.schema.json', import.meta.url)
writeFileSync(target, JSON.stringify(requestJsonSchema(), null, 2) + '\n')
console.log('Wrote public/request.schema.json')
