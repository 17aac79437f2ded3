import { Suspense, lazy } from 'react'
import { ShowMore } from '@/components/ui/show-more'
import { UserText } from '@/components/ui/user-text'

const Markdown = lazy(() => import('./markdown'))

type Props = {
  text: string
  className?: string
  /** Characters the reader cut off (e.g. `ticket.descriptionCut`), said below the text. */
  shortenedBy?: number
}

/**
 * `<Markdown>` loaded on first use. Until the renderer arrives the text shows as plain,
 * pre-wrapped text, so nothing jumps or goes blank. A long text shows its start first, with
 * "Show more" (see `ShowMore`).
 */
export function LazyMarkdown({ text, className = '', shortenedBy }: Props) {
  return (
    <ShowMore text={text} shortenedBy={shortenedBy}>
      {(shown) => (
        <Suspense
          fallback={
            <UserText as="div" preWrap className={`leading-relaxed ${className}`}>
              {shown}
            </UserText>
          }
        >
          <Markdown text={shown} className={className} />
        </Suspense>
      )}
    </ShowMore>
  )
}
