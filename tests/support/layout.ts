import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { REPO_ROOT } from "./paths";

/*
 * Layout checks for WCAG 2.2 reflow (1.4.10) and resize text (1.4.4). Each check runs in the page
 * and returns one line per problem, naming the element (tag, classes, text) so that a failure says
 * where to look. The in-page functions are self-contained: Playwright sends their source to the
 * browser, so they cannot call anything defined in this module.
 */

/** Where full-page screenshots go: outside the tracked files, or wherever SCREENSHOTS_DIR says. */
export const SCREENSHOTS_DIR =
  process.env.SCREENSHOTS_DIR ?? join(REPO_ROOT, "test-artifacts", "screenshots");

/**
 * Screenshots are for a person to look at, which a CI run on a throw-away clone never does: taken
 * only when asked for (`SCREENSHOTS=1` or a `SCREENSHOTS_DIR`). The checks run either way.
 */
export const TAKE_SCREENSHOTS = process.env.SCREENSHOTS === "1" || process.env.SCREENSHOTS_DIR !== undefined;

/** Viewport height used with every width; full-page screenshots capture the rest. */
const VIEWPORT_HEIGHT = 800;

/** The same problem once, and no more than a screenful of them. */
function capped(problems: string[]): string[] {
  const unique = [...new Set(problems)];
  return unique.length > 25 ? [...unique.slice(0, 25), `… and ${unique.length - 25} more`] : unique;
}

/** Opens every <details>, so that what is folded away is checked too. */
export async function openDisclosures(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
}

export async function setViewportWidth(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: VIEWPORT_HEIGHT });
}

/**
 * Saves a full-page PNG as <SCREENSHOTS_DIR>/<name>-<width>.png at the given viewport width, when
 * screenshots are asked for (the viewport is then left at that width).
 */
export async function saveScreenshot(page: Page, name: string, width: number): Promise<string | null> {
  if (!TAKE_SCREENSHOTS) return null;
  await setViewportWidth(page, width);
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, `${name}-${width}.png`);
  await page.screenshot({ path, fullPage: true, animations: "disabled" });
  return path;
}

/**
 * Reflow problems at the current viewport width: a page wider than the viewport, visible elements
 * or text that reach past its edges (unless inside a container that scrolls on its own), content
 * cut off by an `overflow: hidden` ancestor, and own-scroll containers that overflow but cannot be
 * reached by keyboard or have no name.
 */
export function reflowProblems(page: Page): Promise<string[]> {
  return page
    .evaluate(() => {
      const problems: string[] = [];
      const viewport = window.innerWidth;
      const tolerance = 1;
      const describe = (element: Element): string => {
        const classes = typeof element.className === "string" ? element.className.trim() : "";
        const name = element.tagName.toLowerCase() + (classes ? `.${classes.split(/\s+/).join(".")}` : "");
        const text = (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60);
        return text ? `<${name}> "${text}"` : `<${name}>`;
      };
      const styles = new Map<Element, CSSStyleDeclaration>();
      const style = (element: Element) => {
        let computed = styles.get(element);
        if (!computed) {
          computed = getComputedStyle(element);
          styles.set(element, computed);
        }
        return computed;
      };
      /** Hidden on purpose: display none, visibility hidden, or inside a 1-pixel clip (.visually-hidden). */
      const hidden = (element: Element): boolean => {
        if (!element.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) return true;
        for (let node: Element | null = element; node; node = node.parentElement) {
          const computed = style(node);
          if (computed.overflowX !== "visible" || computed.clip !== "auto") {
            const box = node.getBoundingClientRect();
            if (box.width <= 1 || box.height <= 1) return true;
          }
        }
        return false;
      };
      /** The nearest ancestor that does not let its content overflow visibly. */
      const clippingAncestor = (element: Element): Element | null => {
        for (
          let node = element.parentElement;
          node && node !== document.documentElement;
          node = node.parentElement
        ) {
          if (style(node).overflowX !== "visible") return node;
        }
        return null;
      };
      const reported: Element[] = [];
      const alreadyReported = (element: Element) => reported.some((outer) => outer.contains(element));
      const check = (element: Element, box: DOMRect, what: string) => {
        if (box.width === 0 || box.height === 0) return;
        if (box.left >= -tolerance && box.right <= viewport + tolerance) {
          const clip = clippingAncestor(element);
          if (!clip || clip === document.body) return;
          const clipBox = clip.getBoundingClientRect();
          const clipStyle = style(clip).overflowX;
          if (clipStyle === "auto" || clipStyle === "scroll") return;
          if (box.right > clipBox.right + tolerance || box.left < clipBox.left - tolerance) {
            if (alreadyReported(element)) return;
            reported.push(element);
            problems.push(`${what} ${describe(element)} is cut off by overflow: hidden on ${describe(clip)}`);
          }
          return;
        }
        const clip = clippingAncestor(element);
        const clipStyle = clip ? style(clip).overflowX : "visible";
        if (clip && (clipStyle === "auto" || clipStyle === "scroll") && clip !== document.body) return;
        if (alreadyReported(element)) return;
        reported.push(element);
        const where = clip
          ? `, cut off by overflow: ${clipStyle} on ${describe(clip)}`
          : ` (${Math.round(box.left)}–${Math.round(box.right)} px)`;
        problems.push(`${what} ${describe(element)} reaches past the ${viewport} px viewport${where}`);
      };

      const { scrollWidth } = document.documentElement;
      if (scrollWidth > viewport) {
        problems.push(`the page scrolls sideways: scrollWidth ${scrollWidth} px > viewport ${viewport} px`);
      }

      for (const element of Array.from(document.body.querySelectorAll("*"))) {
        if (element instanceof SVGElement && element.ownerSVGElement) continue;
        if (hidden(element)) continue;
        check(element, element.getBoundingClientRect(), "element");

        const overflowX = style(element).overflowX;
        if (
          (overflowX === "auto" || overflowX === "scroll") &&
          element.scrollWidth > element.clientWidth + 1
        ) {
          const focusable = (element as HTMLElement).tabIndex >= 0;
          const named = element.hasAttribute("aria-label") || element.hasAttribute("aria-labelledby");
          const hasFocusableContent =
            element.querySelector(
              "a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])",
            ) !== null;
          if (focusable && !named) {
            problems.push(`scroll container ${describe(element)} takes focus but has no accessible name`);
          } else if (!focusable && !hasFocusableContent) {
            problems.push(
              `scroll container ${describe(element)} scrolls sideways but cannot be reached by keyboard`,
            );
          }
        }
      }

      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.textContent?.trim()) continue;
        if (parent instanceof SVGElement || parent.closest("script, style, noscript, template")) continue;
        // Text cut off by its own element is the clipped-text check's concern.
        if (hidden(parent) || style(parent).overflowX !== "visible") continue;
        range.selectNodeContents(node);
        check(parent, range.getBoundingClientRect(), "text in");
      }
      return problems;
    })
    .then(capped);
}

/**
 * Text that cannot be read whole: a text container whose content is larger than its box with
 * overflow hidden (cut off), text spilling out of a button, link, label or badge, a select too
 * narrow for its chosen option, and text of one element drawn over another's.
 */
export function clippedTextProblems(page: Page): Promise<string[]> {
  return page
    .evaluate(() => {
      const problems: string[] = [];
      const describe = (element: Element): string => {
        const classes = typeof element.className === "string" ? element.className.trim() : "";
        const name = element.tagName.toLowerCase() + (classes ? `.${classes.split(/\s+/).join(".")}` : "");
        const text = (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60);
        return text ? `<${name}> "${text}"` : `<${name}>`;
      };
      const hidden = (element: Element): boolean => {
        if (!element.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) return true;
        for (let node: Element | null = element; node; node = node.parentElement) {
          const computed = getComputedStyle(node);
          if (computed.overflowX !== "visible" || computed.clip !== "auto") {
            const box = node.getBoundingClientRect();
            if (box.width <= 1 || box.height <= 1) return true;
          }
        }
        return false;
      };
      const ownText = (element: Element) =>
        Array.from(element.childNodes).some(
          (child) => child.nodeType === Node.TEXT_NODE && child.textContent?.trim(),
        );

      const textContainers =
        "h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, label, legend, summary, caption, figcaption, a, button, .badge";
      for (const element of Array.from(document.body.querySelectorAll(textContainers))) {
        if (element.closest("svg") || hidden(element)) continue;
        const computed = getComputedStyle(element);
        if (computed.display === "inline" || !element.textContent?.trim()) continue;
        const clips = [computed.overflowX, computed.overflowY].some(
          (value) => value === "hidden" || value === "clip",
        );
        const wide = element.scrollWidth > element.clientWidth + 1;
        const tall = element.scrollHeight > element.clientHeight + 1;
        if (clips && (wide || tall)) {
          problems.push(`text is cut off in ${describe(element)} (overflow: hidden)`);
        } else if (computed.textOverflow === "ellipsis" && wide) {
          problems.push(`text is shortened with an ellipsis in ${describe(element)}`);
        } else if (wide && ownText(element) && element.matches("a, button, label, summary, .badge, th, td")) {
          problems.push(`text spills sideways out of ${describe(element)}`);
        } else if (tall && ownText(element) && element.matches("a, button, .badge")) {
          problems.push(`text spills out of the height of ${describe(element)}`);
        }
      }

      const canvas = document.createElement("canvas").getContext("2d")!;
      for (const select of Array.from(document.body.querySelectorAll("select"))) {
        if (hidden(select) || select.multiple || select.selectedIndex < 0) continue;
        const computed = getComputedStyle(select);
        if (computed.appearance === "base-select") {
          // A styled select lays its chosen option out like any content, which may wrap.
          if (select.scrollWidth > select.clientWidth + 1 || select.scrollHeight > select.clientHeight + 1) {
            problems.push(`the chosen option is cut off in ${describe(select)}`);
          }
          continue;
        }
        canvas.font = `${computed.fontWeight} ${computed.fontSize} ${computed.fontFamily}`;
        const textWidth = canvas.measureText(select.options[select.selectedIndex]!.text).width;
        // The drop-down arrow takes about 1.5em of the content box.
        const room =
          select.clientWidth -
          parseFloat(computed.paddingLeft) -
          parseFloat(computed.paddingRight) -
          1.5 * parseFloat(computed.fontSize);
        if (textWidth > room + 1) {
          problems.push(
            `the chosen option is cut off in ${describe(select)} (${Math.round(textWidth)} px of text)`,
          );
        }
      }

      // Text of one element over another's: line boxes of different text nodes that overlap.
      const fragments: { box: DOMRect; node: Node; owner: Element }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const owner = node.parentElement;
        if (!owner || !node.textContent?.trim()) continue;
        if (owner.closest("svg, script, style, noscript, template") || hidden(owner)) continue;
        range.selectNodeContents(node);
        for (const box of Array.from(range.getClientRects())) {
          if (box.width > 0 && box.height > 0) fragments.push({ box, node, owner });
        }
      }
      fragments.sort((a, b) => a.box.top - b.box.top);
      const pairs = new Set<string>();
      for (let i = 0; i < fragments.length; i++) {
        const a = fragments[i]!;
        for (let j = i + 1; j < fragments.length && fragments[j]!.box.top < a.box.bottom; j++) {
          const b = fragments[j]!;
          if (a.node === b.node) continue;
          const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (width > 2 && height > 0.3 * Math.min(a.box.height, b.box.height)) {
            const message = `text of ${describe(a.owner)} overlaps text of ${describe(b.owner)}`;
            if (!pairs.has(message)) {
              pairs.add(message);
              problems.push(message);
            }
          }
        }
      }
      return problems;
    })
    .then(capped);
}

/** axe-core's WCAG 2.2 target size rule (2.5.8): pointer targets at least 24 by 24 px, or spaced. */
export async function smallTargets(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withRules(["target-size"]).analyze();
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${node.target.join(" ")}: ${node.failureSummary?.replace(/\s+/g, " ")}`),
  );
}

export interface TextResize {
  /** Body font size before and after, in px. */
  body: { before: number; after: number };
  /** Elements whose text did not grow to (almost) twice its size: sized in px or by the viewport. */
  notScaled: string[];
}

/**
 * Resizes text to 200 % the way a reader's browser setting does: the root font size doubles. Text
 * sized in rem/em follows; text sized in px or vw does not, and is named in `notScaled`. SVG text
 * is left out: charts and maps scale as pictures and have tables beside them.
 */
export function resizeTextTo200Percent(page: Page): Promise<TextResize> {
  return page.evaluate(() => {
    const describe = (element: Element): string => {
      const classes = typeof element.className === "string" ? element.className.trim() : "";
      const name = element.tagName.toLowerCase() + (classes ? `.${classes.split(/\s+/).join(".")}` : "");
      const text = (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60);
      return text ? `<${name}> "${text}"` : `<${name}>`;
    };
    const withText = Array.from(document.body.querySelectorAll("*")).filter(
      (element) =>
        !element.closest("svg, script, style, noscript, template") &&
        Array.from(element.childNodes).some(
          (child) => child.nodeType === Node.TEXT_NODE && child.textContent?.trim(),
        ),
    );
    const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
    const before = withText.map(size);
    const bodyBefore = size(document.body);
    document.documentElement.style.fontSize = "200%";
    const after = withText.map(size);
    const notScaled = withText.flatMap((element, index) =>
      after[index]! < 1.9 * before[index]!
        ? [`${describe(element)}: ${before[index]} px → ${after[index]} px`]
        : [],
    );
    return { body: { before: bodyBefore, after: size(document.body) }, notScaled };
  });
}
