"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/button";
import { localeHref, type Locale } from "@/i18n/locales";
import type { SiteSearchWords } from "./site-search-words";
import "./site-search-box.css";

/** One completion as /szukaj/podpowiedzi answers it. */
export interface SuggestionOption {
  label: string;
  kind: "PLACE" | "ORGANIZATION" | "SERVICE_AREA" | "SERVICE_TYPE";
  href: string;
}

const DEBOUNCE_MS = 250;

/**
 * The search box in the site header. On the server (and without JavaScript) it is a plain GET form
 * to /szukaj; once hydrated, the input becomes a WAI-ARIA combobox with completions from
 * /szukaj/podpowiedzi. Enter on a chosen option opens it; otherwise Enter submits the form. The
 * completions are records (in Polish); what they open is the page in the reader's language.
 */
export function SiteSearchBox(props: { locale: Locale; messages: SiteSearchWords }) {
  const { locale, messages } = props;
  const id = useId();
  const inputId = `${id}-pole`;
  const listId = `${id}-lista`;
  const [enhanced, setEnhanced] = useState(false);
  const [options, setOptions] = useState<SuggestionOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const request = useRef<AbortController | null>(null);

  useEffect(() => {
    setEnhanced(true);
    return () => {
      clearTimeout(timer.current);
      request.current?.abort();
    };
  }, []);

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function lookUp(text: string) {
    clearTimeout(timer.current);
    request.current?.abort();
    if (text.trim().length < 2) {
      setOptions([]);
      close();
      setStatus("");
      return;
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      request.current = controller;
      try {
        const response = await fetch(`/szukaj/podpowiedzi?${new URLSearchParams({ q: text.trim() })}`, {
          signal: controller.signal,
        });
        if (!response.ok) return;
        const found = ((await response.json()) as SuggestionOption[]).map((option) => ({
          ...option,
          href: localeHref(locale, option.href),
        }));
        setOptions(found);
        setActive(-1);
        setOpen(found.length > 0);
        setStatus(found.length === 0 ? messages.none : (messages.found[found.length] ?? ""));
      } catch {
        // An aborted or failed lookup leaves the plain form, which still works.
      }
    }, DEBOUNCE_MS);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (options.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      // Wraps around: down from the last option goes to the first, up from none to the last.
      setActive((current) =>
        current < 0 && step < 0 ? options.length - 1 : (current + step + options.length) % options.length,
      );
    } else if (event.key === "Enter" && open && options[active]) {
      event.preventDefault();
      window.location.assign(options[active].href);
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        close();
      } else {
        event.currentTarget.value = "";
        setOptions([]);
      }
    }
  }

  const expanded = enhanced && open && options.length > 0;
  const activeId = expanded && active >= 0 ? `${listId}-${active}` : undefined;
  const action = localeHref(locale, "/szukaj");

  return (
    <form className="site-search" method="get" action={action} role="search" aria-label={messages.landmark}>
      <label htmlFor={inputId}>{messages.label}</label>
      <div className="site-search__row">
        <div className="site-search__field">
          <input
            id={inputId}
            name="q"
            type="search"
            maxLength={200}
            autoComplete="off"
            {...(enhanced && {
              role: "combobox",
              "aria-autocomplete": "list" as const,
              "aria-expanded": expanded,
              "aria-controls": listId,
              "aria-activedescendant": activeId,
            })}
            onChange={(event) => lookUp(event.target.value)}
            onKeyDown={onKeyDown}
            onBlur={close}
          />
          {enhanced && (
            <ul
              id={listId}
              role="listbox"
              aria-label={messages.suggestions}
              className="site-search__options"
              hidden={!expanded}
            >
              {options.map((option, index) => (
                // The keyboard reaches options through the input (aria-activedescendant), as the
                // combobox pattern says; the click handler is for the pointer only.
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                <li
                  key={`${option.kind}:${option.href}:${option.label}`}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className="site-search__option"
                  // Keeps the focus in the input, so the click is not lost to its blur.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => window.location.assign(option.href)}
                >
                  <span lang={locale === "pl" ? undefined : "pl"}>{option.label}</span>{" "}
                  <span className="site-search__kind">— {messages.kinds[option.kind]}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <Button type="submit">{messages.submit}</Button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {status}
      </p>
    </form>
  );
}
