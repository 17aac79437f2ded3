import type { ReactNode } from 'react'
import { Avatar } from '@/components/ui/avatar'
import { displayName } from '@/components/ui/display-name'
import { UserText } from '@/components/ui/user-text'
import type { Profile } from '@/nostr/profile'
import { Nip05Status } from './nip05-status'

type Props = {
  pubkey: string
  profile: Profile | undefined
  /** "Edit profile" for oneself, mute and report for others. */
  actions?: ReactNode
}

/** Picture (or a coloured initial), name, handle and NIP-05 with its check, and the actions. */
export function PersonHeader({ pubkey, profile, actions }: Props) {
  const name = displayName(pubkey, profile)
  return (
    <header className="flex flex-col items-center gap-4 text-center sm:flex-row sm:items-start sm:text-left">
      <Avatar pubkey={pubkey} picture={profile?.picture} name={name} size="lg" />
      <div className="min-w-0 flex-1 space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">
          <UserText lines={2}>{name}</UserText>
        </h1>
        {profile?.name && profile.displayName && profile.name !== profile.displayName && (
          <UserText as="p" lines={1} className="text-sm text-stone-500">
            @{profile.name}
          </UserText>
        )}
        {profile?.nip05 && <Nip05Status nip05={profile.nip05} pubkey={pubkey} />}
      </div>
      {actions && <div className="flex shrink-0 flex-wrap justify-center gap-2">{actions}</div>}
    </header>
  )
}
