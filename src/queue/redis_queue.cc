#include "queue/queue.h"
namespace crosscheck {
WorkQueue::~WorkQueue() = default;
Result<std::unique_ptr<WorkQueue>> OpenRedisQueue(const std::string& url, const RedisQueueOptions&) {
  return Error{"not yet"};
}
}  // namespace crosscheck
