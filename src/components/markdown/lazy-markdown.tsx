import { Suspense, lazy } from 'react'
import { UserText } from '@/components/ui/user-text'

const Markdown = lazy(() => import('./markdown'))

type Props = { text: string; className?: string }

/**
 * `<Markdown>` loaded on first use. Until the renderer arrives the text shows as plain,
 * pre-wrapped text, so nothing jumps or goes blank.
 */
export function LazyMarkdown({ text, className = '' }: Props) {
  return (
    <Suspense
      fallback={
        <UserText as="div" preWrap className={`leading-relaxed ${className}`}>
          {text}
        </UserText>
      }
    >
      <Markdown text={text} className={className} />
    </Suspense>
  )
}
