// crosscheck web page: starts the first view's API request while the rest
// of the page (style sheet, charts.js, app.js) is still loading, so the
// server answers in parallel instead of after the scripts have run. app.js
// takes the answer (CC.early) when it asks for the same path, else it is
// dropped; CC.storiesRequest builds the story list's request for both.
// Loaded as a plain script before the style sheet, so it runs before
// app.js (deferred) and waits for no style sheet.
'use strict';

window.CC = window.CC || {};

(function () {
  const PAGE = 50;
  const pageOf = xs => { const i = xs.indexOf('page'); return i >= 0 ? Math.max(1, parseInt(xs[i + 1], 10) || 1) : 1; };
  // The story list's API path ("stories?limit=51&offset=0"): one more than
  // a page tells whether there is a next one.
  function storiesRequest(query, page) {
    return `stories?limit=${PAGE + 1}&offset=${(page - 1) * PAGE}` + (query ? '&q=' + encodeURIComponent(query) : '');
  }
  // The API path a route's view asks for first, or null.
  function firstRequest(hash) {
    const parts = hash.replace(/^#\/?/, '').split('/');
    const [kind, ...rest] = parts;
    try {
      if (kind === 'story' && rest[0]) return 'stories/' + encodeURIComponent(decodeURIComponent(rest[0]));
      if (kind === 'doc' && rest[0]) return 'documents/' + encodeURIComponent(decodeURIComponent(rest[0]));
      if (kind === 'search' && rest[0]) return storiesRequest(decodeURIComponent(rest[0]), pageOf(rest));
    } catch (e) {
      return null;  // a malformed escape: app.js reports it
    }
    return storiesRequest('', kind === 'page' ? pageOf(parts) : 1);
  }
  CC.PAGE = PAGE;
  CC.storiesRequest = storiesRequest;
  CC.firstRequest = firstRequest;
  const path = firstRequest(location.hash);
  if (path) {
    const response = fetch('/api/' + path, { headers: { Accept: 'application/json' } });
    response.catch(() => {});  // app.js sees the failure when it takes it
    CC.early = { path, response };
  }
})();
