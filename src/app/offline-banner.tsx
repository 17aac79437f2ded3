import { useEffect, useState } from 'react'
import { Link } from '@/components/router'
import { isRelayOpen, useRelays } from '@/stores/relays'

/** Relays get this long after the page opens before the banner says none can be reached. */
const GRACE_MS = 4000
/** While no relay answers, whether the device itself is offline is checked this often. */
const PROBE_EVERY_MS = 10_000

/**
 * Whether this device reaches the app's own server: `navigator.onLine` is only a hint (browsers
 * report true on a reload while offline), so a tiny request past the service worker's cache
 * decides.
 */
const reachesServer = async (): Promise<boolean> => {
  try {
    await fetch(`/?online-check=${Date.now()}`, { method: 'HEAD', cache: 'no-store' })
    return true
  } catch {
    return false
  }
}

const useOnline = () => {
  const [online, setOnline] = useState(() => navigator.onLine)
  useEffect(() => {
    const update = () => setOnline(navigator.onLine)
    window.addEventListener('online', update)
    window.addEventListener('offline', update)
    return () => {
      window.removeEventListener('online', update)
      window.removeEventListener('offline', update)
    }
  }, [])
  return online
}

/**
 * Says so when the device is offline, or no relay answers: what is shown is what this device saw
 * before, and it catches up by itself when the network is back.
 */
export function OfflineBanner() {
  const online = useOnline()
  const [graceOver, setGraceOver] = useState(false)
  const anyRelayUp = useRelays((state) => state.relays.some(isRelayOpen))
  useEffect(() => {
    const timer = setTimeout(() => setGraceOver(true), GRACE_MS)
    return () => clearTimeout(timer)
  }, [])
  const unreachable = graceOver && !anyRelayUp
  const [serverReached, setServerReached] = useState(true)
  useEffect(() => {
    if (!unreachable) return setServerReached(true)
    let live = true
    const check = () => void reachesServer().then((reached) => live && setServerReached(reached))
    check()
    const timer = setInterval(check, PROBE_EVERY_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [unreachable])
  const offline = !online || (unreachable && !serverReached)
  if (!offline && !unreachable) return null
  return (
    <div
      role="status"
      className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 md:px-10 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100"
    >
      <p className="mx-auto max-w-3xl">
        <span className="font-semibold">
          {offline ? 'Offline' : 'No relay reachable'} — showing what this device saw.
        </span>{' '}
        What you post waits on this device and is sent when a relay connects.{' '}
        {!offline && (
          <Link to="/relays" className="font-medium underline underline-offset-2">
            Check your relays
          </Link>
        )}
      </p>
    </div>
  )
}
