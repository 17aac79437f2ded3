import { useEffect, useRef, useState } from 'react'
import { deviceStorage } from '@/storage/device-storage'
import type { DraftSave } from './ticket-draft'
import { clearTicketDraft, saveTicketDraft } from './ticket-draft'
import type { TicketFormValues } from './ticket-form-values'

/**
 * Saves the form as a draft on this device a moment after typing stops (never a text the secrets
 * guard blocks). `forget()` clears it for good once the ticket is posted.
 */
export function useDraftSaver(values: TicketFormValues, enabled: boolean) {
  const [state, setState] = useState<DraftSave>()
  const done = useRef(false)
  useEffect(() => {
    if (!enabled || done.current) return
    const timer = setTimeout(() => setState(saveTicketDraft(deviceStorage(), values)), 400)
    return () => clearTimeout(timer)
  }, [values, enabled])
  const forget = () => {
    done.current = true
    clearTicketDraft(deviceStorage())
  }
  return { state: enabled ? state : undefined, forget }
}
