/** Reading a calendar file back the way a calendar app does: lines unfolded, TEXT values unescaped. */

export interface IcsLine {
  name: string
  params: string
  value: string
}

/** Every content line, unfolded (RFC 5545 §3.1: CRLF then one space or tab continues the line). */
export function icsLines(text: string): IcsLine[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':')
      const head = line.slice(0, colon)
      const semi = head.indexOf(';')
      return { name: semi === -1 ? head : head.slice(0, semi), params: semi === -1 ? '' : head.slice(semi + 1), value: line.slice(colon + 1) }
    })
}

/** A TEXT value as the person reads it. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
}

/** The event's own property (not its alarm's), e.g. "DTSTART". */
export function eventProperty(text: string, name: string): IcsLine | undefined {
  let inAlarm = false
  for (const line of icsLines(text)) {
    if (line.name === 'BEGIN' && line.value === 'VALARM') inAlarm = true
    else if (line.name === 'END' && line.value === 'VALARM') inAlarm = false
    else if (!inAlarm && line.name === name) return line
  }
  return undefined
}

/** The alarms' properties, one record per VALARM. */
export function alarms(text: string): Record<string, string>[] {
  const found: Record<string, string>[] = []
  let current: Record<string, string> | undefined
  for (const line of icsLines(text)) {
    if (line.name === 'BEGIN' && line.value === 'VALARM') current = {}
    else if (line.name === 'END' && line.value === 'VALARM' && current) {
      found.push(current)
      current = undefined
    } else if (current) current[line.name] = line.value
  }
  return found
}

/** DTSTART;VALUE=DATE:20261223 → "2026-12-23"; undefined unless it is an all-day date. */
export function allDayStart(text: string): string | undefined {
  const start = eventProperty(text, 'DTSTART')
  if (!start || start.params !== 'VALUE=DATE' || !/^\d{8}$/.test(start.value)) return undefined
  return `${start.value.slice(0, 4)}-${start.value.slice(4, 6)}-${start.value.slice(6, 8)}`
}
