import { ORGANIZATION_IMPORT_COLUMNS } from "./organization-import-columns";
import { SERVICE_IMPORT_COLUMNS } from "./service-import-columns";
import type { ImportColumn } from "./import-column";

export const IMPORT_KINDS = ["uslugi", "podmioty"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportKindInfo {
  kind: ImportKind;
  /** "Usługi", for the choice. */
  label: string;
  /** "usług", after "Import". */
  genitive: string;
  /** The file the API publishes at /files/templates/<name>. */
  templateFile: string;
  columns: readonly ImportColumn[];
  /** What an applied line makes, e.g. "szkic usługi". */
  createdAs: string;
}

export const IMPORT_KIND_INFO: Record<ImportKind, ImportKindInfo> = {
  uslugi: {
    kind: "uslugi",
    label: "Usługi",
    genitive: "usług",
    templateFile: "services-import.csv",
    columns: SERVICE_IMPORT_COLUMNS,
    createdAs:
      "Nowe usługi powstają jako szkice: opublikuj je w ich formularzach. Usługę rozpoznaną po podmiocie, nazwie i miejscu import aktualizuje.",
  },
  podmioty: {
    kind: "podmioty",
    label: "Podmioty",
    genitive: "podmiotów",
    templateFile: "organizations-import.csv",
    columns: ORGANIZATION_IMPORT_COLUMNS,
    createdAs:
      "Nowe podmioty powstają jako szkice; podmiot rozpoznany po NIP, REGON albo KRS zostaje zaktualizowany.",
  },
};

export const isImportKind = (value: unknown): value is ImportKind =>
  typeof value === "string" && (IMPORT_KINDS as readonly string[]).includes(value);

/** The kind named by a URL parameter; services when it names none. */
export const importKindOf = (value: unknown): ImportKind => (isImportKind(value) ? value : "uslugi");
