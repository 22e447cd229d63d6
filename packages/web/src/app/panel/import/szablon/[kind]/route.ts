import { IMPORT_KIND_INFO, isImportKind } from "@/features/panel/import/import-kinds";
import { fallbackTemplate, fetchApiTemplate } from "@/features/panel/import/import-template";

export const dynamic = "force-dynamic";

/**
 * The CSV template of an import (`uslugi` or `podmioty`): the one the API publishes (its address is
 * internal, so the browser cannot ask it directly), or one made from the documented columns when
 * the API has none.
 */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  if (!isImportKind(kind)) {
    return new Response("Nie ma takiego szablonu.\n", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const info = IMPORT_KIND_INFO[kind];
  const fromApi = await fetchApiTemplate(info.templateFile, request.signal);
  // A byte-order mark, so that spreadsheets open the file as UTF-8.
  const body = fromApi ? `\uFEFF${fromApi.replace(/^\uFEFF/, "")}` : fallbackTemplate(info);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="szablon-importu-${kind}.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
