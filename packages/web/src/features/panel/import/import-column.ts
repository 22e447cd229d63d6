/** One column of an import file, as the import page documents it and the fallback template lists it. */
export interface ImportColumn {
  name: string;
  required: boolean;
  /** What the cell holds, in Polish. */
  description: string;
  /** The codes the cell may hold (several separated by "|" where the description says so). */
  allowed?: Readonly<Record<string, string>>;
  /** An example cell, for the fallback template. */
  example: string;
}
