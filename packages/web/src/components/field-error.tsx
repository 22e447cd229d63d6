/** A field's error message, with a hidden prefix so that a screen reader says it is an error. */
export function FieldError(props: { id: string; message: string | null | undefined; prefix?: string }) {
  if (!props.message) return null;
  return (
    <p className="field-error" id={props.id}>
      <span className="visually-hidden">{props.prefix ?? "Błąd: "}</span>
      {props.message}
    </p>
  );
}
