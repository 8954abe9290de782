/**
 * Progressive enhancement of "Cite this page": shows the Copy buttons, which
 * put the text of the element named by `data-copy` on the clipboard. Without
 * JavaScript the buttons stay hidden and the text stays selectable.
 */

/** Shows a Copy button and makes it copy `text()` (src/scripts/cite-formats.ts uses it for the formats it adds). */
export function enableCopy(button: HTMLButtonElement, text: () => string): void {
  if (!navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text().trim());
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Copy failed: select the text instead';
    }
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  enableCopy(button, () => document.getElementById(button.dataset.copy ?? '')?.textContent ?? '');
}
