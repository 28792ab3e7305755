import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../vite.config.ts'

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8')

/** The README's block for one host, from its heading line to the end of its code block. */
function block(host: string): string {
  const start = README.indexOf(`\n${host}`)
  expect(start, `README has a block for ${host}`).toBeGreaterThan(-1)
  const open = README.indexOf('```', start)
  return README.slice(open, README.indexOf('\n```\n', open + 3))
}

describe('security headers', () => {
  it('refuse framing in the header, and keep the page\u2019s own policy in it', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`)
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors')
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY')
  })

  for (const [host, line] of [
    ['Netlify', (name: string, value: string) => `  ${name}: ${value}\n`],
    ['nginx', (name: string, value: string) => `    add_header ${name} "${value}" always;\n`],
    ['Apache', (name: string, value: string) => `Header always set ${name} "${value}"\n`],
    ['Caddy', (name: string, value: string) => `        ${name} "${value}"\n`],
  ] as const) {
    it(`are shown in the README exactly as the preview server sends them, for ${host}`, () => {
      const text = `${block(host)}\n`
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(text).toContain(line(name, value))
      expect(text.match(/Content-Security-Policy/g)).toHaveLength(1)
    })
  }
})
