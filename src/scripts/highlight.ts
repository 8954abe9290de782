/**
 * On a page opened from a search result (?highlight=words), marks the words.
 * Loads Pagefind's highlighter only then; otherwise it does nothing.
 */
if (new URLSearchParams(location.search).has('highlight')) {
  import(/* @vite-ignore */ new URL('/pagefind/pagefind-highlight.js', location.origin).href)
    // addStyles: false, because the highlighter would otherwise inject a <style> element, which the
    // site's CSP (style-src 'self') refuses with a console error; the marks are styled in src/styles/components/search.css.
    .then(({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: 'highlight', addStyles: false }))
    .catch(() => undefined);
}

export {};
