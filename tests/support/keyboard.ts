import type { Page } from "playwright-core";

/** The text a keyboard user hears for the focused element: a field's label, otherwise its content. */
export function focusedName(target: Page): Promise<string> {
  return target.evaluate(() => {
    const element = document.activeElement;
    if (!element) return "";
    const label = element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : null;
    return (label ?? element.textContent ?? "").replace(/\s+/g, " ").trim();
  });
}

/** Presses Tab until the focused element is named `name`; fails listing what it passed. */
export async function tabTo(target: Page, name: string | RegExp, limit = 60): Promise<void> {
  const seen: string[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await target.keyboard.press("Tab");
    const focused = await focusedName(target);
    if (typeof name === "string" ? focused === name : name.test(focused)) return;
    seen.push(focused);
  }
  throw new Error(`Tab did not reach "${String(name)}" in ${limit} presses; passed: ${seen.join(" | ")}`);
}

/** Presses Tab until the focused element matches the CSS `selector`; returns its name. */
export async function tabUntil(target: Page, selector: string, limit = 60): Promise<string> {
  const seen: string[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await target.keyboard.press("Tab");
    if (await target.evaluate((css) => document.activeElement?.matches(css) ?? false, selector)) {
      return focusedName(target);
    }
    seen.push(await focusedName(target));
  }
  throw new Error(`Tab did not reach ${selector} in ${limit} presses; passed: ${seen.join(" | ")}`);
}

/** Enter on the focused link, waiting for the page it leads to. */
export async function follow(target: Page, url: RegExp | ((url: URL) => boolean)): Promise<void> {
  await Promise.all([target.waitForURL(url), target.keyboard.press("Enter")]);
}
