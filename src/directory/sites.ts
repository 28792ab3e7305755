/**
 * Whose site a web address is on. Used by the import (to mark each detail's source as the body's own
 * site or another) and by the pages (to decide what may be shown as official).
 */

/** Hosts run by the public sector; a page there is official, though not always this body's own. */
const OFFICIAL = /(^|\.)(gov\.uk|police\.uk|gov\.scot|gov\.wales|llyw\.cymru|nhs\.uk|parliament\.uk|mod\.uk)$/
/** Second-level suffixes under which a site's own name is the third label from the right. */
const TWO_LEVEL = /\.(gov|police|co|org|ac|nhs|sch|ltd|plc|net|me|mod)\.uk$/

/** The host of a web address, without "www.", or undefined when it is not one. */
export function hostOf(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.toLowerCase()
    return host === '' ? undefined : host.replace(/^www\./, '')
  } catch {
    return undefined
  }
}

/** The part of a host name a site's owner holds: "www.letstalk.lincolnshire.gov.uk" -> "lincolnshire.gov.uk". */
export function siteDomain(url: string): string | undefined {
  const host = hostOf(url)
  if (!host) return undefined
  return host.split('.').slice(TWO_LEVEL.test(host) ? -3 : -2).join('.')
}

/** True when the address is on a public-sector domain (gov.uk, police.uk, gov.scot and the like). */
export function isPublicSector(url: string): boolean {
  const host = hostOf(url)
  return host !== undefined && OFFICIAL.test(host)
}

/** True when both addresses are on the same site (the same owner's domain). */
export function sameSite(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false
  const da = siteDomain(a)
  return da !== undefined && da === siteDomain(b)
}
