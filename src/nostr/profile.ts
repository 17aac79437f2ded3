import type { NostrEvent } from 'nostr-tools'
import { readBasics } from './event-shape'
import { Kind } from './kinds'
import type { ReadResult } from './read-result'
import { accept, reject } from './read-result'
import { safeImageUrl, safeLinkUrl } from './safe-url'

/** A kind 0 profile, reduced to the fields this app shows, every URL checked. */
export type Profile = {
  pubkey: string
  name?: string
  displayName?: string
  /** http(s) only. */
  picture?: string
  about?: string
  nip05?: string
  lud16?: string
  /** http(s) or nostr: only. */
  website?: string
  createdAt?: number
}

const text = (value: unknown, max = 2000): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined

/** name@domain, as lud16 and nip05 are written. */
const nameAtDomain = (value: unknown): string | undefined => {
  const address = text(value, 320)?.toLowerCase()
  return address && /^[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(address) ? address : undefined
}

/** Reads NIP-01 kind 0 metadata; rejects content that is not a JSON object. */
export const readProfile = (event: NostrEvent): ReadResult<Profile> => {
  const basics = readBasics(event, Kind.Profile, 'a profile (0)')
  if (!basics.ok) return basics
  let data: unknown
  try {
    data = JSON.parse(basics.value.content)
  } catch {
    return reject('its content is not JSON')
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return reject('its content is not a JSON object')
  const fields = data as Record<string, unknown>
  const profile: Profile = { pubkey: basics.value.pubkey, createdAt: basics.value.createdAt }
  const set = <K extends keyof Profile>(key: K, value: Profile[K] | undefined) => {
    if (value !== undefined) profile[key] = value
  }
  set('name', text(fields.name, 100))
  set('displayName', text(fields.display_name, 100) ?? text(fields.displayName, 100))
  set('picture', safeImageUrl(fields.picture))
  set('about', text(fields.about))
  set('nip05', nameAtDomain(fields.nip05))
  set('lud16', nameAtDomain(fields.lud16))
  set('website', safeLinkUrl(fields.website))
  return accept(profile)
}

/** The name to show: display name, else name, else a short pubkey. */
export const profileName = (profile: Pick<Profile, 'pubkey' | 'name' | 'displayName'>): string =>
  profile.displayName ?? profile.name ?? `${profile.pubkey.slice(0, 8)}…`
