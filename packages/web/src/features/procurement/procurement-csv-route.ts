import type { NextRequest } from "next/server";
import type { RawSearchParams } from "@/lib/search-params";
import { suppliersCsv } from "./procurement-format";
import { parseProcurementSearch } from "./procurement-search";
import { findAllSuppliers, withPlace } from "./procurement-suppliers";

function searchParamsOf(request: NextRequest): RawSearchParams {
  const params: RawSearchParams = {};
  for (const key of new Set(request.nextUrl.searchParams.keys())) {
    params[key] = request.nextUrl.searchParams.getAll(key);
  }
  return params;
}

function badRequest(message: string) {
  return new Response(`${message}\n`, {
    status: 400,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

/** The CSV of the whole result list of /zakupy-prospoleczne for the same query parameters. */
export async function procurementCsvResponse(request: NextRequest): Promise<Response> {
  const { search, placeError } = await withPlace(parseProcurementSearch(searchParamsOf(request)));
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
