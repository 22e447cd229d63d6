import { FormField } from "@/components/form-field";

/** The CPV code filter of the registry and of the supplier search; each page words its own hint. */
export function CpvField(props: {
  value: string;
  error: string | null;
  hint: string;
  label?: string;
  errorPrefix?: string;
}) {
  return (
    <FormField
      id="cpv"
      label={props.label ?? "Kod CPV lub jego początek"}
      hint={props.hint}
      error={props.error}
      errorPrefix={props.errorPrefix}
    >
      {(control) => (
        <input
          {...control}
          name="cpv"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          defaultValue={props.value}
          maxLength={20}
        />
      )}
    </FormField>
  );
}
