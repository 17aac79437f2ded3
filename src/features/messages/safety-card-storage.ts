import { deviceStorage } from '@/storage/device-storage'

/** localStorage key remembering that the person dismissed the messages safety card. */
export const SAFETY_CARD_KEY = 'bt:safety-card-dismissed'

/** Whether the safety card was dismissed on this device. */
export const safetyCardDismissed = (): boolean => deviceStorage().getItem(SAFETY_CARD_KEY) !== null

/** Remembers on this device that the safety card was read and dismissed. */
export const dismissSafetyCard = (): void => {
  deviceStorage().setItem(SAFETY_CARD_KEY, String(Math.floor(Date.now() / 1000)))
}
