import type { AppSigner } from './signer'

let signer: AppSigner | undefined

/** The signed-in person's signer, or undefined when browsing read-only. */
export const currentSigner = (): AppSigner | undefined => signer

/** Sets (or clears) the signer; only src/ndk/session.ts calls this. */
export const setCurrentSigner = (next: AppSigner | undefined): void => {
  signer = next
}
