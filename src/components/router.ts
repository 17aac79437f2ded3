/**
 * The app's navigation primitives. Features import routing only from here, so the router library
 * behind them (wouter, ~3 KB) stays a detail of src/app. The API mirrors react-router's: `Link`
 * with `to`, `NavLink` (aria-current and an active className), `useParams`, `useNavigate`,
 * `useLocation` and `useSearchParams`.
 */
import { createElement, forwardRef, useCallback, useMemo } from 'react'
import type { AnchorHTMLAttributes, CSSProperties, MouseEvent, ReactNode } from 'react'
import { useLocation as useWouterLocation, useParams as useWouterParams, useSearch } from 'wouter'

/** Where to go: a path (with optional ?search and #hash), or its parts. */
export type To = string | { pathname?: string; search?: string; hash?: string }

export type NavigateOptions = { replace?: boolean; state?: unknown }

/** Navigates to a path, or with a number moves through history (-1 is back). */
export type NavigateFunction = {
  (to: To, options?: NavigateOptions): void
  (delta: number): void
}

/** The current place in the app; `search` starts with "?" when there is one, like `location`. */
export type Location = { pathname: string; search: string; hash: string; state: unknown }

const currentPathname = () => window.location.pathname

/** A `To` as an href; relative paths resolve against the current page like a plain link. */
export const toHref = (to: To): string => {
  if (typeof to === 'string') return to
  const search = to.search && !to.search.startsWith('?') ? `?${to.search}` : (to.search ?? '')
  const hash = to.hash && !to.hash.startsWith('#') ? `#${to.hash}` : (to.hash ?? '')
  return `${to.pathname ?? currentPathname()}${search}${hash}`
}

const go = (to: To, options: NavigateOptions = {}) => {
  const href = toHref(to)
  const url = new URL(href, window.location.href)
  if (url.origin !== window.location.origin) {
    window.location.assign(url.href)
    return
  }
  const path = `${url.pathname}${url.search}${url.hash}`
  // wouter listens to pushState/replaceState (it patches them when it loads)
  if (options.replace) window.history.replaceState(options.state ?? null, '', path)
  else window.history.pushState(options.state ?? null, '', path)
}

/** A function that navigates: `navigate('/ticket/…')`, `navigate(path, { replace: true })`, `navigate(-1)`. */
export function useNavigate(): NavigateFunction {
  return useCallback((to: To | number, options?: NavigateOptions) => {
    if (typeof to === 'number') window.history.go(to)
    else go(to, options)
  }, []) as NavigateFunction
}

/** The current location; re-renders when it changes. */
export function useLocation(): Location {
  const [pathname] = useWouterLocation()
  const search = useSearch()
  return useMemo(
    () => ({
      pathname,
      search: search ? `?${search}` : '',
      hash: window.location.hash,
      state: window.history.state as unknown,
    }),
    [pathname, search],
  )
}

/** The current route's `:name` parameters (decoded). */
export function useParams<
  T extends Record<string, string | undefined> = Record<string, string | undefined>,
>(): Readonly<Partial<T>> {
  const params = useWouterParams() as Record<string, string | undefined>
  return useMemo(() => {
    const named: Record<string, string | undefined> = {}
    for (const [key, value] of Object.entries(params)) {
      if (/^\d+$/.test(key)) continue
      named[key] = value === undefined ? undefined : safeDecode(value)
    }
    return named as Partial<T>
  }, [params])
}

const safeDecode = (value: string) => {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** What `setSearchParams` accepts: like `new URLSearchParams(init)`, or a function of the current ones. */
export type SearchParamsInit =
  string | URLSearchParams | [string, string][] | Record<string, string | string[]>

const toSearchParams = (init: SearchParamsInit): URLSearchParams => {
  if (typeof init === 'string' || init instanceof URLSearchParams || Array.isArray(init))
    return new URLSearchParams(init)
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(init)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, item)
  }
  return params
}

export type SetSearchParams = (
  next: SearchParamsInit | ((current: URLSearchParams) => SearchParamsInit),
  options?: NavigateOptions,
) => void

/** The query string as URLSearchParams, and a setter that navigates (push unless `replace`). */
export function useSearchParams(): [URLSearchParams, SetSearchParams] {
  const search = useSearch()
  const params = useMemo(() => new URLSearchParams(search), [search])
  const setParams = useCallback<SetSearchParams>((next, options) => {
    const current = new URLSearchParams(window.location.search)
    const value = toSearchParams(typeof next === 'function' ? next(current) : next).toString()
    go(`${window.location.pathname}${value ? `?${value}` : ''}${window.location.hash}`, options)
  }, [])
  return [params, setParams]
}

type AnchorProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>

export type LinkProps = AnchorProps & {
  to: To
  replace?: boolean
  state?: unknown
  children?: ReactNode
}

/** Whether a click should be left to the browser (new tab, download, modifier keys…). */
const browserHandles = (event: MouseEvent<HTMLAnchorElement>, target?: string) =>
  event.defaultPrevented ||
  event.button !== 0 ||
  event.metaKey ||
  event.altKey ||
  event.ctrlKey ||
  event.shiftKey ||
  (target !== undefined && target !== '' && target !== '_self') ||
  event.currentTarget.hasAttribute('download')

/** A link inside the app: a real `<a href>` that navigates without reloading the page. */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  { to, replace, state, onClick, target, ...rest },
  ref,
) {
  const href = toHref(to)
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (browserHandles(event, target)) return
    const url = new URL(href, window.location.href)
    if (url.origin !== window.location.origin) return
    event.preventDefault()
    go(href, { replace, state })
  }
  return createElement('a', { ...rest, ref, href, target, onClick: handleClick })
})

/** What NavLink passes to its className, style and children functions. */
export type NavLinkRenderProps = { isActive: boolean; isPending: boolean; isTransitioning: boolean }

export type NavLinkProps = Omit<LinkProps, 'className' | 'style' | 'children'> & {
  /** Active only on exactly this path, not on paths below it. */
  end?: boolean
  caseSensitive?: boolean
  className?: string | ((props: NavLinkRenderProps) => string | undefined)
  style?: CSSProperties | ((props: NavLinkRenderProps) => CSSProperties | undefined)
  children?: ReactNode | ((props: NavLinkRenderProps) => ReactNode)
}

/** react-router's rule: the path itself, or (unless `end`) a path below it; "/" only itself. */
export const isActivePath = (
  pathname: string,
  to: string,
  end = false,
  caseSensitive = false,
): boolean => {
  const trimmed = to.length > 1 ? to.replace(/\/+$/, '') : to
  const [current, target] = caseSensitive
    ? [pathname, trimmed]
    : [pathname.toLowerCase(), trimmed.toLowerCase()]
  if (current === target || current === `${target}/`) return true
  if (end || target === '/') return false
  return current.startsWith(`${target}/`)
}

/** A navigation link that knows when it points at the current page (aria-current="page"). */
export const NavLink = forwardRef<HTMLAnchorElement, NavLinkProps>(function NavLink(
  { to, end, caseSensitive, className, style, children, ...rest },
  ref,
) {
  const [pathname] = useWouterLocation()
  const target = typeof to === 'string' ? to.split(/[?#]/)[0] || '/' : (to.pathname ?? pathname)
  const isActive = isActivePath(pathname, target, end, caseSensitive)
  const render: NavLinkRenderProps = { isActive, isPending: false, isTransitioning: false }
  const activeClass = typeof className === 'function' ? className(render) : className
  return createElement(
    Link,
    {
      ...rest,
      ref,
      to,
      'aria-current': isActive ? 'page' : rest['aria-current'],
      className:
        typeof className === 'function'
          ? activeClass
          : [className, isActive ? 'active' : ''].filter(Boolean).join(' ') || undefined,
      style: typeof style === 'function' ? style(render) : style,
    },
    typeof children === 'function' ? children(render) : children,
  )
})
