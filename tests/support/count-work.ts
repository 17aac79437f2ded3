import { Session } from 'node:inspector/promises'

/** Runs `work` and returns how much JavaScript it ran (see `startCountingWork`). */
export type WorkCounter = (work: () => void) => Promise<number>

const sumOf = (coverage: { functions: { ranges: { count: number }[] }[] }[]): number => {
  let total = 0
  for (const script of coverage) {
    for (const fn of script.functions) for (const range of fn.ranges) total += range.count
  }
  return total
}

/**
 * Counts work exactly, with V8's precise block coverage: every function call, every block and
 * every turn of a loop, summed over all scripts. Unlike a stopwatch it does not depend on the
 * machine's speed or load, so a test can assert that twice the input costs twice the work.
 * Native work (regular expressions, string built-ins) is not counted. Start it before importing
 * the code to measure (`await import(...)`): V8 counts blocks only in code compiled after.
 */
export async function startCountingWork(): Promise<WorkCounter> {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true })
  return async (work) => {
    // taking the coverage resets the counters
    await session.post('Profiler.takePreciseCoverage')
    work()
    const { result } = await session.post('Profiler.takePreciseCoverage')
    return sumOf(result)
  }
}
