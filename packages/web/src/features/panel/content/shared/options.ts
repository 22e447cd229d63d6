/** Choices from a label record, in its order (for selects and checkbox groups). */
export const optionsOf = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
