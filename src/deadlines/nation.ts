/**
 * The nation a postcode is in. Apart from deadline.ts so that the journey's step table (in the first
 * page's bundle) can ask it without loading the bank holidays.
 */
import type { Nation } from '../directory/types.ts'

/** Scottish postcode areas. TD12 and TD15 reach over the border, so they say nothing for sure. */
const SCOTTISH_POSTCODE = /^(AB|DD|DG|EH|FK|G|HS|IV|KA|KW|KY|ML|PA|PH|TD|ZE)\d/i
const BORDER_POSTCODE = /^TD1[25]/i
/** Postcode areas wholly in Wales. Others that cross the border (CH, SY, HR, LD's edges) are left as England or Wales. */
const WELSH_POSTCODE = /^(CF|LL|NP|SA|LD)\d/i

/**
 * The nation a UK postcode is in, as far as it tells: 'uk' where it could be either side of a border,
 * or is not a UK postcode. England and Wales share bank holidays, so telling them apart matters less.
 */
export function nationOfPostcode(postcode: string | undefined): Nation {
  const p = (postcode ?? '').replace(/\s+/g, '').toUpperCase()
  if (!/^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(p)) return 'uk'
  if (BORDER_POSTCODE.test(p)) return 'uk'
  if (SCOTTISH_POSTCODE.test(p)) return 'scotland'
  if (p.startsWith('BT')) return 'northern-ireland'
  if (WELSH_POSTCODE.test(p)) return 'wales'
  return 'england'
}
