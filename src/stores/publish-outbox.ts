import { create } from 'zustand'
import type { PublishJob, RelayDelivery } from '@/storage/outbox-db'

/** The outbox's storage is fetched with the first job: the feed's first screen never needs it. */
const storage = () => import('@/storage/outbox-db')

export type { PublishJob, RelayDelivery }

/**
 * What the person sees of a signed event on its way: `waiting` (no relay took it yet),
 * `partial` (some did, others are still tried), `published` (at least one took it and nothing is
 * left to try), `refused` (every relay said no for good: retry or discard).
 */
export type JobStatus =
  | { kind: 'waiting'; total: number; reason?: string }
  | { kind: 'partial'; accepted: number; total: number }
  | { kind: 'published'; accepted: number; total: number }
  | { kind: 'refused'; reasons: { relay: string; reason: string }[] }

/** The status of a job, from its relays' deliveries. */
export const jobStatus = (job: Pick<PublishJob, 'relays'>): JobStatus => {
  const entries = Object.entries(job.relays)
  const accepted = entries.filter(([, d]) => d.state === 'accepted').length
  const waiting = entries.filter(([, d]) => d.state === 'waiting')
  const total = entries.length
  if (accepted === 0 && waiting.length > 0) {
    return { kind: 'waiting', total, reason: waiting.find(([, d]) => d.reason)?.[1].reason }
  }
  if (accepted === 0) {
    return {
      kind: 'refused',
      reasons: entries.map(([relay, d]) => ({ relay, reason: d.reason ?? 'refused' })),
    }
  }
  return waiting.length > 0
    ? { kind: 'partial', accepted, total }
    : { kind: 'published', accepted, total }
}

type OutboxState = {
  owner?: string
  jobs: Record<string, PublishJob>
  /** Jobs that went out in this session, with how many relays took them (for what follows them). */
  published: Record<string, number>
}

type OutboxActions = {
  /** Shows `owner`'s jobs read from this device (or none, for nobody). */
  load: (owner: string | undefined, jobs: readonly PublishJob[]) => void
  /** Adds a job and resolves once it is saved on this device. */
  add: (job: PublishJob) => Promise<void>
  /** Records one relay's delivery and saves the job. */
  deliver: (id: string, relay: string, delivery: RelayDelivery) => void
  /** Forgets a job here and on this device (the person discarded it). */
  remove: (id: string) => void
  /** Forgets a job that went out: `accepted` relays took it. */
  finish: (id: string, accepted: number) => void
}

export const usePublishOutbox = create<OutboxState & OutboxActions>()((set, get) => ({
  owner: undefined,
  jobs: {},
  published: {},
  load: (owner, jobs) =>
    set({ owner, jobs: Object.fromEntries(jobs.map((job) => [job.id, job])), published: {} }),
  add: async (job) => {
    set((state) => ({ jobs: { ...state.jobs, [job.id]: job } }))
    await storage()
      .then(({ writeJob }) => writeJob(job))
      .catch((error: unknown) =>
        console.warn('Could not keep the event on this device until it is published', error),
      )
  },
  deliver: (id, relay, delivery) => {
    const job = get().jobs[id]
    if (!job) return
    const next = { ...job, relays: { ...job.relays, [relay]: delivery } }
    set((state) => ({ jobs: { ...state.jobs, [id]: next } }))
    void storage()
      .then(({ writeJob }) => writeJob(next))
      .catch(() => {})
  },
  remove: (id) => {
    set((state) => {
      const { [id]: _gone, ...jobs } = state.jobs
      return { jobs }
    })
    void storage()
      .then(({ deleteJob }) => deleteJob(id))
      .catch(() => {})
  },
  finish: (id, accepted) => {
    get().remove(id)
    set((state) => ({ published: { ...state.published, [id]: accepted } }))
  },
}))

/** The job of one event, if it is still on its way. */
export const selectJob =
  (eventId: string | undefined) =>
  (state: OutboxState): PublishJob | undefined =>
    eventId ? state.jobs[eventId] : undefined
