/** Class names for buttons and button-like links, so both look the same everywhere. */
const base =
  'inline-flex items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-50'

export const buttonClass = {
  primary: `${base} bg-bitcoin text-stone-950 hover:bg-amber-400 active:bg-amber-500`,
  secondary: `${base} border border-stone-300 bg-white text-stone-800 hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800`,
  ghost: `${base} text-stone-700 hover:bg-stone-200/60 dark:text-stone-300 dark:hover:bg-stone-800`,
} as const
