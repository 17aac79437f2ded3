import { acceptOffer } from '@/commands/tickets'
import { Alert } from '@/components/ui/alert'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { displayName } from '@/components/ui/display-name'
import { useProfile } from '@/hooks/use-profile'
import type { Offer } from '@/nostr/offer'
import type { Ticket } from '@/nostr/ticket'
import { describePrice } from '@/components/ui/price-text'
import { useCommand } from '@/hooks/use-command'

type Props = { ticket: Ticket; offer?: Offer; onClose: () => void }

/** "Accept this offer?" with who, the price and what happens next. */
export function AcceptDialog({ ticket, offer, onClose }: Props) {
  const profile = useProfile(offer?.pubkey)
  const command = useCommand()
  const name = offer ? displayName(offer.pubkey, profile) : ''
  const price = offer ? describePrice(offer.pricing) : undefined
  const others = offer ? 'Other offers on this ticket lose.' : ''
  const close = () => {
    command.clearError()
    onClose()
  }
  const accept = async () => {
    if (!offer) return
    const ok = await command.run(() => acceptOffer(ticket, offer), `You accepted ${name}'s offer.`)
    if (ok) close()
  }
  return (
    <ConfirmDialog
      open={offer !== undefined}
      title={`Accept ${name}'s offer?`}
      body={
        <>
          <p>
            Price:{' '}
            <strong className="text-stone-900 dark:text-stone-100">
              {price?.main} ({price?.detail.toLowerCase()})
            </strong>
          </p>
          <p className="mt-2">
            The ticket goes In progress and names {name} as your troubleshooter;{' '}
            {others.toLowerCase()} Pay only what this offer says, and never share seed words or
            keys.
          </p>
          {command.error && (
            <div className="mt-3">
              <Alert tone="error" title="The offer was not accepted">
                {command.error}
              </Alert>
            </div>
          )}
        </>
      }
      confirmLabel="Accept offer"
      busy={command.busy}
      onConfirm={() => void accept()}
      onCancel={close}
    />
  )
}
