import { create } from 'zustand'

/** One short message in the corner of the screen, optionally with one action. */
export type Toast = {
  id: number
  message: string
  tone: 'info' | 'error' | 'success'
  action?: { label: string; run: () => void }
  /** Stays until dismissed when true (e.g. "Update available"). */
  sticky?: boolean
}

type ToastState = { toasts: Toast[] }

export const useToasts = create<ToastState>(() => ({ toasts: [] }))

let nextId = 1

/** Shows a toast and returns its id; non-sticky toasts go away after a few seconds. */
export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = nextId++
  useToasts.setState((state) => ({ toasts: [...state.toasts.slice(-2), { ...toast, id }] }))
  if (!toast.sticky) setTimeout(() => dismissToast(id), toast.tone === 'error' ? 8000 : 5000)
  return id
}

/** Removes a toast. */
export function dismissToast(id: number): void {
  useToasts.setState((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }))
}
