/** Keyboard reachability: Tab through a page and note every control and its focus indicator. */
import type { Page } from 'playwright-core';

const CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

export interface KeyboardReport {
  /** Visible, enabled controls that Tab never reached. */
  unreachable: string[];
  /** Controls that Tab reached but that show no outline or box-shadow when focused. */
  noIndicator: string[];
}

/** Presses Tab until focus returns to the start, then compares what was reached with the page's controls. */
export async function keyboardReport(page: Page): Promise<KeyboardReport> {
  const total = await page.evaluate((selector) => {
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : ''} "${(el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('aria-label') || (el as HTMLInputElement).name || ''}"`;
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) =>
        !(el as HTMLButtonElement).disabled &&
        el.checkVisibility({ visibilityProperty: true }) &&
        !el.closest('[inert]') &&
        !(el.tagName !== 'SUMMARY' && el.closest('details:not([open])') && !el.closest('summary')),
    );
    const state = { controls, names: controls.map(describe), reached: new Set<number>(), noIndicator: new Set<string>() };
    (window as unknown as { __keyboard: typeof state }).__keyboard = state;
    (document.activeElement as HTMLElement | null)?.blur();
    return controls.length;
  }, CONTROLS);
  for (let step = 0; step < total + 5; step++) {
    await page.keyboard.press('Tab');
    const done = await page.evaluate(() => {
      const state = (window as unknown as { __keyboard: { controls: Element[]; names: string[]; reached: Set<number>; noIndicator: Set<string> } }).__keyboard;
      const el = document.activeElement;
      const index = el ? state.controls.indexOf(el) : -1;
      if (index < 0) return false;
      if (state.reached.has(index)) return true;
      state.reached.add(index);
      const style = getComputedStyle(el!);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 && !/rgba\(.*, 0\)$/.test(style.outlineColor);
      if (!outline && style.boxShadow === 'none') state.noIndicator.add(state.names[index]!);
      return false;
    });
    if (done) break;
  }
  return page.evaluate(() => {
    const state = (window as unknown as { __keyboard: { names: string[]; reached: Set<number>; noIndicator: Set<string> } }).__keyboard;
    return { unreachable: state.names.filter((_, i) => !state.reached.has(i)), noIndicator: [...state.noIndicator] };
  });
}
