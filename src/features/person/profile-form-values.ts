import type { Profile } from '@/nostr/profile'
import type { ProfileChanges } from '@/nostr/profile-edit'
import { checkProfileChanges } from '@/nostr/profile-edit'

/** What the profile form shows and the person types. */
export type ProfileFormValues = {
  name: string
  picture: string
  about: string
  lud16: string
  nip05: string
}

/** The form filled from the profile as the app read it (the name people see). */
export const profileFormValues = (profile: Profile | undefined): ProfileFormValues => ({
  name: profile?.displayName ?? profile?.name ?? '',
  picture: profile?.picture ?? '',
  about: profile?.about ?? '',
  lud16: profile?.lud16 ?? '',
  nip05: profile?.nip05 ?? '',
})

/**
 * Only the fields the person changed from what the form showed: an untouched field is not
 * written, so a value this app reads differently (or not at all) stays as another client wrote it.
 */
export const changedFields = (
  shown: ProfileFormValues,
  typed: ProfileFormValues,
): ProfileChanges => {
  const changes: ProfileChanges = {}
  for (const key of Object.keys(typed) as (keyof ProfileFormValues)[]) {
    if (typed[key].trim() !== shown[key].trim()) changes[key] = typed[key]
  }
  return changes
}

/** A problem with one field, to show beside it. */
export type ProfileProblem = { field: keyof ProfileFormValues; message: string }

/** The first problem with the changes, beside its field; undefined when they can be saved. */
export const profileFormProblem = (changes: ProfileChanges): ProfileProblem | undefined => {
  for (const [field, value] of Object.entries(changes) as [keyof ProfileFormValues, string][]) {
    const checked = checkProfileChanges({ [field]: value })
    if (!checked.ok) return { field, message: checked.reason }
  }
  return undefined
}
