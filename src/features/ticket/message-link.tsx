import { Link } from '@/components/router'
import { buttonClass } from '@/components/ui/button-styles'
import { threadPath } from '@/components/ui/thread-path'
import type { Address } from '@/nostr/address'

/** Opens the private thread with `person` about this ticket. */
export function MessageLink({ person, ticket }: { person: string; ticket: Address }) {
  return (
    <Link to={threadPath(person, ticket)} className={buttonClass.secondary}>
      Message
    </Link>
  )
}
