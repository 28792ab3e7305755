/** Body blocks (heading, paragraph, list, field) → rows, with the keep rules each needs. */
import { markupToPlain } from '../letters/markup.ts'
import type { Block } from '../letters/model.ts'
import { baselineOffset, guardOrphans, keepTogether, lineCommands, lineText, textRows, wrapText, type LayoutContext, type Row } from './rows.ts'
import { CONTENT_WIDTH, GAP, MARGIN, PAGE, TYPE } from './style.ts'

const LIST_GAP = 6
const FIELD_GAP = 10
const FIELD_HEIGHT = 34

function gapBefore(block: Block, previous: Block | undefined): number {
  if (!previous) return 0
  if (block.type === 'heading') return GAP.beforeHeading
  if (previous.type === 'heading') return GAP.afterHeading
  if (block.type === 'field' && previous.type === 'field') return 0
  return GAP.paragraph
}

function listRows(items: readonly string[], ordered: boolean, ctx: LayoutContext): Row[] {
  const markers = items.map((_, i) => (ordered ? `${i + 1}.` : '•'))
  const markerWidth = Math.max(...markers.map((m) => ctx.measure('regular', m, TYPE.body.size)))
  const indent = Math.max(14, markerWidth + LIST_GAP)
  const rows: Row[] = []
  items.forEach((item, i) => {
    const itemRows = guardOrphans(
      textRows(item, TYPE.body, ctx, { x: MARGIN.left + indent, width: CONTENT_WIDTH - indent, spaceBefore: i === 0 ? 0 : GAP.listItem }),
    )
    const first = itemRows[0]
    if (!first) return
    const marker = markers[i]!
    // Numbers are right-aligned so that "9." and "10." end in the same place.
    const markerX = MARGIN.left + (ordered ? markerWidth - ctx.measure('regular', marker, TYPE.body.size) : 2)
    const drawText = first.draw
    first.draw = (top) => [
      { kind: 'text', x: markerX, y: PAGE.height - top - baselineOffset(TYPE.body), text: marker, face: 'regular', size: TYPE.body.size, colour: 'ink' },
      ...drawText(top),
    ]
    first.text = `${marker} ${first.text}`
    rows.push(...itemRows)
  })
  return rows
}

/** The width of the label column shared by the fields of one document, so their lines start together. */
export function fieldLabelWidth(blocks: readonly Block[], ctx: LayoutContext): number {
  const widths = blocks.flatMap((b) => (b.type === 'field' ? [ctx.measure('regular', markupToPlain(b.label), TYPE.body.size)] : []))
  return Math.min(Math.max(0, ...widths), CONTENT_WIDTH * 0.45)
}

/** A label and a rule to write on (with room above it for handwriting), or the label and its value. */
function fieldRows(label: string, value: string | undefined, labelWidth: number, ctx: LayoutContext): Row[] {
  const type = TYPE.body
  const labelLines = wrapText(label, type, labelWidth, ctx)
  const valueX = MARGIN.left + labelWidth + FIELD_GAP
  const valueWidth = CONTENT_WIDTH - labelWidth - FIELD_GAP
  const valueLines = value === undefined ? [] : wrapText(value, type, valueWidth, ctx)
  const lineCount = Math.max(labelLines.length, valueLines.length, 1)
  // Handwriting needs more room than type: the last baseline sits low in a tall row, on the rule.
  const height = value === undefined ? Math.max(FIELD_HEIGHT, FIELD_HEIGHT - type.leading + lineCount * type.leading) : lineCount * type.leading
  const firstBaseline = value === undefined ? height - 6 - (labelLines.length - 1) * type.leading : baselineOffset(type)
  return [
    {
      role: 'field',
      text: [labelLines.map(lineText).join(' '), value === undefined ? '' : valueLines.map(lineText).join(' ')].join(' ').trim(),
      height,
      spaceBefore: 0,
      keepWithNext: false,
      draw: (top) => [
        ...labelLines.flatMap((line, i) => lineCommands(line, MARGIN.left, top + firstBaseline + i * type.leading, type.size)),
        ...(value === undefined
          ? [{ kind: 'line' as const, x1: valueX, x2: MARGIN.left + CONTENT_WIDTH, y: PAGE.height - top - height + 4, thickness: 0.6, colour: 'rule' as const }]
          : valueLines.flatMap((line, i) => lineCommands(line, valueX, top + firstBaseline + i * type.leading, type.size))),
      ],
    },
  ]
}

function blockRows(block: Block, labelWidth: number, ctx: LayoutContext): Row[] {
  switch (block.type) {
    case 'heading': {
      // Kept with whatever comes next, even the sign-off after the last block.
      const rows = keepTogether(textRows(block.text, TYPE.heading, ctx, { x: MARGIN.left, width: CONTENT_WIDTH, role: 'heading' }))
      rows.at(-1)!.keepWithNext = true
      return rows
    }
    case 'paragraph':
      return guardOrphans(textRows(block.text, TYPE.body, ctx, { x: MARGIN.left, width: CONTENT_WIDTH }))
    case 'list':
      return listRows(block.items, block.ordered ?? false, ctx)
    case 'field':
      return fieldRows(block.label, block.value, labelWidth, ctx)
  }
}

/**
 * All the body blocks of a document. A heading keeps with the first two lines of what follows, so it is
 * never the last thing on a page.
 */
export function bodyRows(blocks: readonly Block[], ctx: LayoutContext): Row[] {
  const labelWidth = fieldLabelWidth(blocks, ctx)
  const rows: Row[] = []
  let previous: Block | undefined
  let afterHeading = false
  for (const block of blocks) {
    if (block.type === 'paragraph' && block.text.trim() === '') continue
    const own = blockRows(block, labelWidth, ctx)
    if (own.length === 0) continue
    own[0]!.spaceBefore = gapBefore(block, previous)
    if (afterHeading && own.length >= 2) own[0]!.keepWithNext = true
    rows.push(...own)
    afterHeading = block.type === 'heading'
    previous = block
  }
  return rows
}
