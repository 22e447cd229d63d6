import type { NextRequest } from "next/server";
import { graphql } from "@/__generated__";
import { loadIndicatorChoices } from "@/features/indicator/indicator-choices";
import { csvFilename, indicatorCsv } from "@/features/indicator/indicator-csv";
import { unitLabel } from "@/features/indicator/indicator-format";
import { parseIndicatorView, REGION_CODE } from "@/features/indicator/indicator-params";
import { query } from "@/lib/apollo/rsc-client";
import { paramsOfUrl } from "@/lib/search-params";

export const dynamic = "force-dynamic";

const VOIVODESHIP_CODES = Array.from({ length: 16 }, (_, index) => String((index + 1) * 2).padStart(2, "0"));

const IndicatorCsvQuery = graphql(`
  query IndicatorCsv($code: String!, $areaCodes: [String!]!) {
    indicator(code: $code) {
      code
      name
      unit
    }
    indicatorSeries(code: $code, areaCodes: $areaCodes) {
      years
      units {
        territorialUnit {
          code
          name
          kind
        }
        values {
          year
          value
        }
      }
    }
  }
`);

function notFound(message: string) {
  return new Response(`${message}\n`, {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

/**
 * The CSV of what /dane shows for the same query parameters: the table's powiaty and województwo,
 * and with the map of województwa every województwo too.
 */
export async function GET(request: NextRequest) {
  const { choices } = await loadIndicatorChoices();
  const parsed = parseIndicatorView(paramsOfUrl(request.nextUrl.searchParams), choices);
  if (parsed.status !== "ok") return notFound("Nie ma takiego wskaźnika.");
  const { view } = parsed;
  const regions = view.level === "wojewodztwa" ? VOIVODESHIP_CODES : [REGION_CODE];
  const { data } = await query({
    query: IndicatorCsvQuery,
    variables: { code: view.code, areaCodes: [...choices.countyCodes, ...regions] },
  });
  if (!data?.indicator) return notFound("Nie ma takiego wskaźnika.");
  const csv = indicatorCsv({
    indicator: data.indicator,
    years: data.indicatorSeries.years,
    units: data.indicatorSeries.units.map((unit) => ({
      code: unit.territorialUnit.code,
      label: unitLabel(unit.territorialUnit),
      values: unit.values,
    })),
  });
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${csvFilename(view.code, view.level)}"`,
      "cache-control": "no-store",
    },
  });
}
