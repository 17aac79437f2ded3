import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * The gzip size (level 9) of the built JavaScript files at `paths` (URL paths such as
 * `/assets/index-abc.js`): what a first visit downloads before it shows anything useful.
 */
export async function gzipBytesOf(
  distDir: string,
  paths: Iterable<string>,
): Promise<{ files: number; gzipBytes: number }> {
  const unique = [...new Set(paths)]
  let gzipBytes = 0
  for (const path of unique) {
    gzipBytes += gzipSync(await readFile(join(distDir, path)), { level: 9 }).length
  }
  return { files: unique.length, gzipBytes }
}
