/** Page geometry and type sizes, in PDF points (1/72 inch). */

const MM = 72 / 25.4

/** A4 portrait. */
export const PAGE = { width: 595.28, height: 841.89 } as const

export const MARGIN = { left: 25 * MM, right: 25 * MM, top: 20 * MM, bottom: 22 * MM } as const

export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right

/** Baseline of "Page N of M", measured up from the bottom edge. */
export const FOOTER_BASELINE = 11 * MM

export interface TypeStyle {
  size: number
  /** Distance from one baseline to the next. */
  leading: number
  bold?: boolean
}

export const TYPE = {
  body: { size: 10.5, leading: 14.2 },
  address: { size: 10.5, leading: 13.6 },
  heading: { size: 12, leading: 16, bold: true },
  title: { size: 18, leading: 23, bold: true },
  banner: { size: 10.5, leading: 14, bold: true },
  footer: { size: 8, leading: 10 },
} as const satisfies Record<string, TypeStyle>

/** Vertical gaps between parts of a document. */
export const GAP = {
  paragraph: 7,
  listItem: 3,
  beforeHeading: 13,
  afterHeading: 3,
  afterAddress: 22,
  beforeDate: 16,
  beforeSalutation: 20,
  beforeSubject: 10,
  afterSubject: 10,
  afterTitle: 8,
  beforeSignOff: 14,
  signature: 40,
  beforeEnclosures: 18,
  field: 8,
} as const

/** The shaded box behind a cover sheet's banner. */
export const BANNER_PADDING = 8

export const COLOURS = {
  ink: [0.08, 0.08, 0.1],
  muted: [0.4, 0.4, 0.43],
  rule: [0.45, 0.45, 0.48],
  shade: [0.92, 0.92, 0.93],
} as const satisfies Record<string, readonly [number, number, number]>

export type Colour = keyof typeof COLOURS
