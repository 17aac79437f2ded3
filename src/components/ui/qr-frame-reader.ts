/** Reads the QR code in a playing video's current frame: its text, or undefined when none is seen. */
export type FrameReader = (video: HTMLVideoElement) => Promise<string | undefined>

type NativeDetector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> }
type NativeDetectorClass = {
  new (options: { formats: string[] }): NativeDetector
  getSupportedFormats(): Promise<string[]>
}

/** Frames are scaled down to this many pixels on their long side before decoding. */
const MAX_DECODE_SIDE = 1024

/** The browser's own BarcodeDetector, when it has one that reads QR codes (not Chromium on Linux). */
async function nativeReader(): Promise<FrameReader | undefined> {
  const Detector = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector
  if (!Detector) return undefined
  try {
    if (!(await Detector.getSupportedFormats()).includes('qr_code')) return undefined
    const detector = new Detector({ formats: ['qr_code'] })
    return async (video) => {
      try {
        return (await detector.detect(video))[0]?.rawValue
      } catch {
        return undefined // a frame that is not ready yet
      }
    }
  } catch {
    return undefined
  }
}

/** The `qr` library reading canvas pixels; its code is downloaded only when a scan starts. */
async function libraryReader(): Promise<FrameReader> {
  const { decodeQR } = await import('qr/decode.js')
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d', { willReadFrequently: true })
  return async (video) => {
    const scale = Math.min(1, MAX_DECODE_SIDE / Math.max(video.videoWidth, video.videoHeight))
    const width = Math.round(video.videoWidth * scale)
    const height = Math.round(video.videoHeight * scale)
    if (!context || width === 0 || height === 0) return undefined
    canvas.width = width
    canvas.height = height
    context.drawImage(video, 0, 0, width, height)
    try {
      return decodeQR({ width, height, data: context.getImageData(0, 0, width, height).data })
    } catch {
      return undefined // no QR code in this frame
    }
  }
}

/** The best QR reader this browser offers. */
export const makeFrameReader = async (): Promise<FrameReader> =>
  (await nativeReader()) ?? (await libraryReader())
