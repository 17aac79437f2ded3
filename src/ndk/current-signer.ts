import type { AppSigner } from './signer'

let signer: AppSigner | undefined
const listeners = new Set<() => void>()

/** The signed-in person's signer, or undefined when browsing read-only. */
export const currentSigner = (): AppSigner | undefined => signer

/** Sets (or clears) the signer; only src/commands/session.ts calls this. */
export const setCurrentSigner = (next: AppSigner | undefined): void => {
  signer = next
  for (const listener of [...listeners]) listener()
}

/** Hears every change of signer (sign-in, sign-out); returns the function that stops listening. */
export const onSignerChange = (listener: () => void): (() => void) => {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}
