import { useEffect, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { saveProfile } from '@/commands/profile'
import { commandFeedback } from '@/hooks/command-feedback'
import { Alert } from '@/components/ui/alert'
import { buttonClass } from '@/components/ui/button-styles'
import { SecretsNotice } from '@/components/ui/secrets-notice'
import { showToast } from '@/components/ui/toast-store'
import { useSecretsCheck } from '@/components/ui/use-secrets-check'
import type { Profile } from '@/nostr/profile'
import { PROFILE_ABOUT_MAX } from '@/nostr/profile-edit'
import { checkForSecrets } from '@/safety/secrets-guard'
import { ProfileField } from './profile-field'
import type { ProfileFormValues, ProfileProblem } from './profile-form-values'
import { changedFields, profileFormProblem, profileFormValues } from './profile-form-values'

type Props = {
  /** The profile as this device knows it; the form starts from it. */
  profile: Profile | undefined
  /** Closes the form (after saving or on Cancel). */
  onClose: () => void
}

const sameValues = (a: ProfileFormValues, b: ProfileFormValues) =>
  (Object.keys(a) as (keyof ProfileFormValues)[]).every((key) => a[key] === b[key])

/**
 * The signed-in person's own profile: name, picture, about, lightning address, NIP-05. Only what
 * they change is written; every other field of their profile stays as it is. On a refusal
 * everything typed stays in the form.
 */
export function ProfileEditor({ profile, onClose }: Props) {
  const [shown, setShown] = useState(() => profileFormValues(profile))
  const [values, setValues] = useState(shown)
  const [problem, setProblem] = useState<ProfileProblem>()
  const [failure, setFailure] = useState<string>()
  const [busy, setBusy] = useState(false)
  const first = useRef<HTMLInputElement>(null)
  const guard = useSecretsCheck(`${values.name}\n${values.about}`)
  const blocked = guard.verdict.verdict === 'block'

  useEffect(() => first.current?.focus(), [])
  // the profile may arrive after the form opened: take it while nothing was typed
  useEffect(() => {
    const latest = profileFormValues(profile)
    if (sameValues(values, shown) && !sameValues(latest, shown)) {
      setShown(latest)
      setValues(latest)
    }
  }, [profile, shown, values])

  const change = (field: keyof ProfileFormValues) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }))
    setFailure(undefined)
    if (problem?.field === field) setProblem(undefined)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    const changes = changedFields(shown, values)
    if (Object.keys(changes).length === 0) return onClose()
    const found = profileFormProblem(changes)
    if (found) return setProblem(found)
    if (checkForSecrets(`${values.name}\n${values.about}`).verdict === 'block') {
      return setFailure('Remove the secret highlighted above first. Nothing was sent.')
    }
    setBusy(true)
    const result = await saveProfile(changes)
    setBusy(false)
    if (!result.ok) return setFailure(result.reason)
    showToast(commandFeedback(result, 'Your profile is saved.'))
    onClose()
  }

  const field = (name: keyof ProfileFormValues) => ({
    value: values[name],
    onChange: change(name),
    error: problem?.field === name ? problem.message : undefined,
  })

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-busy={busy}
      aria-labelledby="edit-profile-heading"
      className="space-y-5 rounded-2xl border border-stone-200 bg-white p-4 sm:p-6 dark:border-stone-800 dark:bg-stone-900"
    >
      <h2 id="edit-profile-heading" className="text-lg font-bold">
        Edit your profile
      </h2>
      <ProfileField id="profile-name" label="Name" inputRef={first} {...field('name')} />
      <ProfileField
        id="profile-picture"
        label="Picture"
        hint="The https:// address of an image."
        type="url"
        {...field('picture')}
      />
      <ProfileField
        id="profile-about"
        label="About"
        hint="A few lines on who you are and what you know. Shown as plain text."
        multiline
        maxLength={PROFILE_ABOUT_MAX}
        {...field('about')}
      />
      <ProfileField
        id="profile-lud16"
        label="Lightning address"
        hint="Where you are paid by zap, e.g. you@your-wallet.com."
        type="email"
        {...field('lud16')}
      />
      <ProfileField
        id="profile-nip05"
        label="NIP-05 address"
        hint="name@domain; shown as verified only when that domain's nostr.json lists your key."
        type="email"
        {...field('nip05')}
      />
      <p className="text-xs text-stone-500 dark:text-stone-400">
        Everything else in your profile (website, banner, fields other apps write) is kept as it is.
      </p>
      <SecretsNotice
        verdict={guard.verdict}
        text={guard.checkedText}
        refusal="Saving is switched off until you remove it. Nothing has been sent."
      />
      {failure && (
        <Alert tone="error" title="Your profile was not saved">
          <span className="[overflow-wrap:anywhere]">{failure}</span> Everything you typed is still
          here.
        </Alert>
      )}
      <div className="flex flex-wrap gap-3 border-t border-stone-200 pt-5 dark:border-stone-800">
        <button
          type="submit"
          disabled={busy}
          aria-disabled={blocked || undefined}
          className={`${buttonClass.primary} aria-disabled:cursor-not-allowed aria-disabled:opacity-50`}
        >
          {busy ? 'Saving…' : 'Save profile'}
        </button>
        <button type="button" onClick={onClose} disabled={busy} className={buttonClass.secondary}>
          Cancel
        </button>
      </div>
    </form>
  )
}
