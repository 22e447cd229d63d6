import { panelQuery } from "@/lib/panel/panel-client";
import { API_MAX_PAGE_SIZE, collectAllPages, pageOf } from "@/lib/pagination";
import { PanelIndicators } from "./indicator-queries";

/** Every indicator definition, for the panel's table: the API hands them out a page at a time. */
export function loadPanelIndicators() {
  return collectAllPages(async (after) => {
    const { data, error } = await panelQuery(PanelIndicators, { first: API_MAX_PAGE_SIZE, after });
    if (!data) throw error ?? new Error("The indicators are missing");
    return pageOf(data.indicators);
  });
}
