// The export routes of `crosscheck serve` (docs/API.md "Exports"):
//   GET /api/stories/{id}/export?format=csv|acled|jsonld|prov
//   GET /api/export?format=...&q=...&limit=...&offset=...
// Each answers with the export of docs/EXPORTS.md (the same bytes
// `crosscheck export` writes for the same stories), its media type, and a
// Content-Disposition that makes a browser save it under a file name.
// Errors are JSON like the rest of the API (400 unknown format or bad
// paging, 404 unknown story, 500 store failure).
//
// Thread safety: the handlers read the store only (Store methods are safe
// from many threads); register them before the API's catch-all route.
#ifndef CROSSCHECK_SERVE_EXPORT_ROUTES_H_
#define CROSSCHECK_SERVE_EXPORT_ROUTES_H_

#include <httplib.h>

#include "store/store.h"

namespace crosscheck::serve {

// `store` must outlive the server.
void RegisterExportRoutes(httplib::Server& server, Store* store);

// Removes the "br" coding from the request's Accept-Encoding ("gzip,
// deflate, br" -> "gzip, deflate"), so responses (exports, story pages) are
// gzip-compressed: cpp-httplib's brotli runs at quality 11, fifty times the
// CPU of gzip for these bodies.
void DropBrotli(httplib::Headers& headers);

}  // namespace crosscheck::serve

#endif  // CROSSCHECK_SERVE_EXPORT_ROUTES_H_
