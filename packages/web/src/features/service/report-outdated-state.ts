/** The fields of the report form that can carry an error of their own. */
export type ReportField = "message" | "contact";

export interface ReportOutdatedState {
  status: "idle" | "sent" | "rejected";
  /** What the resident typed; kept when the report is refused, cleared once it is sent. */
  values: { message: string; contact: string };
  fieldErrors: Partial<Record<ReportField, string>>;
  /** An error that belongs to no field (rate limit, a withdrawn service, the API being down). */
  formError: string | null;
}

export const MESSAGE_MIN_LENGTH = 10;
export const MESSAGE_MAX_LENGTH = 2000;
export const CONTACT_MAX_LENGTH = 200;

export const INITIAL_REPORT_STATE: ReportOutdatedState = {
  status: "idle",
  values: { message: "", contact: "" },
  fieldErrors: {},
  formError: null,
};

export const SENT_REPORT_STATE: ReportOutdatedState = { ...INITIAL_REPORT_STATE, status: "sent" };
