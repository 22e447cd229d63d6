import { Badge } from "@/components/badge";
import { Badges } from "@/components/badges";
import { LEGAL_FORM_LABELS } from "@/features/organization/labels";
import { formatDate } from "@/lib/dates";
import { telephoneHref } from "@/lib/contact-links";
import {
  certificateValidUntil,
  RESERVED_KIND_LABELS,
  supplierAddress,
  supplierCpvCodes,
} from "./procurement-format";
import type { Supplier } from "./procurement-suppliers";

/** One supplier with what a buyer needs: who, where, what (CPV), how to reach them, and the marks. */
export function SupplierItem(props: { supplier: Supplier; headingLevel?: 2 | 3 }) {
  const { supplier } = props;
  const Heading = props.headingLevel === 2 ? "h2" : "h3";
  const headingId = `dostawca-${supplier.slug}`;
  const cpvCodes = supplierCpvCodes(supplier);
  const validUntil = certificateValidUntil(supplier);
  const phoneHref = supplier.contact.phone ? telephoneHref(supplier.contact.phone) : null;
  return (
    <article className="supplier" aria-labelledby={headingId}>
      <Heading id={headingId} className="supplier__name">
        <a href={`/podmioty/${encodeURIComponent(supplier.slug)}`}>{supplier.name}</a>
      </Heading>
      <p className="supplier__meta">
        {LEGAL_FORM_LABELS[supplier.legalForm]} · {supplier.address.city}
      </p>
      <Badges>
        {validUntil && (
          <Badge variant="certified">Zakup Prospołeczny (ważny do {formatDate(validUntil)})</Badge>
        )}
        {supplier.reservedContractKinds.map((kind) => (
          <Badge key={kind} variant="reserved">
            zamówienia zastrzeżone: {RESERVED_KIND_LABELS[kind]}
          </Badge>
        ))}
        {supplier.isDemo && <Badge variant="demo" />}
      </Badges>
      <dl className="supplier__facts">
        <dt>Adres</dt>
        <dd>{supplierAddress(supplier)}</dd>
        <dt>Kody CPV</dt>
        <dd className="supplier__cpv">{cpvCodes.length > 0 ? cpvCodes.join(", ") : "brak"}</dd>
        <dt>E-mail</dt>
        <dd className="supplier__email">
          {supplier.contact.email ? (
            <a href={`mailto:${supplier.contact.email}`}>{supplier.contact.email}</a>
          ) : (
            "brak"
          )}
        </dd>
        <dt>Telefon</dt>
        <dd className="supplier__phone">
          {supplier.contact.phone && phoneHref ? (
            <a href={phoneHref}>{supplier.contact.phone}</a>
          ) : (
            (supplier.contact.phone ?? "brak")
          )}
        </dd>
      </dl>
    </article>
  );
}
