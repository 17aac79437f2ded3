/**
 * Counts the steps the secrets guard takes (characters, tokens, checksum tests, decodes), so a
 * test can show its work grows linearly with the text without timing anything.
 */
export const guardWork = { steps: 0 }

export const countWork = (steps: number): void => {
  guardWork.steps += steps
}
