import type { PublicationState } from "@/__generated__/graphql";
import { Badge } from "@/components/badge";
import { Badges } from "@/components/badges";
import { PUBLICATION_STATE_LABELS } from "./publication-labels";
import "./records.css";

/**
 * A record's state in words (szkic / opublikowany / w archiwum), plus "Dane demonstracyjne" for a
 * generated record. The words carry the meaning; the colour and border only repeat it.
 */
export function RecordStatusBadge(props: { state: PublicationState; isDemo?: boolean; label?: string }) {
  return (
    <Badges label={props.label ?? "Stan rekordu"}>
      <li className={`badge record-state record-state--${props.state.toLowerCase()}`}>
        {PUBLICATION_STATE_LABELS[props.state]}
      </li>
      {props.isDemo && <Badge variant="demo" />}
    </Badges>
  );
}
