import type { Metadata } from "next";
import {
  ProcurementPrintPage,
  procurementPrintMetadata,
} from "@/features/procurement/procurement-print-page";
import type { RawSearchParams } from "@/lib/search-params";

export const dynamic = "force-dynamic";

export const metadata: Metadata = procurementPrintMetadata;

export default function ZakupyProspoleczneListaPage({
  searchParams,
}: {
  searchParams: Promise<RawSearchParams>;
}) {
  return <ProcurementPrintPage searchParams={searchParams} />;
}
