import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { displayName } from '@/components/ui/display-name'
import type { Profile } from '@/nostr/profile'

type Props = {
  open: boolean
  /** The amount, written out ("2,100 sats"). */
  amount: string
  payee?: Profile
  payeeKey: string
  purpose: string
  /** How it will be paid, in plain words. */
  how: string
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
}

/** The one question before money moves: how much, to whom, for what, and how. */
export function PayConfirm({ open, amount, payee, payeeKey, purpose, how, ...actions }: Props) {
  return (
    <ConfirmDialog
      open={open}
      title={`Pay ${amount}?`}
      body={
        <dl className="space-y-1">
          <div>
            <dt className="inline font-semibold">To: </dt>
            <dd className="inline">{displayName(payeeKey, payee)}</dd>
          </div>
          <div>
            <dt className="inline font-semibold">For: </dt>
            <dd className="inline">{purpose}</dd>
          </div>
          <div>
            <dt className="inline font-semibold">How: </dt>
            <dd className="inline">{how}</dd>
          </div>
        </dl>
      }
      confirmLabel={`Pay ${amount}`}
      {...actions}
    />
  )
}
