import { it, vi, expect } from 'vitest'
import { WebSocket } from 'ws'
import { startRelay } from '../../scripts/relay'
import { anyRelayUp, getNdk, setPoolRelays } from './client'
import { onRelayEvent } from './relay-events'
import { subscribe } from './subscribe'
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket
it('debug', async () => {
  const r = await startRelay({ log: (l) => log.push(`${Date.now() - t0} relay got ${l.slice(0, 120)}`) })
  setPoolRelays([r.url])
  const t0 = Date.now()
  const log: string[] = []
  onRelayEvent((url, ev) => log.push(`${Date.now() - t0} ${ev} ${url}`))
  const pool = getNdk().pool
  await vi.waitFor(() => expect(anyRelayUp([r.url])).toBe(true))
  let eosed = false
  subscribe({ kinds: [1] }, { onEvent: () => {}, onEose: () => (eosed = true), onState: (s) => log.push(`${Date.now() - t0} state ${JSON.stringify(s)}`) }, { relays: [r.url] })
  await vi.waitFor(() => expect(eosed).toBe(true))
  const relay0 = [...pool.relays.values()][0]!
  process.on('uncaughtException', (e) => log.push(`uncaught ${e}`))
  await r.stop()
  await new Promise((res) => setTimeout(res, 300))
  await r.restart()
  const relay = [...pool.relays.values()][0]!
  for (let i = 0; i < 8; i++) { await new Promise((res) => setTimeout(res, 1000)); log.push(`${Date.now()-t0} tick status=${relay.status}`) }
  console.log(log.join('\n'))
}, 60000)
