/** `{ A: "A", B: "B" }` from a vocabulary, the shape type-graphql's registerEnumType takes. */
export function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}
