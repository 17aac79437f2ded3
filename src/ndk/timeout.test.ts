import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { TimeoutError, withTimeout } from './timeout'

const never = () => new Promise<string>(() => {})

describe('withTimeout', () => {
  beforeEach(() => void vi.useFakeTimers())
  afterEach(() => void vi.useRealTimers())

  it('gives up with the plain-words message when nothing answers', async () => {
    const result = withTimeout(never(), {
      ms: 30_000,
      message: 'The remote signer did not answer.',
    })
    const check = expect(result).rejects.toThrow(
      new TimeoutError('The remote signer did not answer.'),
    )
    await vi.advanceTimersByTimeAsync(30_000)
    await check
  })

  it('passes the answer through when it comes in time', async () => {
    const result = withTimeout(Promise.resolve('ack'), { ms: 30_000, message: 'slow' })
    await expect(result).resolves.toBe('ack')
  })

  it('keeps waiting once more when asked to (the person is approving on an auth page)', async () => {
    let answer: (value: string) => void = () => {}
    const request = new Promise<string>((resolve) => (answer = resolve))
    const result = withTimeout(request, { ms: 1000, message: 'slow', extendBy: () => 5000 })
    await vi.advanceTimersByTimeAsync(4000)
    answer('signed')
    await expect(result).resolves.toBe('signed')
  })
})
