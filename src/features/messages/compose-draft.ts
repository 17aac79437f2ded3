/**
 * What the person is typing in a thread, kept in sessionStorage so a reload does not lose it (it
 * leaves with the tab; sent messages wait in the outbox instead).
 */
const key = (threadKey: string) => `bt:compose:${threadKey}`

const storage = (): Storage | undefined => {
  try {
    return globalThis.sessionStorage
  } catch {
    return undefined
  }
}

export const loadComposeDraft = (threadKey: string): string => {
  try {
    return storage()?.getItem(key(threadKey)) ?? ''
  } catch {
    return ''
  }
}

export const saveComposeDraft = (threadKey: string, text: string): void => {
  try {
    if (text === '') storage()?.removeItem(key(threadKey))
    else storage()?.setItem(key(threadKey), text)
  } catch {
    // a full or blocked storage only loses the convenience
  }
}
