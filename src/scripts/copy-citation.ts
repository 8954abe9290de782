/**
 * Progressive enhancement of "Cite this page": shows the Copy buttons, which
 * put the text of the element named by `data-copy` on the clipboard. Without
 * JavaScript the buttons stay hidden and the text stays selectable.
 */
if (navigator.clipboard) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = document.getElementById(button.dataset.copy ?? '')?.textContent ?? '';
      try {
        await navigator.clipboard.writeText(text.trim());
        button.textContent = 'Copied';
      } catch {
        button.textContent = 'Copy failed: select the text instead';
      }
      setTimeout(() => (button.textContent = 'Copy'), 2000);
    });
  }
}

export {};
