import { useEffect, useRef, useState } from 'react'
import type { RefObject } from 'react'
import { CAMERA_CONSTRAINTS, cameraProblem } from './camera-problem'
import { makeFrameReader } from './qr-frame-reader'

/** Where a scan stands: the camera starting, frames being read (with a notice), or no camera. */
export type ScanState =
  | { phase: 'starting' }
  | { phase: 'scanning'; notice?: string }
  | { phase: 'failed'; problem: string }

/** Pause between two frames read, so a scan does not keep a phone's processor busy. */
const FRAME_PAUSE_MS = 120

/**
 * Shows the camera in `videoRef` and reads QR codes from it until the component unmounts, which
 * stops the camera. `onText` gets each code read and returns why that text is not wanted (shown,
 * and scanning goes on), or nothing once it took it (scanning stops; the owner closes the view).
 */
export function useQrScan(
  videoRef: RefObject<HTMLVideoElement | null>,
  onText: (text: string) => string | undefined,
): ScanState {
  const [state, setState] = useState<ScanState>({ phase: 'starting' })
  const onTextRef = useRef(onText)
  useEffect(() => {
    onTextRef.current = onText
  })

  useEffect(() => {
    const video = videoRef.current
    let stopped = false
    let stream: MediaStream | undefined
    let timer: ReturnType<typeof setTimeout> | undefined
    const fail = (error: unknown) => {
      if (!stopped) setState({ phase: 'failed', problem: cameraProblem(error) })
    }

    const start = async () => {
      if (!video || !navigator.mediaDevices?.getUserMedia) return fail(undefined)
      const opened = await navigator.mediaDevices.getUserMedia(CAMERA_CONSTRAINTS)
      if (stopped) return opened.getTracks().forEach((track) => track.stop())
      stream = opened
      video.srcObject = opened
      await video.play()
      const read = await makeFrameReader()
      if (stopped) return
      setState({ phase: 'scanning' })
      const tick = async () => {
        const text =
          video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA ? await read(video) : undefined
        if (stopped) return
        if (text !== undefined) {
          const notice = onTextRef.current(text)
          if (notice === undefined) return
          setState({ phase: 'scanning', notice })
        }
        timer = setTimeout(() => void tick(), FRAME_PAUSE_MS)
      }
      void tick()
    }
    start().catch(fail)

    return () => {
      stopped = true
      clearTimeout(timer)
      stream?.getTracks().forEach((track) => track.stop())
      if (video) video.srcObject = null
    }
  }, [videoRef])

  return state
}
