import { Link } from '@/components/router'
import { Alert } from '@/components/ui/alert'
import { buttonClass } from '@/components/ui/button-styles'
import { PageHeading } from '@/components/ui/page-heading'
import { Skeleton } from '@/components/ui/skeleton'
import { useCard } from '@/hooks/use-cards'
import { useSession } from '@/stores/session'
import { CardEditor } from './card-editor'
import { emptyCardForm, formFromCard, readKeptCardDraft } from './card-form-values'
import { deviceStorage } from '@/storage/device-storage'
import { draftKey, readDraft } from '@/storage/drafts'

function EditorSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading your card" className="space-y-5">
      <Skeleton className="h-10 w-full" />
      <Skeleton className="h-20 w-full" />
      <Skeleton className="h-16 w-64" />
      <Skeleton className="h-40 w-full" />
    </div>
  )
}

function MyCard({ pubkey }: { pubkey: string }) {
  const { card, loading } = useCard(pubkey)
  if (loading) return <EditorSkeleton />
  // what was typed and not yet saved wins over the published card
  const kept = readKeptCardDraft(readDraft(deviceStorage(), draftKey('card', pubkey)))
  return (
    <CardEditor
      key={card ? 'existing' : 'new'}
      initial={kept ?? (card ? formFromCard(card) : emptyCardForm())}
      isNew={!card}
      draftKey={draftKey('card', pubkey)}
    />
  )
}

/** `/troubleshooters?edit=me` — the signed-in troubleshooter writes or updates their card. */
export function MyCardSection() {
  const { status, pubkey } = useSession()
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeading
        title="Your troubleshooter card"
        description="How Bitcoiners find you in the directory and ask you for help directly."
      />
      {status === 'signed-in' && pubkey ? (
        <MyCard pubkey={pubkey} />
      ) : status === 'signed-out' ? (
        <Alert
          title="Sign in to write your card"
          actions={
            <>
              <Link to="/sign-in" className={buttonClass.primary}>
                Sign in
              </Link>
              <Link to="/troubleshooters" className={buttonClass.secondary}>
                Back to the directory
              </Link>
            </>
          }
        >
          Your card is published with your nostr key, so it needs your signature.
        </Alert>
      ) : (
        <EditorSkeleton />
      )}
    </div>
  )
}
