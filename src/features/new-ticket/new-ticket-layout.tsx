import type { ReactNode } from 'react'
import { PageHeading } from '@/components/ui/page-heading'
import { useSession } from '@/stores/session'
import { SignInCallout } from './sign-in-callout'
import { TicketTips } from './ticket-tips'

/** The page frame: heading, the sign-in call for signed-out people, the form and the tips. */
export function NewTicketLayout(props: { title: string; intro: string; children: ReactNode }) {
  const signedOut = useSession((state) => state.status === 'signed-out')
  return (
    <>
      <PageHeading title={props.title} description={props.intro} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 space-y-6">
          {signedOut && <SignInCallout />}
          {props.children}
        </div>
        <TicketTips />
      </div>
    </>
  )
}
