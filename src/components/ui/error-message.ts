/** A readable sentence for anything thrown, never "[object Object]" or an empty string. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message.trim()) return error.message
  if (typeof error === 'string' && error.trim()) return error
  return 'An unexpected error happened.'
}
