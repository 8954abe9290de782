// Starts Pagefind's UI on /search/ and runs the query passed as ?q= by the header search box.
(function () {
  var root = document.querySelector('[data-search-root]');
  if (!root || typeof PagefindUI === 'undefined') return;
  var ui = new PagefindUI({ element: root, showSubResults: true, showImages: false, resetStyles: false });
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
