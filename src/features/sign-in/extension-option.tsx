import { buttonClass } from '@/components/ui/button-styles'
import { OptionCard } from './option-card'

type Props = { busy: boolean; disabled: boolean; error?: string; onUse: () => void }

/** Sign in with a NIP-07 browser extension such as Alby or nos2x. */
export function ExtensionOption({ busy, disabled, error, onUse }: Props) {
  return (
    <OptionCard
      id="sign-in-extension"
      title="Browser extension"
      description="Alby, nos2x and similar extensions keep your key and sign for you."
      error={error}
    >
      <button type="button" className={buttonClass.primary} disabled={disabled} onClick={onUse}>
        {busy ? 'Waiting for the extension…' : 'Use browser extension'}
      </button>
    </OptionCard>
  )
}
