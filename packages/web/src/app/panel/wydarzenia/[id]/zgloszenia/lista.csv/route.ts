import { attendanceCsvResponse } from "@/features/panel/events/attendance-csv";

export const dynamic = "force-dynamic";

/** An event's attendance list: the API's CSV, fetched with the editor's session (see attendance-csv.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return attendanceCsvResponse(id, request.signal);
}
