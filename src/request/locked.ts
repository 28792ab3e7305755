/**
 * A locked answers file: the request file's text, encrypted with a passphrase, inside a small JSON
 * envelope (README, "Locked answers files"). WebCrypto only, so the same code runs in the browser and
 * in Node 20+. The key comes from the passphrase through PBKDF2-HMAC-SHA256 (600,000 iterations, the
 * OWASP 2023 figure, and a random 16-byte salt); the text is sealed with AES-256-GCM and a random
 * 12-byte IV, so any change to the file makes it fail to open rather than open wrong.
 *
 * Reading never throws: a wrong passphrase and a changed file get the same plain sentence (GCM cannot
 * tell them apart), and an envelope that is not one of ours, or that asks for more work than any file
 * we make would, gets another, before any key is derived.
 */
import { message } from './errors.ts'

export const LOCKED_MARK = 'locked-answers'
export const LOCKED_VERSION = 1
/** OWASP Password Storage Cheat Sheet (2023): PBKDF2-HMAC-SHA256, 600,000 iterations. */
export const LOCK_ITERATIONS = 600_000
/**
 * The most a file may ask for. Files we make ask for LOCK_ITERATIONS; this leaves room to raise that
 * later, while a hostile file cannot keep the app busy for minutes (a billion would).
 */
export const MAX_ITERATIONS = 2_000_000
const SALT_BYTES = 16
const IV_BYTES = 12
/** GCM's authentication tag: even an empty text is this long once sealed. */
const TAG_BYTES = 16
/** Binds the sealed text to this kind of file: data cut from another use of the same key does not open. */
const ASSOCIATED = new TextEncoder().encode(`what-they-hold/${LOCKED_MARK}/${LOCKED_VERSION}`)

export interface LockedEnvelope {
  whatTheyHold: typeof LOCKED_MARK
  version: typeof LOCKED_VERSION
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string }
  cipher: { name: 'AES-GCM'; iv: string }
  data: string
}

export type UnlockResult = { ok: true; text: string } | { ok: false; reason: 'wrong-passphrase' | 'damaged'; message: string }

export interface LockOptions {
  /** Test hook only: fewer iterations make tests fast. Files for people always use LOCK_ITERATIONS. */
  iterations?: number
}

function subtle(): SubtleCrypto {
  return globalThis.crypto.subtle
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** Strict: only the standard alphabet with its padding, so a stray character is caught here, not by atob's leniency. */
function fromBase64(text: unknown): Uint8Array | undefined {
  if (typeof text !== 'string' || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined
  try {
    const binary = atob(text)
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
    return bytes
  } catch {
    return undefined
  }
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number, use: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  // NFC: the same passphrase typed on a phone and a laptop can arrive in different Unicode forms.
  const material = await subtle().importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey'])
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [use])
}

/** Whether a file's text is a locked envelope (of any version), so the reader knows to ask for the passphrase. */
export function isLocked(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  // Cheap before parsing: a plain request file never starts this way.
  if (!/^\s*\{/.test(body) || !body.includes(LOCKED_MARK)) return false
  try {
    const json: unknown = JSON.parse(body)
    return typeof json === 'object' && json !== null && (json as { whatTheyHold?: unknown }).whatTheyHold === LOCKED_MARK
  } catch {
    return false
  }
}

/** Locks a file's text with a passphrase; returns the envelope as the text of the file to save. */
export async function lockText(text: string, passphrase: string, options: LockOptions = {}): Promise<string> {
  const iterations = options.iterations ?? LOCK_ITERATIONS
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES))
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const key = await deriveKey(passphrase, salt, iterations, 'encrypt')
  const sealed = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: ASSOCIATED }, key, new TextEncoder().encode(text)))
  const envelope: LockedEnvelope = {
    whatTheyHold: LOCKED_MARK,
    version: LOCKED_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(sealed),
  }
  return `${JSON.stringify(envelope, null, 2)}\n`
}

const damaged = (): UnlockResult => ({ ok: false, reason: 'damaged', message: message('lockedDamaged') })

interface Checked {
  iterations: number
  salt: Uint8Array
  iv: Uint8Array
  data: Uint8Array
}

/** Every field checked before any work is done: a hostile envelope costs nothing. */
function checkEnvelope(text: string): Checked | undefined {
  let json: unknown
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    return undefined
  }
  if (typeof json !== 'object' || json === null) return undefined
  const e = json as Partial<Record<keyof LockedEnvelope, unknown>>
  if (e.whatTheyHold !== LOCKED_MARK || e.version !== LOCKED_VERSION) return undefined
  const kdf = e.kdf as Partial<LockedEnvelope['kdf']> | undefined
  const cipher = e.cipher as Partial<LockedEnvelope['cipher']> | undefined
  if (typeof kdf !== 'object' || kdf === null || kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256') return undefined
  if (typeof cipher !== 'object' || cipher === null || cipher.name !== 'AES-GCM') return undefined
  const iterations = kdf.iterations
  if (typeof iterations !== 'number' || !Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) return undefined
  const salt = fromBase64(kdf.salt)
  const iv = fromBase64(cipher.iv)
  const data = fromBase64(e.data)
  if (salt?.length !== SALT_BYTES || iv?.length !== IV_BYTES || !data || data.length < TAG_BYTES) return undefined
  return { iterations, salt, iv, data }
}

/** Opens a locked file's text with the passphrase: the request file's text, or why it cannot be opened. */
export async function unlockText(text: string, passphrase: string): Promise<UnlockResult> {
  const checked = checkEnvelope(text)
  if (!checked) return damaged()
  let plain: ArrayBuffer
  try {
    const key = await deriveKey(passphrase, checked.salt, checked.iterations, 'decrypt')
    plain = await subtle().decrypt({ name: 'AES-GCM', iv: checked.iv as BufferSource, additionalData: ASSOCIATED }, key, checked.data as BufferSource)
  } catch {
    // GCM's check failed: the wrong passphrase, or the file was changed. Neither can be told from the other.
    return { ok: false, reason: 'wrong-passphrase', message: message('lockedWrongPassphrase') }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) }
  } catch {
    return damaged()
  }
}
