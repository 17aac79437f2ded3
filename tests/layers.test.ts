import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The lint rules that keep src's layers pointing down (eslint.config.js `layers`), run on code as
// it would stand in a file of each layer.
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname })

const rulesBroken = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId)
}

describe('layers', () => {
  it('rejects an upward import: the protocol layer reaching into a store', async () => {
    const broken = await rulesBroken(
      'src/nostr/upward.ts',
      "import { useMarketplace } from '@/stores/marketplace'\nexport const x = useMarketplace\n",
    )
    expect(broken).toContain('import-x/no-restricted-paths')
  })

  it('rejects the transport reaching into a store or a command', async () => {
    for (const from of ['@/stores/relays', '@/commands/session']) {
      const broken = await rulesBroken(
        'src/ndk/upward.ts',
        `import * as above from '${from}'\nexport const x = above\n`,
      )
      expect(broken).toContain('import-x/no-restricted-paths')
    }
  })

  it('accepts a downward import: a store using the transport and the rules', async () => {
    const broken = await rulesBroken(
      'src/stores/downward.ts',
      "import { subscribe } from '@/ndk/subscribe'\nimport { Kind } from '@/nostr/kinds'\nexport const x = [subscribe, Kind]\n",
    )
    expect(broken).toEqual([])
  })
})
