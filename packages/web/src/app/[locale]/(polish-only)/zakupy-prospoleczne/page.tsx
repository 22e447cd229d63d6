import type { Metadata } from "next";
import { ProcurementPage, procurementMetadata } from "@/features/procurement/procurement-page";
import type { RawSearchParams } from "@/lib/search-params";

export const dynamic = "force-dynamic";

export const metadata: Metadata = procurementMetadata;

export default function ZakupyProspolecznePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return <ProcurementPage searchParams={searchParams} />;
}
