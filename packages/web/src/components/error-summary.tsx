import type { ReactNode } from "react";

/**
 * What was refused, at the top of a form's results: a title, the reason and a link to the field to
 * fix. `role="alert"` announces it; `tabIndex={-1}` lets it take the focus after a search.
 */
export function ErrorSummary(props: {
  id?: string;
  title?: ReactNode;
  message: ReactNode;
  /** The id of the field to fix, if one is to blame. */
  field?: string | null;
  goToField?: string;
}) {
  const { title, message, field } = props;
  return (
    <div className="error-summary" role="alert" id={props.id} tabIndex={-1}>
      <p>
        {title && (
          <>
            <strong>{title}</strong>{" "}
          </>
        )}
        {message}
        {field && (
          <>
            {" "}
            <a href={`#${field}`}>{props.goToField ?? "Przejdź do pola"}</a>
          </>
        )}
      </p>
    </div>
  );
}
