/**
 * On a page opened from a search result (?highlight=words), marks the words.
 * Loads Pagefind's highlighter only then; otherwise it does nothing.
 */
if (new URLSearchParams(location.search).has('highlight')) {
  import(/* @vite-ignore */ new URL('/pagefind/pagefind-highlight.js', location.origin).href)
    .then(({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: 'highlight' }))
    .catch(() => undefined);
}

export {};
