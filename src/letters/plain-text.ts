/** A letter as plain text: for "Copy the text", the email body, and tests that read what a letter says. */
import { formatMessage } from '../i18n/format.ts'
import { markupToPlain as unbold } from './markup.ts'
import type { Block, LetterModel } from './model.ts'

function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
      return unbold(block.text)
    case 'paragraph':
      return unbold(block.text)
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${unbold(item)}`).join('\n')
    case 'field':
      return `${unbold(block.label)}: ${block.value === undefined ? '______________________________' : unbold(block.value)}`
  }
}

export function letterToPlainText(letter: LetterModel): string {
  const parts: string[] = []
  if (letter.banner) parts.push(letter.banner)
  if (letter.sender) parts.push([letter.sender.name, ...letter.sender.lines].join('\n'))
  if (letter.recipient) parts.push([letter.recipient.name, ...letter.recipient.lines].join('\n'))
  if (letter.date) parts.push(letter.date)
  if (!letter.sender) parts.push(letter.title)
  if (letter.salutation) parts.push(`${letter.salutation},`)
  if (letter.subject) parts.push(letter.reference ? `${letter.subject}\n${formatMessage('en-GB', letter.labels.ourReference, { reference: letter.reference })}` : letter.subject)
  for (const block of letter.blocks) parts.push(blockText(block))
  if (letter.signOff) {
    parts.push(letter.signOff.closing + ',')
    parts.push([letter.signOff.name, letter.signOff.capacity].filter(Boolean).join('\n'))
  }
  if (letter.enclosures && letter.enclosures.length > 0) parts.push([`${letter.labels.enclosures}:`, ...letter.enclosures.map((e) => `- ${e}`)].join('\n'))
  return parts.join('\n\n') + '\n'
}
