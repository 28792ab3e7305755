/**
 * The one place the web app reads the clock. Everything below the UI is given the date; browser
 * tests pin the page's clock (Playwright's clock API), so they pass on any day.
 */
import { todayIso, type IsoDate } from '../dates/iso.ts'

export function today(): IsoDate {
  return todayIso(new Date())
}
