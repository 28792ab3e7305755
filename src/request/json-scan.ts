/**
 * What JSON.parse does not say about a file: a key written twice (it silently keeps the last one,
 * so an answer would vanish) and nesting deep enough to exhaust the stack of whatever walks it next.
 * One pass, no recursion, so no input can overflow it. It trusts JSON.parse to judge the syntax:
 * on text that is not JSON its findings mean nothing, and the caller reports "not JSON" instead.
 * No library does this small job with no dependencies of its own, so it is written here.
 */

export type JsonPath = (string | number)[]

export interface JsonScan {
  /** Nesting went deeper than the limit; the scan stopped there. */
  tooDeep: boolean
  /** The path of every key written a second (or later) time in the same object. */
  duplicates: JsonPath[]
}

type Frame = { kind: 'object'; keys: Set<string>; key?: string; wantKey: boolean } | { kind: 'array'; index: number }

function decodeKey(token: string): string {
  try {
    return JSON.parse(token) as string
  } catch {
    return token.slice(1, -1)
  }
}

function pathTo(stack: readonly Frame[]): JsonPath {
  return stack.map((f) => (f.kind === 'array' ? f.index : (f.key ?? '')))
}

export function scanJson(text: string, maxDepth: number): JsonScan {
  const stack: Frame[] = []
  const duplicates: JsonPath[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    const top = stack[stack.length - 1]
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length >= maxDepth) return { tooDeep: true, duplicates }
      stack.push(c === 0x7b ? { kind: 'object', keys: new Set(), wantKey: true } : { kind: 'array', index: 0 })
      i += 1
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop()
      i += 1
    } else if (c === 0x2c /* , */) {
      if (top?.kind === 'object') top.wantKey = true
      else if (top?.kind === 'array') top.index += 1
      i += 1
    } else if (c === 0x3a /* : */) {
      if (top?.kind === 'object') top.wantKey = false
      i += 1
    } else if (c === 0x22 /* " */) {
      let j = i + 1
      while (j < n) {
        const d = text.charCodeAt(j)
        if (d === 0x5c /* \ */) j += 2
        else if (d === 0x22) break
        else j += 1
      }
      if (top?.kind === 'object' && top.wantKey) {
        const key = decodeKey(text.slice(i, j + 1))
        if (top.keys.has(key)) duplicates.push([...pathTo(stack.slice(0, -1)), key])
        top.keys.add(key)
        top.key = key
        top.wantKey = false
      }
      i = j + 1
    } else {
      i += 1
    }
  }
  return { tooDeep: false, duplicates }
}
