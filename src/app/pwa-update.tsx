import { useEffect } from 'react'
import { useRegisterSW } from 'virtual:pwa-register/react'
import { dismissToast, showToast } from '@/components/ui/toast-store'

/**
 * Registers the service worker and, when a new version of the app is waiting, shows a sticky
 * "Update available — Reload" toast. Nothing reloads without the person asking.
 */
export default function PwaUpdate() {
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisterError: (error) => console.warn('Service worker registration failed', error),
  })
  useEffect(() => {
    if (!needRefresh) return
    const id = showToast({
      tone: 'info',
      message: 'Update available',
      sticky: true,
      action: { label: 'Reload', run: () => void updateServiceWorker(true) },
    })
    return () => dismissToast(id)
  }, [needRefresh, updateServiceWorker])
  return null
}
