/** Class names for form fields, so every form looks the same. */
export const fieldClass = {
  label: 'block text-sm font-semibold',
  hint: 'mt-0.5 text-xs text-stone-500 dark:text-stone-400',
  input:
    'w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm placeholder:text-stone-400 focus:border-bitcoin focus:ring-2 focus:ring-bitcoin/40 focus:outline-none aria-invalid:border-red-500 dark:border-stone-700 dark:bg-stone-950 dark:placeholder:text-stone-500',
  error: 'mt-1 text-xs font-medium text-red-700 dark:text-red-400',
} as const
