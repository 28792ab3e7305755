/** Inline `**bold**`, the only markup the letter text carries. */

export interface Styled {
  text: string
  bold: boolean
}

/** Split text into plain and bold segments. A `**` with no partner is printed as typed. */
export function parseInline(text: string, bold = false): Styled[] {
  const out: Styled[] = []
  const push = (t: string, b: boolean) => {
    if (t === '') return
    const last = out[out.length - 1]
    if (last && last.bold === b) last.text += t
    else out.push({ text: t, bold: b })
  }
  const pattern = /\*\*(.+?)\*\*/gs
  let at = 0
  for (const match of text.matchAll(pattern)) {
    push(text.slice(at, match.index), bold)
    push(match[1]!, true)
    at = match.index + match[0].length
  }
  push(text.slice(at), bold)
  return out
}
