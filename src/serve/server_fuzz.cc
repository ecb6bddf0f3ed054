// libFuzzer target: arbitrary bytes as what a client sends on a connection,
// through the server's request handling in-process: the front's framing
// (ScanRequestHead, ChunkedScanner, CheckHead, RewriteHead), then the routes
// (cpp-httplib parsing, the policies, the Service over a SQLite store in a
// temporary folder). Invariants: framing never claims more bytes than were
// sent; every request handed on gets exactly one well-formed response; no
// response is a 500 (the store is healthy, so a 500 is a bug); every /api/
// response body is valid JSON; the store passes its integrity check when
// it is replaced (every 500 inputs or 1 MiB: World). The store lives in
// /dev/shm when it can (FuzzScratchDir).
#include <httplib.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "core/fuzz_support.h"
#include "core/paths.h"
#include "pipeline/pipeline.h"
#include "serve/server_routes.h"
#include "serve/story_update.h"
#include "store/store.h"

namespace {

using namespace crosscheck;
using namespace crosscheck::serve;

class MemoryStream final : public httplib::Stream {
 public:
  explicit MemoryStream(std::string_view in) : in_(in) {}
  bool is_readable() const override { return pos_ < in_.size(); }
  bool is_writable() const override { return true; }
  ssize_t read(char* ptr, size_t size) override {
    size_t k = std::min(size, in_.size() - pos_);
    std::memcpy(ptr, in_.data() + pos_, k);
    pos_ += k;
    return static_cast<ssize_t>(k);
  }
  ssize_t write(const char* ptr, size_t size) override {
    out_.append(ptr, size);
    return static_cast<ssize_t>(size);
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 40000;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 8080;
  }
  socket_t socket() const override { return 3; }
  size_t consumed() const { return pos_; }
  const std::string& out() const { return out_; }

 private:
  std::string_view in_;
  size_t pos_ = 0;
  std::string out_;
};

// The store, the service over it and the routes, made afresh every
// kWorldInputs inputs or kWorldBytes of input (as store_fuzz does): every
// stored document joins every later fusion round (the server fuses its
// whole store: StoryFuser::RunRound) and an ingest waits for its round, so
// in one store kept for the whole run each input cost more than the last
// (server_fuzz fell from 6,500 to 70 runs a second within 90,000 runs, the
// fusion thread taking two thirds of the time). Within a world the store
// still holds up to hundreds of documents from earlier inputs. The pipeline
// (its models) is loaded once for the process.
constexpr int kWorldInputs = 500;
constexpr size_t kWorldBytes = size_t{1} << 20;

struct World {
  std::string dir;
  std::unique_ptr<Store> store;
  std::unique_ptr<Service> service;
  std::unique_ptr<StoryFuser> fuser;  // the fusion rounds, run after each input
  ServeOptions options;
  RouteContext ctx;
  std::unique_ptr<Router> router;
  HeadPolicy policy;
  int inputs = 0;  // since the store was made
  size_t input_bytes = 0;

  explicit World(Pipeline* pipeline) {
    dir = FuzzScratchDir("server_fuzz");
    auto s = OpenSqliteStore(dir + "/fuzz.db");
    if (!s.ok()) std::abort();
    store = std::move(s.value());
    // Fusion runs in this thread after each input (Fuse), not on the
    // service's thread: a round in flight on another thread when libFuzzer
    // checks for leaks after an input showed its live statement and SQL
    // text as leaked (found at 166,664 runs), and a background thread made
    // an input's outcome depend on timing. The HTTP side is the same.
    ServiceOptions so;
    so.fuse = false;
    so.story_wait_ms = 0;
    service = std::make_unique<Service>(store.get(), pipeline, so);
    fuser = std::make_unique<StoryFuser>(store.get(), pipeline);
    options.max_body = 64 << 10;
    options.token = "";  // writes allowed, so the fuzzer reaches ingest
    options.quiet = true;
    ctx.service = service.get();
    ctx.options = &options;
    ctx.web_dir = CROSSCHECK_SOURCE_DIR "/web";
    router = std::make_unique<Router>(&ctx);
    policy = MakeHeadPolicy(options);
  }
  ~World() {
    router.reset();
    fuser.reset();
    service.reset();
    // What the inputs left behind is a consistent store.
    auto ok = store->IntegrityCheck();
    if (!ok.ok() || *ok != "ok") std::abort();
    store.reset();
    std::filesystem::remove_all(dir);
  }
};

Pipeline* FuzzServePipeline() {
  static Pipeline* p = [] {
    auto r = Pipeline::Create();
    if (!r.ok()) std::abort();
    return r.value().release();
  }();
  return p;
}

World* world = nullptr;

// Status of the response at the start of `out` and its body; aborts when
// it is not a well-formed response.
void CheckResponse(std::string_view out, const RequestHead& head) {
  if (out.substr(0, 9) != "HTTP/1.1 " || out.size() < 12) std::abort();
  int status = std::atoi(std::string(out.substr(9, 3)).c_str());
  if (status < 100 || status > 599) std::abort();
  if (status == 500) std::abort();
  size_t body = out.find("\r\n\r\n");
  if (body == std::string_view::npos) std::abort();
  std::string path = head.target.substr(0, head.target.find('?'));
  if (path.rfind("/api/", 0) == 0 && head.method != "HEAD" && status != 204 && status != 206) {
    auto j = nlohmann::json::parse(out.substr(body + 4), nullptr, false);
    if (j.is_discarded()) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  crosscheck::FuzzWarmUp(
      "POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 59\r\n\r\n"
      " date 2022-05-04 Officials said 40 people were evacuated.  ");
  return 0;
}

namespace {

void HandleInput(std::string_view in);

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static bool registered = [] { return std::atexit([] { delete world; }) == 0; }();  // the folder is removed at exit
  (void)registered;
  if (!world) world = new World(FuzzServePipeline());
  world->input_bytes += size;
  if (++world->inputs >= kWorldInputs || world->input_bytes >= kWorldBytes) {
    delete world;  // checks the store's integrity
    world = new World(FuzzServePipeline());
  }
  HandleInput(std::string_view(reinterpret_cast<const char*>(data), size));
  // What the input stored joins its stories before the next input.
  if (!world->fuser->RunUntilIdle().ok()) std::abort();
  return 0;
}

namespace {

void HandleInput(std::string_view in) {
  HttpLimits limits;
  limits.max_body_bytes = world->options.max_body;
  // Up to three pipelined requests, as the front would frame them.
  for (int n = 0; n < 3 && !in.empty(); ++n) {
    HeadScan s = ScanRequestHead(in, limits);
    if (s.kind != HeadScan::Kind::kComplete) return;
    if (s.head.head_bytes > in.size()) std::abort();
    if (CheckHead(s.head, world->policy)) return;
    size_t body = 0;
    if (s.head.chunked) {
      ChunkedScanner c(limits);
      if (c.Feed(in.substr(s.head.head_bytes)) != ChunkedScanner::State::kDone) return;
      if (c.end() > in.size() - s.head.head_bytes || c.data_bytes() > limits.max_body_bytes) std::abort();
      body = static_cast<size_t>(c.end());
    } else {
      if (s.head.content_length > in.size() - s.head.head_bytes) return;
      body = static_cast<size_t>(s.head.content_length);
    }
    std::string request = RewriteHead(in, s.head);
    const size_t framed = request.size() + body;
    request.append(in.substr(s.head.head_bytes, body));
    MemoryStream strm(request);
    bool closed = false;
    world->router->Process(strm, /*close_after=*/false, &closed);
    CheckResponse(strm.out(), s.head);
    if (strm.consumed() > framed) std::abort();
    if (closed || strm.consumed() != framed) return;
    in.remove_prefix(s.head.head_bytes + body);
  }
}

}  // namespace
