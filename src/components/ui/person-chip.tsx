import { useProfile } from '@/hooks/use-profile'
import { Avatar } from './avatar'
import { displayName } from './display-name'

type Props = { pubkey: string; size?: 'sm' | 'md'; className?: string }

/** A person's picture and name, loaded from their kind 0 profile on demand. */
export function PersonChip({ pubkey, size = 'sm', className = '' }: Props) {
  const profile = useProfile(pubkey)
  const name = displayName(pubkey, profile)
  return (
    <span className={`inline-flex min-w-0 items-center gap-2 ${className}`}>
      <Avatar pubkey={pubkey} picture={profile?.picture} name={name} size={size} />
      <span dir="auto" className="min-w-0 truncate">
        {name}
      </span>
    </span>
  )
}
