/**
 * Stands in for the `debug` package inside NDK in the browser build (see vite.config.ts): NDK's
 * trace logging is for its own developers, and the real package adds weight to the first screen.
 */
type Debugger = ((...args: unknown[]) => void) & {
  enabled: boolean
  namespace: string
  log: (...args: unknown[]) => void
  extend: (namespace: string) => Debugger
}

const createDebug = (namespace = ''): Debugger =>
  Object.assign(() => {}, {
    enabled: false,
    namespace,
    log: () => {},
    extend: (child: string) => createDebug(namespace ? `${namespace}:${child}` : child),
  })

export default createDebug
