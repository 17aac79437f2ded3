import { Component } from 'react'
import type { ErrorInfo, ReactNode } from 'react'
import { errorMessage } from './error-message'
import { ErrorPanel } from './error-panel'

type Props = { children: ReactNode; title?: string }
type State = { error: unknown; failed: boolean }

/**
 * Catches a render error in part of the screen and shows it with "Try again" (re-renders the
 * children) and "Go to feed", so one broken widget never blanks the whole app.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, failed: false }

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Render error', error, info.componentStack)
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return (
      <ErrorPanel
        title={this.props.title}
        message={errorMessage(this.state.error)}
        onRetry={() => this.setState({ error: undefined, failed: false })}
      />
    )
  }
}
