import { useEffect, useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { buttonClass } from '@/components/ui/button-styles'
import { publishDmRelays } from '@/commands/user-relays'
import { loadDmRelays, suggestedDmRelays } from '@/stores/dm-relays'
import { jobStatus } from '@/stores/publish-outbox'

type State =
  | { step: 'checking' | 'has-list' | 'hidden' }
  | { step: 'offer' | 'publishing' }
  | { step: 'done'; count: number }
  | { step: 'failed'; reason: string }

/**
 * Offers a person without a kind 10050 list to publish one: other apps read it to know where to
 * deliver their private messages.
 */
export function DmRelaysOffer({ pubkey }: { pubkey: string }) {
  const [state, setState] = useState<State>({ step: 'checking' })
  const relays = suggestedDmRelays()

  useEffect(() => {
    let live = true
    loadDmRelays(pubkey).then(
      (list) => live && setState({ step: list.length > 0 ? 'has-list' : 'offer' }),
      () => live && setState({ step: 'offer' }),
    )
    return () => {
      live = false
    }
  }, [pubkey])

  const publish = async () => {
    setState({ step: 'publishing' })
    try {
      const result = await publishDmRelays(relays)
      if (!result.ok) return setState({ step: 'failed', reason: result.reason })
      const status = result.job && jobStatus(result.job)
      if (!status || status.kind === 'published' || status.kind === 'partial') {
        return setState({ step: 'done', count: status?.accepted ?? relays.length })
      }
      setState({
        step: 'failed',
        reason:
          status.kind === 'refused'
            ? (status.reasons[0]?.reason ?? 'refused')
            : 'Waiting to publish: no relay has taken it yet; it is sent when one connects.',
      })
    } catch (error) {
      setState({ step: 'failed', reason: error instanceof Error ? error.message : String(error) })
    }
  }

  if (state.step === 'done') {
    return (
      <Alert tone="success" title="Your message relays are published">
        Other nostr apps now know where to deliver your messages ({state.count}{' '}
        {state.count === 1 ? 'relay' : 'relays'} stored the list).
      </Alert>
    )
  }
  if (state.step !== 'offer' && state.step !== 'publishing' && state.step !== 'failed') return null
  return (
    <Alert
      tone={state.step === 'failed' ? 'error' : 'info'}
      title={
        state.step === 'failed'
          ? 'Could not publish your message relays'
          : 'Tell others where to send you messages'
      }
      actions={
        <>
          <button
            type="button"
            className={buttonClass.primary}
            disabled={state.step === 'publishing' || relays.length === 0}
            onClick={() => void publish()}
          >
            {state.step === 'publishing' ? 'Publishing…' : 'Publish my message relays'}
          </button>
          <button
            type="button"
            className={buttonClass.ghost}
            disabled={state.step === 'publishing'}
            onClick={() => setState({ step: 'hidden' })}
          >
            Not now
          </button>
        </>
      }
    >
      {state.step === 'failed' && <p className="mb-1">{state.reason}</p>}
      You have no list of message relays yet (NIP-17, kind 10050). Apps read it to know where to
      deliver your private messages; without it they guess, and messages can go missing. One click
      publishes{' '}
      {relays.length > 0 ? <span className="break-all">{relays.join(', ')}</span> : 'your relays'}.
      You can change it later.
    </Alert>
  )
}
