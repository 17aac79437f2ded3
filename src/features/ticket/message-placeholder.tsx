import { useId } from 'react'
import { buttonClass } from '@/components/ui/button-styles'

const WHY =
  'Private messages arrive with the messages update; until then, this button does nothing.'

/** A "Message" button that says why it does not work yet (hover, focus or screen reader). */
export function MessagePlaceholder() {
  const id = useId()
  return (
    <>
      <button
        type="button"
        aria-disabled="true"
        aria-describedby={id}
        title={WHY}
        className={`${buttonClass.secondary} cursor-not-allowed opacity-60`}
      >
        Message
      </button>
      <span id={id} className="sr-only">
        {WHY}
      </span>
    </>
  )
}
