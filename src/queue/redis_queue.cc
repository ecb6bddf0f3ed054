// WorkQueue on Redis Streams (hiredis).
//
// One stream (XADD, fields name/format/body/first_record) read by one
// consumer group. Take() asks, in order: this consumer's own pending entries
// (XREADGROUP ... 0: a worker restarted under the same name resumes what it
// held), entries idle on other consumers past claim_idle_ms (XAUTOCLAIM, a
// cursor walked across calls: a dead worker's entries move to a live one),
// then new entries (XREADGROUP ... > with BLOCK). The delivery count of an
// entry that was handed out before comes from XPENDING, so a worker can set
// aside an entry that keeps killing whoever takes it. Ack() is XACK and XDEL
// in one Lua script (atomic, and safe to resend): the stream holds only work
// not done.
//
// Every command goes through Command(): a lost connection (Redis restarted)
// is re-opened and the command sent again, with backoff, until
// reconnect_timeout_ms. A resent XADD may store an entry twice; consumers
// are idempotent, so that costs a second delivery, not a second document.
#include <hiredis/hiredis.h>
#include <sys/time.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <thread>

#include "queue/queue.h"

namespace crosscheck {

WorkQueue::~WorkQueue() = default;

namespace {

struct ReplyDeleter {
  void operator()(redisReply* r) const {
    if (r) freeReplyObject(r);
  }
};
using Reply = std::unique_ptr<redisReply, ReplyDeleter>;

// A command's arguments as hiredis takes them (pointers and lengths, so
// binary values pass whole).
struct Argv {
  explicit Argv(const std::vector<std::string>& args) {
    for (const std::string& a : args) {
      ptrs.push_back(a.data());
      lens.push_back(a.size());
    }
  }
  int size() const { return static_cast<int>(ptrs.size()); }
  std::vector<const char*> ptrs;
  std::vector<size_t> lens;
};

struct Address {
  std::string host = "127.0.0.1";
  int port = 6379;
  std::string unix_path;
  std::string password;
  int db = 0;
};

Result<Address> ParseUrl(const std::string& url) {
  Address a;
  if (url.rfind("unix://", 0) == 0) {
    a.unix_path = url.substr(7);
    return a;
  }
  std::string rest;
  if (url.rfind("redis://", 0) == 0) {
    rest = url.substr(8);
  } else {
    return Error{"not a redis:// URL: " + url};
  }
  size_t at = rest.rfind('@');
  if (at != std::string::npos) {
    std::string cred = rest.substr(0, at);
    size_t colon = cred.find(':');
    a.password = colon == std::string::npos ? cred : cred.substr(colon + 1);
    rest = rest.substr(at + 1);
  }
  size_t slash = rest.find('/');
  std::string hostport = rest.substr(0, slash);
  if (slash != std::string::npos && slash + 1 < rest.size()) {
    std::string db = rest.substr(slash + 1);
    if (db.find_first_not_of("0123456789") != std::string::npos || db.size() > 4)
      return Error{"bad database number in " + url};
    a.db = std::atoi(db.c_str());
  }
  size_t colon = hostport.rfind(':');
  if (colon != std::string::npos) {
    std::string port = hostport.substr(colon + 1);
    if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos)
      return Error{"bad port in " + url};
    a.port = std::atoi(port.c_str());
    hostport = hostport.substr(0, colon);
  }
  if (!hostport.empty()) a.host = hostport;
  return a;
}

std::string Str(const redisReply* r) {
  return r && (r->type == REDIS_REPLY_STRING || r->type == REDIS_REPLY_STATUS || r->type == REDIS_REPLY_ERROR)
             ? std::string(r->str, r->len)
             : std::string();
}

// One stream entry [id, [field, value, ...]] as a QueueEntry.
bool EntryFrom(const redisReply* e, QueueEntry* out) {
  if (!e || e->type != REDIS_REPLY_ARRAY || e->elements != 2) return false;
  out->id = Str(e->element[0]);
  const redisReply* f = e->element[1];
  if (!f || f->type != REDIS_REPLY_ARRAY) return false;
  for (size_t i = 0; i + 1 < f->elements; i += 2) {
    std::string k = Str(f->element[i]), v = Str(f->element[i + 1]);
    if (k == "name") out->name = std::move(v);
    else if (k == "format") out->format = std::move(v);
    else if (k == "body") out->body = std::move(v);
    else if (k == "first_record") out->first_record = std::atoll(v.c_str());
  }
  return !out->id.empty();
}

class RedisQueue final : public WorkQueue {
 public:
  RedisQueue(Address addr, RedisQueueOptions options) : addr_(std::move(addr)), options_(std::move(options)) {}
  ~RedisQueue() override {
    if (ctx_) redisFree(ctx_);
  }

  Status Init() {
    auto r = Command({"XGROUP", "CREATE", options_.stream, options_.group, "0", "MKSTREAM"}, 0);
    if (!r.ok()) return r.error();
    if ((*r)->type == REDIS_REPLY_ERROR && Str(r->get()).rfind("BUSYGROUP", 0) != 0)
      return Error{"redis: " + Str(r->get())};
    return Status::Ok();
  }

  Result<std::string> Add(const QueueEntry& e) override {
    auto r = Command({"XADD", options_.stream, "*", "name", e.name, "format", e.format.empty() ? "auto" : e.format,
                      "first_record", std::to_string(e.first_record), "body", e.body},
                     0);
    if (!r.ok()) return r.error();
    if ((*r)->type != REDIS_REPLY_STRING) return Error{"redis XADD: " + Str(r->get())};
    return Str(r->get());
  }

  Result<std::vector<std::string>> AddBatch(const std::vector<QueueEntry>& entries) override {
    std::vector<std::vector<std::string>> commands;
    for (const QueueEntry& e : entries)
      commands.push_back({"XADD", options_.stream, "*", "name", e.name, "format", e.format.empty() ? "auto" : e.format,
                          "first_record", std::to_string(e.first_record), "body", e.body});
    auto replies = Pipeline(commands);
    if (!replies.ok()) return replies.error();
    std::vector<std::string> ids;
    for (const Reply& r : *replies) {
      if (r->type != REDIS_REPLY_STRING) return Error{"redis XADD: " + Str(r.get())};
      ids.push_back(Str(r.get()));
    }
    return ids;
  }

  Result<std::vector<QueueEntry>> Take(const std::string& consumer, int count, int block_ms) override {
    std::vector<QueueEntry> out;
    const std::string n = std::to_string(std::max(1, count));
    if (own_pending_consumer_ != consumer) {  // after a start: what this name held before
      auto r = Command({"XREADGROUP", "GROUP", options_.group, consumer, "COUNT", n, "STREAMS", options_.stream, "0"}, 0);
      if (!r.ok()) return r.error();
      if (Status s = Entries(r->get(), &out); !s.ok()) return s.error();
      if (out.empty()) own_pending_consumer_ = consumer;
      if (Status s = Deliveries(&out); !s.ok()) return s.error();
      if (!out.empty()) return out;
    }
    {
      auto r = Command({"XAUTOCLAIM", options_.stream, options_.group, consumer, std::to_string(options_.claim_idle_ms),
                        claim_cursor_, "COUNT", n},
                       0);
      if (!r.ok()) return r.error();
      const redisReply* rep = r->get();
      if (rep->type == REDIS_REPLY_ERROR) return Error{"redis XAUTOCLAIM: " + Str(rep)};
      if (rep->type == REDIS_REPLY_ARRAY && rep->elements >= 2) {
        claim_cursor_ = Str(rep->element[0]);
        if (claim_cursor_.empty()) claim_cursor_ = "0-0";
        const redisReply* list = rep->element[1];
        for (size_t i = 0; list && list->type == REDIS_REPLY_ARRAY && i < list->elements; ++i) {
          QueueEntry e;
          if (EntryFrom(list->element[i], &e)) out.push_back(std::move(e));
        }
      }
      if (Status s = Deliveries(&out); !s.ok()) return s.error();
      if (!out.empty()) return out;
    }
    auto r = Command({"XREADGROUP", "GROUP", options_.group, consumer, "COUNT", n, "BLOCK",
                      std::to_string(std::max(0, block_ms)), "STREAMS", options_.stream, ">"},
                     block_ms);
    if (!r.ok()) return r.error();
    if (Status s = Entries(r->get(), &out); !s.ok()) return s.error();
    for (QueueEntry& e : out) e.deliveries = 1;
    return out;
  }

  Status Ack(const std::string& id) override {
    // XACK and XDEL in one script: a worker killed between the two would
    // leave a done entry in the stream for good.
    static const char* kScript =
        "redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) return redis.call('XDEL', KEYS[1], ARGV[2])";
    auto r = Command({"EVAL", kScript, "1", options_.stream, options_.group, id}, 0);
    if (!r.ok()) return r.error();
    if ((*r)->type == REDIS_REPLY_ERROR) return Error{"redis XACK/XDEL: " + Str(r->get())};
    return Status::Ok();
  }

  Result<QueueStats> Stats() override {
    QueueStats s;
    auto len = Command({"XLEN", options_.stream}, 0);
    if (!len.ok()) return len.error();
    s.length = (*len)->type == REDIS_REPLY_INTEGER ? (*len)->integer : 0;
    auto groups = Command({"XINFO", "GROUPS", options_.stream}, 0);
    if (!groups.ok()) return groups.error();
    const redisReply* g = groups->get();
    for (size_t i = 0; g->type == REDIS_REPLY_ARRAY && i < g->elements; ++i) {
      const redisReply* fields = g->element[i];
      if (fields->type != REDIS_REPLY_ARRAY) continue;
      std::string name;
      int64_t pending = 0, lag = -1;
      for (size_t k = 0; k + 1 < fields->elements; k += 2) {
        std::string key = Str(fields->element[k]);
        const redisReply* v = fields->element[k + 1];
        if (key == "name") name = Str(v);
        else if (key == "pending" && v->type == REDIS_REPLY_INTEGER) pending = v->integer;
        else if (key == "lag" && v->type == REDIS_REPLY_INTEGER) lag = v->integer;
      }
      if (name == options_.group) {
        s.pending = pending;
        s.lag = lag;
      }
    }
    return s;
  }

 private:
  Status Connect() {
    if (ctx_) {
      redisFree(ctx_);
      ctx_ = nullptr;
    }
    timeval tv{options_.connect_timeout_ms / 1000, (options_.connect_timeout_ms % 1000) * 1000};
    ctx_ = addr_.unix_path.empty() ? redisConnectWithTimeout(addr_.host.c_str(), addr_.port, tv)
                                   : redisConnectUnixWithTimeout(addr_.unix_path.c_str(), tv);
    if (!ctx_ || ctx_->err) {
      std::string msg = ctx_ ? ctx_->errstr : "out of memory";
      if (ctx_) redisFree(ctx_);
      ctx_ = nullptr;
      return Error{"redis: cannot connect: " + msg};
    }
    auto simple = [&](std::vector<std::string> args) -> Status {
      Argv argv(args);
      Reply r(static_cast<redisReply*>(redisCommandArgv(ctx_, argv.size(), argv.ptrs.data(), argv.lens.data())));
      if (!r) return Error{"redis: connection lost"};
      if (r->type == REDIS_REPLY_ERROR) return Error{"redis: " + Str(r.get())};
      return Status::Ok();
    };
    if (!addr_.password.empty())
      if (Status s = simple({"AUTH", addr_.password}); !s.ok()) return s;
    if (addr_.db != 0)
      if (Status s = simple({"SELECT", std::to_string(addr_.db)}); !s.ok()) return s;
    return Status::Ok();
  }

  // Runs `attempt` on a live connection, reconnecting and retrying with a
  // doubling backoff (50 ms to 1 s) while Redis is away or still loading its
  // data, until options_.reconnect_timeout_ms. `attempt` returns its result,
  // or nothing after writing why into *error (and dropping ctx_ when the
  // connection is lost).
  template <typename T, typename Attempt>
  Result<T> Retrying(Attempt attempt) {
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(options_.reconnect_timeout_ms);
    int backoff_ms = 50;
    std::string last_error;
    for (;;) {
      if (!ctx_ || ctx_->err) {
        Status s = Connect();
        if (!s.ok()) last_error = s.error().message;
      }
      if (ctx_ && !ctx_->err) {
        std::optional<T> r = attempt(&last_error);
        if (r) return std::move(*r);
      }
      if (std::chrono::steady_clock::now() >= deadline)
        return Error{last_error.empty() ? "redis: unavailable" : last_error};
      std::this_thread::sleep_for(std::chrono::milliseconds(backoff_ms));
      backoff_ms = std::min(backoff_ms * 2, 1000);
    }
  }

  void DropConnection(std::string* error) {
    *error = std::string("redis: ") + (ctx_->errstr[0] ? ctx_->errstr : "connection lost");
    redisFree(ctx_);
    ctx_ = nullptr;
  }

  static bool Loading(const redisReply* r) {
    return r->type == REDIS_REPLY_ERROR && Str(r).rfind("LOADING", 0) == 0;
  }

  // Sends one command, reconnecting and resending while Redis is away.
  // `block_ms` > 0 is the command's own blocking time (the read waits longer).
  Result<Reply> Command(const std::vector<std::string>& args, int block_ms) {
    return Retrying<Reply>([&](std::string* error) -> std::optional<Reply> {
      const int wait_ms = block_ms + 10000;
      timeval tv{wait_ms / 1000, (wait_ms % 1000) * 1000};
      redisSetTimeout(ctx_, tv);
      Argv argv(args);
      Reply r(static_cast<redisReply*>(redisCommandArgv(ctx_, argv.size(), argv.ptrs.data(), argv.lens.data())));
      if (!r) {
        DropConnection(error);
        return std::nullopt;
      }
      if (Loading(r.get())) {  // Redis answering while it loads its data after a restart
        *error = Str(r.get());
        return std::nullopt;
      }
      return r;
    });
  }

  // Sends `commands` in one pipeline; resends them all on a lost connection.
  Result<std::vector<Reply>> Pipeline(const std::vector<std::vector<std::string>>& commands) {
    return Retrying<std::vector<Reply>>([&](std::string* error) -> std::optional<std::vector<Reply>> {
      timeval tv{30, 0};
      redisSetTimeout(ctx_, tv);
      bool sent = true;
      for (const auto& args : commands) {
        Argv argv(args);
        if (redisAppendCommandArgv(ctx_, argv.size(), argv.ptrs.data(), argv.lens.data()) != REDIS_OK) {
          sent = false;
          break;
        }
      }
      std::vector<Reply> replies;
      bool loading = false;
      for (size_t i = 0; sent && i < commands.size(); ++i) {
        void* raw = nullptr;
        if (redisGetReply(ctx_, &raw) != REDIS_OK || !raw) {
          sent = false;
          break;
        }
        replies.emplace_back(static_cast<redisReply*>(raw));
        loading |= Loading(replies.back().get());
      }
      if (sent && !loading) return replies;
      DropConnection(error);  // replies of a half-read pipeline are lost with it
      if (loading) *error = "redis: loading its data";
      return std::nullopt;
    });
  }

  // Entries of an XREADGROUP reply: [[stream, [entry, ...]]] or nil.
  Status Entries(const redisReply* r, std::vector<QueueEntry>* out) {
    if (r->type == REDIS_REPLY_NIL) return Status::Ok();
    if (r->type == REDIS_REPLY_ERROR) {
      std::string msg = Str(r);
      // The group vanished (a Redis that lost its data): make it again.
      if (msg.rfind("NOGROUP", 0) == 0) return Init();
      return Error{"redis XREADGROUP: " + msg};
    }
    if (r->type != REDIS_REPLY_ARRAY) return Status::Ok();
    for (size_t s = 0; s < r->elements; ++s) {
      const redisReply* stream = r->element[s];
      if (stream->type != REDIS_REPLY_ARRAY || stream->elements != 2) continue;
      const redisReply* list = stream->element[1];
      for (size_t i = 0; list->type == REDIS_REPLY_ARRAY && i < list->elements; ++i) {
        QueueEntry e;
        if (EntryFrom(list->element[i], &e)) out->push_back(std::move(e));
      }
    }
    return Status::Ok();
  }

  // Fills deliveries from XPENDING for entries handed out before.
  Status Deliveries(std::vector<QueueEntry>* entries) {
    for (QueueEntry& e : *entries) {
      auto r = Command({"XPENDING", options_.stream, options_.group, e.id, e.id, "1"}, 0);
      if (!r.ok()) return r.error();
      const redisReply* rep = r->get();
      e.deliveries = 1;
      if (rep->type == REDIS_REPLY_ARRAY && rep->elements == 1) {
        const redisReply* row = rep->element[0];
        if (row->type == REDIS_REPLY_ARRAY && row->elements >= 4 && row->element[3]->type == REDIS_REPLY_INTEGER)
          e.deliveries = row->element[3]->integer;
      }
    }
    return Status::Ok();
  }

  Address addr_;
  RedisQueueOptions options_;
  redisContext* ctx_ = nullptr;
  std::string claim_cursor_ = "0-0";
  std::string own_pending_consumer_;  // consumer whose old pending entries are all taken
};

}  // namespace

Result<std::unique_ptr<WorkQueue>> OpenRedisQueue(const std::string& url, const RedisQueueOptions& options) {
  auto addr = ParseUrl(url);
  if (!addr.ok()) return addr.error();
  auto q = std::make_unique<RedisQueue>(*addr, options);
  if (Status s = q->Init(); !s.ok()) return s.error().Wrap(url);
  return std::unique_ptr<WorkQueue>(std::move(q));
}

}  // namespace crosscheck
