import { Skeleton } from '@/components/ui/skeleton'

/** The ticket page while the relays are asked. */
export function PageLoading() {
  return (
    <div role="status" aria-label="Loading the ticket" className="space-y-4">
      <Skeleton className="h-4 w-24" />
      <Skeleton className="h-8 w-3/4" />
      <Skeleton className="h-5 w-56" />
      <Skeleton className="h-48 w-full rounded-2xl" />
    </div>
  )
}
