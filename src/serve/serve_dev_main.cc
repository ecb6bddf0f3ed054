// serve_dev: the HTTP server alone, with the flags of `crosscheck serve`
// (see ParseServeArgs). Built by tests/api/CMakeLists.txt for the API,
// crash, load and browser tests.
#include <iostream>

#include "serve/server.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  auto options = crosscheck::ParseServeArgs(args);
  if (!options.ok()) {
    std::cerr << "serve_dev: " << options.error().message << "\n"
              << "usage: serve_dev --db FILE [--port N] [--bind ADDR] [--token T] "
                 "[--max-body BYTES] [--web DIR] [--port-file FILE] [--threads N] [--quiet]\n";
    return 2;
  }
  return crosscheck::RunServer(*options);
}
