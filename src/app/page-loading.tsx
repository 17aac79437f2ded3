import { Skeleton } from '@/components/ui/skeleton'

/** What a page shows while its code loads. */
export function PageLoading() {
  return (
    <div role="status" aria-label="Loading" className="space-y-4">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-4 w-72 max-w-full" />
      <Skeleton className="h-32 w-full" />
    </div>
  )
}
