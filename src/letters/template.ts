/**
 * Letter templates: Markdown-like text with a short front-matter header and logic-less Mustache tags.
 * Syntax (also in templates/README.md): `## Heading`, `- item`, `1. item`, `_ Label` for a line to
 * write on by hand, blank lines between paragraphs, `**bold**`; `{{name}}` fills a value,
 * `{{#flag}}…{{/flag}}` keeps a passage when the flag is set, `{{^flag}}…{{/flag}}` when it is not,
 * and `{{> part}}` includes another template. Nothing in a template can run code.
 */
import Mustache from 'mustache'
import { escapeMarkup } from './markup.ts'
import type { Block } from './model.ts'

/** Every template's source, keyed by its path under templates/ without ".md", e.g. "requests/access". */
export type TemplateSet = Readonly<Record<string, string>>

export interface ParsedTemplate {
  front: Record<string, string>
  body: string
}

export class TemplateError extends Error {
  override name = 'TemplateError'
}

const FRONT = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/

export function parseTemplate(source: string): ParsedTemplate {
  const m = FRONT.exec(source)
  if (!m) return { front: {}, body: source }
  const front: Record<string, string> = {}
  for (const line of (m[1] ?? '').split(/\r?\n/)) {
    const at = line.indexOf(':')
    if (at > 0) front[line.slice(0, at).trim()] = line.slice(at + 1).trim()
  }
  return { front, body: source.slice(m[0].length) }
}

/** Marks a paragraph break inside a person's own text, so it survives until blocks are made. */
const PARAGRAPH_BREAK = '\u2029'

/** A value's line breaks: paragraph breaks are kept, single line breaks become spaces. */
function foldLines(value: unknown): string {
  return String(value)
    .replace(/\r\n?/g, '\n')
    .replace(/\n\s*\n\s*/g, PARAGRAPH_BREAK)
    .replace(/\s*\n\s*/g, ' ')
}

/**
 * Values people typed are printed exactly as text, never read as markup: "**" cannot switch bold on
 * and "\" stays a backslash (./markup.ts), and a value that starts a line cannot start a heading,
 * a list or a line to sign ("# …", "- …", "1. …", "_ …").
 */
export function escapeValue(value: unknown): string {
  return escapeMarkup(foldLines(value))
    .replace(/^(\s*)([#\-•_])/u, '$1\\$2')
    .replace(/^(\s*\d+)\./u, '$1\\.')
}

function partialsOf(templates: TemplateSet): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, source] of Object.entries(templates)) out[name] = parseTemplate(source).body
  return out
}

export function renderText(text: string, view: object, templates: TemplateSet, escape: (value: unknown) => string = escapeValue): string {
  return Mustache.render(text, view, partialsOf(templates), { escape })
}

/** Turns rendered template text into blocks. */
export function toBlocks(text: string): Block[] {
  const blocks: Block[] = []
  let paragraph: string[] = []
  let list: { ordered: boolean; items: string[] } | undefined

  const flush = () => {
    if (paragraph.length > 0) {
      for (const part of paragraph.join(' ').split(PARAGRAPH_BREAK)) {
        if (part.trim() !== '') blocks.push({ type: 'paragraph', text: part.trim() })
      }
      paragraph = []
    }
    if (list) {
      blocks.push(list.ordered ? { type: 'list', items: list.items, ordered: true } : { type: 'list', items: list.items })
      list = undefined
    }
  }

  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    const bullet = /^[-•]\s+(.*)$/.exec(line)
    const numbered = /^\d+\.\s+(.*)$/.exec(line)
    if (line === '') {
      flush()
    } else if (line.startsWith('## ')) {
      flush()
      blocks.push({ type: 'heading', text: line.slice(3).trim() })
    } else if (line.startsWith('_ ')) {
      flush()
      blocks.push({ type: 'field', label: line.slice(2).trim() })
    } else if (bullet || numbered) {
      const ordered = Boolean(numbered)
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush()
      list ??= { ordered, items: [] }
      list.items.push(((bullet ?? numbered)?.[1] ?? '').split(PARAGRAPH_BREAK).join(' '))
    } else {
      if (list) flush()
      paragraph.push(line)
    }
  }
  flush()
  return blocks
}

export interface RenderedTemplate {
  front: Record<string, string>
  blocks: Block[]
}

/** Renders one template by name into front-matter values and blocks. */
export function renderTemplate(name: string, view: object, templates: TemplateSet): RenderedTemplate {
  const source = templates[name]
  if (source === undefined) throw new TemplateError(`There is no template called "${name}"`)
  const { front, body } = parseTemplate(source)
  const renderedFront: Record<string, string> = {}
  for (const [key, value] of Object.entries(front)) {
    // The header's values (title, subject line) are plain text, drawn as they are.
    renderedFront[key] = renderText(value, view, templates, foldLines).split(PARAGRAPH_BREAK).join(' ')
  }
  return { front: renderedFront, blocks: toBlocks(renderText(body, view, templates)) }
}

export interface TemplateTag {
  kind: 'value' | 'section' | 'inverted' | 'partial'
  name: string
}

/** Every tag a template uses, sections included, in order; for checking templates against the view. */
export function tagsOf(source: string): TemplateTag[] {
  const { front, body } = parseTemplate(source)
  const out: TemplateTag[] = []
  const walk = (tokens: unknown[][]) => {
    for (const token of tokens) {
      const [type, name] = token as [string, string]
      if (type === 'name' || type === '&') out.push({ kind: 'value', name })
      else if (type === '#') out.push({ kind: 'section', name })
      else if (type === '^') out.push({ kind: 'inverted', name })
      else if (type === '>') out.push({ kind: 'partial', name })
      const children = token[4]
      if (Array.isArray(children)) walk(children as unknown[][])
    }
  }
  for (const text of [...Object.values(front), body]) walk(Mustache.parse(text) as unknown as unknown[][])
  return out
}
