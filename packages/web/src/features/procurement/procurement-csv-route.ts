import type { NextRequest } from "next/server";
import { paramsOfUrl } from "@/lib/search-params";
import { suppliersCsv } from "./procurement-format";
import { parseProcurementSearch } from "./procurement-search";
import { findAllSuppliers, withPlace } from "./procurement-suppliers";

function badRequest(message: string) {
  return new Response(`${message}\n`, {
    status: 400,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

/** The CSV of the whole result list of /zakupy-prospoleczne for the same query parameters. */
export async function procurementCsvResponse(request: NextRequest): Promise<Response> {
  const { search, placeError } = await withPlace(
    parseProcurementSearch(paramsOfUrl(request.nextUrl.searchParams)),
  );
  if (placeError) return badRequest(placeError);
  const { suppliers, invalid } = await findAllSuppliers(search);
  if (invalid) return badRequest(`Nieprawidłowe wyszukiwanie: ${invalid.message}`);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(suppliersCsv(suppliers), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="dostawcy-prospoleczni-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
}
