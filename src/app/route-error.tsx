import { isRouteErrorResponse, useRouteError } from 'react-router'
import { ErrorPanel } from '@/components/ui/error-panel'
import { errorMessage } from '@/components/ui/error-message'
import { NotFoundPage } from './not-found-page'

/** A lazily loaded page that cannot be fetched: usually the app was updated or went offline. */
const isChunkError = (error: unknown) =>
  error instanceof Error &&
  /dynamically imported module|Importing a module script failed|Loading chunk/i.test(error.message)

/** The `errorElement` of every route: a readable message with "Try again" and "Go to feed". */
export function RouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />
  const message = isChunkError(error)
    ? 'This page could not be loaded. You may be offline, or a new version of the app was published. Check your connection and try again.'
    : isRouteErrorResponse(error)
      ? `${error.status} ${error.statusText}`
      : errorMessage(error)
  return (
    <div className="px-4 py-6">
      <ErrorPanel message={message} onRetry={() => window.location.reload()} />
    </div>
  )
}
