/** Resolves once the frame with what was just rendered has been painted. */
export const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return void setTimeout(resolve, 0)
    requestAnimationFrame(() => setTimeout(resolve, 0))
  })

/** Resolves once that frame is painted and then the browser is idle. */
export const afterPaintWhenIdle = async (): Promise<void> => {
  await afterPaint()
  if (typeof requestIdleCallback !== 'function') return
  await new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 }))
}
