/** A request to a relay, signer or extension that did not answer in time. */
export class TimeoutError extends Error {
  override name = 'TimeoutError'
}

/** Options for {@link withTimeout}. */
export type TimeoutOptions = {
  ms: number
  message: string
  /** Asked when time is up: return more milliseconds to keep waiting (once), e.g. after an auth URL. */
  extendBy?: () => number | undefined
  signal?: AbortSignal
}

/** Resolves or rejects like `promise`, but rejects with a TimeoutError after `ms`. */
export const withTimeout = <T>(promise: Promise<T>, options: TimeoutOptions): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    let extended = false
    let timer: ReturnType<typeof setTimeout>
    const done = () => {
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
    }
    const onAbort = () => {
      done()
      reject(new Error('Cancelled.'))
    }
    const arm = (ms: number) => {
      timer = setTimeout(() => {
        const more = extended ? undefined : options.extendBy?.()
        if (more && more > 0) {
          extended = true
          arm(more)
          return
        }
        done()
        reject(new TimeoutError(options.message))
      }, ms)
    }
    arm(options.ms)
    options.signal?.addEventListener('abort', onAbort)
    promise.then(
      (value) => {
        done()
        resolve(value)
      },
      (error: unknown) => {
        done()
        reject(error)
      },
    )
  })
