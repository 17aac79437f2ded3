/**
 * Prints a measurement into the test run's output (rates, counts), so a run shows the figures and
 * not only pass or fail.
 */
export const reportMeasure = (title: string, lines: readonly string[]): void => {
  console.info([`── ${title}`, ...lines.map((line) => `   ${line}`)].join('\n'))
}

/** A rate as a percentage with one decimal. */
export const percent = (part: number, whole: number): string =>
  `${((100 * part) / Math.max(whole, 1)).toFixed(1)} %`
