import { describe, expect, it } from 'vitest'
import { memoryStorage } from './device-storage'
import { LIGHTNING_NETWORK_KEY, lightningNetwork } from './lightning-network'

describe('lightningNetwork', () => {
  it('is bitcoin unless the build or this device names another network', () => {
    expect(lightningNetwork(memoryStorage(), undefined)).toBe('bc')
    expect(lightningNetwork(memoryStorage(), 'bcrt')).toBe('bcrt')
    const device = memoryStorage()
    device.setItem(LIGHTNING_NETWORK_KEY, 'tbs')
    expect(lightningNetwork(device, 'bcrt')).toBe('tbs')
  })

  it('ignores what is not a network', () => {
    const device = memoryStorage()
    device.setItem(LIGHTNING_NETWORK_KEY, 'lnbc')
    expect(lightningNetwork(device, 'mainnet')).toBe('bc')
  })
})
