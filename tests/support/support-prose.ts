import { readFileSync } from 'node:fs'
import { fillArtifacts } from './public-artifacts'
import { seededRandom } from './seed-formats'

/**
 * Ordinary support texts (questions, answers, logs, configs, several languages) as people write
 * them in tickets and messages: support-prose.txt, one paragraph per blank-line-separated block,
 * with `{txid}`, `{xpub}`, `{invoice}`… filled with fresh valid public values (public-artifacts).
 * None holds a secret: the secrets guard must block none of them.
 */
export const supportProse = (seed = 1): string[] => {
  const random = seededRandom(seed)
  return readFileSync(new URL('./support-prose.txt', import.meta.url), 'utf8')
    .split(/\n[^\S\n]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => fillArtifacts(paragraph, random))
}
