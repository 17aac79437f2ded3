/** Why the camera could not be used, in words a person can act on. */
export function cameraProblem(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : ''
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'Camera access was refused. Allow the camera for this site in your browser’s settings, or paste the text instead.'
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'No camera was found on this device. Paste the text instead.'
    case 'NotReadableError':
    case 'AbortError':
      return 'The camera is busy or could not start (another app may be using it). Close that app and try again, or paste the text instead.'
    default:
      return 'The camera could not be started here. Paste the text instead.'
  }
}

/** The camera request: the back camera when there is one (phones), any camera otherwise. */
export const CAMERA_CONSTRAINTS: MediaStreamConstraints = {
  audio: false,
  video: { facingMode: { ideal: 'environment' } },
}
