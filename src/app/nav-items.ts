import type { IconName } from './nav-icons'

/** One section of the app in the navigation. */
export type NavItem = {
  to: string
  label: string
  icon: IconName
  /** Shown in the phone's bottom tab bar (the rest live under More). */
  tab?: boolean
  /** Only meaningful for a signed-in person. */
  personal?: boolean
}

/** Every section, in the order the desktop side navigation lists them. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'Feed', icon: 'feed', tab: true },
  { to: '/new', label: 'New ticket', icon: 'new', tab: true },
  { to: '/messages', label: 'Messages', icon: 'messages', tab: true, personal: true },
  { to: '/notifications', label: 'Notifications', icon: 'bell', personal: true },
  { to: '/my/tickets', label: 'My tickets', icon: 'tickets', tab: true, personal: true },
  { to: '/my/offers', label: 'My offers', icon: 'offers', personal: true },
  { to: '/wallet', label: 'Wallet', icon: 'wallet', personal: true },
  { to: '/payments', label: 'Payments', icon: 'payments', personal: true },
  { to: '/troubleshooters', label: 'Troubleshooters', icon: 'troubleshooters' },
  { to: '/relays', label: 'Relays', icon: 'relays' },
  { to: '/settings', label: 'Settings', icon: 'settings' },
  { to: '/safety', label: 'Safety & about', icon: 'safety' },
]

/** The sections that are not bottom tabs, listed on the phone's More page. */
export const MORE_ITEMS = NAV_ITEMS.filter((item) => !item.tab)
