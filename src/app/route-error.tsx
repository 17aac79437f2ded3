import { Component } from 'react'
import type { ErrorInfo, ReactNode } from 'react'
import { ErrorPanel } from '@/components/ui/error-panel'
import { errorMessage } from '@/components/ui/error-message'

/** A lazily loaded page that cannot be fetched: usually the app was updated or went offline. */
export const isChunkError = (error: unknown): boolean =>
  error instanceof Error &&
  /dynamically imported module|Importing a module script failed|Loading chunk|module script/i.test(
    error.message,
  )

const CHUNK_MESSAGE =
  'Its code could not be downloaded. You may be offline, or a new version of the app was published. Check your connection and try again.'

type Props = { children: ReactNode }
type State = { error: unknown; failed: boolean }

/**
 * The error boundary around each page. The shell keys it by path, so an error is forgotten when
 * the person navigates away. "Try again" re-renders the page; a page whose code could not be
 * downloaded is fetched again by reloading, since the failed download is remembered otherwise.
 */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, failed: false }

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Page error', error, info.componentStack)
  }

  override render() {
    if (!this.state.failed) return this.props.children
    const chunk = isChunkError(this.state.error)
    return (
      <ErrorPanel
        title={chunk ? 'This page did not load' : 'Something went wrong on this page'}
        message={chunk ? CHUNK_MESSAGE : errorMessage(this.state.error)}
        onRetry={
          chunk
            ? () => window.location.reload()
            : () => this.setState({ error: undefined, failed: false })
        }
      />
    )
  }
}
