import { WEEKDAY_NAMES, formatSpan } from "@/features/service/opening-hours-format";
import {
  COST_KIND_LABELS,
  DELIVERY_MODE_LABELS,
  SERVICE_TYPE_LABELS,
  TARGET_GROUP_LABELS,
} from "@/features/service/service-labels";
import type { ServiceRecord } from "./service-form-defaults";

/** A draft as a resident would read it, before publishing: the stored values, not the form's. */
export function ServicePreview(props: { service: ServiceRecord }) {
  const { service } = props;
  const cost = [
    COST_KIND_LABELS[service.cost.kind],
    service.cost.amount !== null && service.cost.amount !== undefined
      ? `${service.cost.amount.toFixed(2).replace(".", ",")} zł ${service.cost.unit ?? ""}`.trim()
      : null,
    service.cost.explanation || null,
  ].filter(Boolean);
  return (
    <section className="record-preview" aria-labelledby="podglad">
      <h2 id="podglad">Podgląd szkicu</h2>
      <p className="hint">Tak usługa będzie wyglądać w serwisie po opublikowaniu (zapisane dane).</p>
      <h3>{service.title}</h3>
      <dl>
        <dt>Rodzaj usługi</dt>
        <dd>{SERVICE_TYPE_LABELS[service.serviceType]}</dd>
        <dt>Usługodawca</dt>
        <dd>{service.provider?.name ?? "nie podano"}</dd>
        <dt>Opis</dt>
        <dd>{service.description}</dd>
        <dt>Dla kogo</dt>
        <dd>
          {service.targetGroups.length
            ? service.targetGroups.map((group) => TARGET_GROUP_LABELS[group]).join("; ")
            : "nie podano"}
        </dd>
        <dt>Forma realizacji</dt>
        <dd>{service.deliveryModes.map((mode) => DELIVERY_MODE_LABELS[mode]).join("; ")}</dd>
        <dt>Odpłatność</dt>
        <dd>{cost.join(" — ")}</dd>
        <dt>Jak skorzystać</dt>
        <dd>{service.howToApply.text}</dd>
        <dt>Obszar działania</dt>
        <dd>{service.areasServed.map((area) => area.name).join(", ") || "nie podano"}</dd>
      </dl>
      {service.locations.map((location, index) => (
        <div key={index}>
          <h4>{location.name || `Miejsce ${index + 1}`}</h4>
          <p>
            {location.address.streetAddress}, {location.address.postalCode} {location.address.city}
          </p>
          {location.openingHours.length > 0 ? (
            <ul>
              {location.openingHours.map((hours) => (
                <li key={`${hours.weekday}-${hours.opens}`}>
                  {WEEKDAY_NAMES[hours.weekday - 1]}: {formatSpan(hours.opens, hours.closes)}
                </li>
              ))}
            </ul>
          ) : (
            <p>Bez godzin otwarcia.</p>
          )}
        </div>
      ))}
    </section>
  );
}
