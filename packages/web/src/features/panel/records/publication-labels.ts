import type { PublicationState } from "@/__generated__/graphql";

/** Polish words for a record's publication state, in the order a status filter lists them. */
export const PUBLICATION_STATE_LABELS: Record<PublicationState, string> = {
  DRAFT: "szkic",
  PUBLISHED: "opublikowany",
  ARCHIVED: "w archiwum",
};

export const PUBLICATION_STATES = Object.keys(PUBLICATION_STATE_LABELS) as PublicationState[];

export const isPublicationState = (value: string): value is PublicationState =>
  (PUBLICATION_STATES as string[]).includes(value);
