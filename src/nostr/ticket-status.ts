/** The four states of a ticket, as the app names them; the wire uses "0".."3". */
export type TicketStatus = 'new' | 'in-progress' | 'resolved' | 'failed'

export const TICKET_STATUSES: readonly TicketStatus[] = ['new', 'in-progress', 'resolved', 'failed']

/** `s` tag value for a status. */
export const ticketStatusToWire = (status: TicketStatus): string =>
  String(TICKET_STATUSES.indexOf(status))

/** Status for an `s` tag value, or undefined for anything but "0".."3". */
export const ticketStatusFromWire = (value: string | undefined): TicketStatus | undefined =>
  value !== undefined && /^[0-3]$/.test(value) ? TICKET_STATUSES[Number(value)] : undefined

/** One `state_history` entry; `from` is null for the creation entry (-1 on the wire). */
export type TicketStateChange = { from: TicketStatus | null; to: TicketStatus; at: number }
