import { useState } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { formatSats } from '@/components/ui/format-sats'
import { disconnectWallet, refreshBalance } from '@/commands/wallet'
import type { WalletInfo } from '@/wallet/nwc'

type Props = { info: WalletInfo; balanceMsats?: number; balanceProblem?: string }

/** What this app may ask the wallet, in words (NIP-47 method names otherwise). */
const METHOD_WORDS: Readonly<Record<string, string>> = {
  pay_invoice: 'pay invoices',
  get_balance: 'read the balance',
  make_invoice: 'create invoices',
  lookup_invoice: 'look up payments',
  list_transactions: 'list payments',
  get_info: 'read its name',
}

/** The connected wallet: name, balance, what it allows, and disconnecting. */
export function WalletCard({ info, balanceMsats, balanceProblem }: Props) {
  const [confirming, setConfirming] = useState(false)
  const allowed = info.methods.map((method) => METHOD_WORDS[method] ?? method)
  return (
    <section
      aria-labelledby="wallet-name"
      className="rounded-2xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900"
    >
      <p className="text-xs font-semibold tracking-wide text-emerald-700 uppercase dark:text-emerald-400">
        Connected
      </p>
      <h2 id="wallet-name" className="mt-1 text-lg font-semibold">
        {info.alias ?? 'Your lightning wallet'}
      </h2>
      <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-stone-500 dark:text-stone-400">Balance</dt>
          <dd className="mt-0.5 text-base font-semibold tabular-nums" aria-live="polite">
            {balanceMsats !== undefined
              ? formatSats(Math.floor(balanceMsats / 1000))
              : (balanceProblem ?? 'Asking your wallet…')}
          </dd>
        </div>
        <div>
          <dt className="text-stone-500 dark:text-stone-400">Encryption</dt>
          <dd className="mt-0.5">
            {info.encryption === 'nip44_v2' ? 'NIP-44' : 'NIP-04 (older, weaker)'}
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-stone-500 dark:text-stone-400">This app may</dt>
          <dd className="mt-0.5">{allowed.length > 0 ? allowed.join(', ') : 'nothing yet'}</dd>
        </div>
      </dl>
      <p className="mt-4 text-xs text-stone-500 dark:text-stone-400">
        The connection string stays on this device, encrypted. Every payment asks you first.
      </p>
      <div className="mt-4 flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonClass.secondary}
          onClick={() => void refreshBalance()}
        >
          Refresh balance
        </button>
        <button type="button" className={buttonClass.secondary} onClick={() => setConfirming(true)}>
          Disconnect
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Disconnect this wallet?"
        body="This device forgets the connection string. To pay again you will paste it (or a new one) again. Revoke it in your wallet too if you no longer use it."
        confirmLabel="Disconnect"
        onConfirm={() => {
          setConfirming(false)
          void disconnectWallet()
        }}
        onCancel={() => setConfirming(false)}
      />
    </section>
  )
}
