import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** Total bytes of the files the service worker precaches, read from the built sw.js manifest. */
export async function precacheBytes(distDir: string): Promise<{ entries: number; bytes: number }> {
  const sw = await readFile(join(distDir, 'sw.js'), 'utf8')
  const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1] ?? '')
  if (urls.length === 0) throw new Error('No precache manifest found in dist/sw.js')
  let bytes = 0
  for (const url of urls) bytes += (await stat(join(distDir, url))).size
  return { entries: urls.length, bytes }
}
