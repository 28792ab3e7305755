import { Fragment, type ReactNode } from 'react'
import { t, type TextKey } from './text.ts'

/** A text with elements (a link) in place of its {placeholders}; plain values work too. */
export function rich(text: string, values: Record<string, ReactNode>): ReactNode[] {
  return text.split(/(\{\w+\})/).map((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1]
    return <Fragment key={i}>{name !== undefined && name in values ? values[name] : part}</Fragment>
  })
}

/** The text of `key`, as `rich` gives it. */
export function tRich(key: TextKey, values: Record<string, ReactNode>): ReactNode[] {
  return rich(t(key), values)
}
