import type { NextRequest } from "next/server";
import { procurementCsvResponse } from "@/features/procurement/procurement-csv-route";

export const dynamic = "force-dynamic";

/** /zakupy-prospoleczne/eksport.csv?…: the whole result list of the same search, as CSV. */
export function GET(request: NextRequest) {
  return procurementCsvResponse(request);
}
