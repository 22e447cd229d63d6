/** Code in a box that scrolls when its lines are long: named and focusable, so a keyboard can scroll it. */
export function CodeBlock(props: { label: string; code: string; testId?: string }) {
  return (
    <pre
      className="api-code"
      role="region"
      aria-label={props.label}
      // A scrolling region takes keyboard focus, so that it can be scrolled without a mouse (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      data-testid={props.testId}
    >
      <code>{props.code}</code>
    </pre>
  );
}
