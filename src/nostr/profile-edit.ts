import type { EventTemplate, NostrEvent } from 'nostr-tools'
import { Kind } from './kinds'
import type { ReadResult } from './read-result'
import { accept, reject } from './read-result'
import { copyTags } from './tags'

/**
 * Editing one's own kind 0 (NIP-01, NIP-24) without losing anything: the newest profile's JSON is
 * kept field by field — every key this app does not edit (website, banner, a client's own keys)
 * with its value as written — and only the fields the person changed are set or removed.
 */

/** The fields the app edits. A field left out is not touched; '' removes it from the profile. */
export type ProfileChanges = {
  name?: string
  /** https only. */
  picture?: string
  about?: string
  /** Lightning address, name@domain (LUD-16). */
  lud16?: string
  /** NIP-05 address, name@domain. */
  nip05?: string
}

/** The longest name and about the profile reader shows in full (see profile.ts). */
export const PROFILE_NAME_MAX = 100
export const PROFILE_ABOUT_MAX = 2000

const NAME_AT_DOMAIN = /^[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]{2,}$/

const isHttpsImage = (value: string): boolean => {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' && url.hostname !== '' && !url.username && !url.password
  } catch {
    return false
  }
}

/** Trimmed changes (addresses lowercased), or the first reason one cannot be published. */
export const checkProfileChanges = (changes: ProfileChanges): ReadResult<ProfileChanges> => {
  const clean: ProfileChanges = {}
  const { name, picture, about, lud16, nip05 } = changes
  if (name !== undefined) {
    clean.name = name.trim()
    if (Array.from(clean.name).length > PROFILE_NAME_MAX)
      return reject(`The name is longer than ${PROFILE_NAME_MAX} characters.`)
  }
  if (picture !== undefined) {
    clean.picture = picture.trim()
    if (clean.picture && (clean.picture.length > 2048 || !isHttpsImage(clean.picture)))
      return reject('The picture must be an https:// address of an image.')
  }
  if (about !== undefined) {
    clean.about = about.trim()
    if (Array.from(clean.about).length > PROFILE_ABOUT_MAX)
      return reject(`The about text is longer than ${PROFILE_ABOUT_MAX} characters.`)
  }
  for (const [key, what] of [
    ['lud16', 'lightning address'],
    ['nip05', 'NIP-05 address'],
  ] as const) {
    const value = { lud16, nip05 }[key]
    if (value === undefined) continue
    clean[key] = value.trim().toLowerCase()
    if (clean[key] && !NAME_AT_DOMAIN.test(clean[key] ?? ''))
      return reject(`The ${what} must look like name@example.com.`)
  }
  return accept(clean)
}

/** The JSON object of a kind 0's content, or why it is not one. */
const contentObject = (event: NostrEvent | undefined): ReadResult<Record<string, unknown>> => {
  if (!event) return accept({})
  try {
    const data: unknown = JSON.parse(event.content)
    if (typeof data === 'object' && data !== null && !Array.isArray(data))
      return accept(data as Record<string, unknown>)
  } catch {
    // falls through to the refusal
  }
  return reject(
    'Your current profile is not a JSON object, so editing it here could lose what it holds.',
  )
}

/**
 * The new kind 0 for `changes` over `current` (the newest profile the person published, or
 * undefined when they have none). Keeps every other key and every tag but `client` (it named the
 * app that wrote the old version); a changed name is also written to `display_name` when the
 * profile has one, so the new name is the one clients show. Dated after `current` even if its
 * clock ran ahead, so the edit wins.
 */
export const editProfile = (
  current: NostrEvent | undefined,
  changes: ProfileChanges,
  now: number,
): ReadResult<EventTemplate> => {
  if (current && current.kind !== Kind.Profile) return reject('That is not a profile (kind 0).')
  const checked = checkProfileChanges(changes)
  if (!checked.ok) return checked
  const object = contentObject(current)
  if (!object.ok) return object
  const fields = { ...object.value }
  const set = (key: string, value: string) => {
    if (value === '') delete fields[key]
    else fields[key] = value
  }
  const { name, picture, about, lud16, nip05 } = checked.value
  if (name !== undefined) {
    set('name', name)
    const hasDisplayName =
      typeof fields.display_name === 'string' || typeof fields.displayName === 'string'
    if (hasDisplayName) set('display_name', name)
  }
  if (picture !== undefined) set('picture', picture)
  if (about !== undefined) set('about', about)
  if (lud16 !== undefined) set('lud16', lud16)
  if (nip05 !== undefined) set('nip05', nip05)
  return accept({
    kind: Kind.Profile,
    created_at: Math.max(now, (current?.created_at ?? 0) + 1),
    // a `client` tag (NIP-89) names the app that published the old version, not this edit
    tags: current ? copyTags(current.tags).filter((tag) => tag[0] !== 'client') : [],
    content: JSON.stringify(fields),
  })
}
