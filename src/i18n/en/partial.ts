// English strings that mark a partial figure: one agency, mission or crisis, not the country's total.
export const partial = {
  'figure.partial': 'partial',
  'figure.partialNote': 'Partial count: {scope}',
} as const;
