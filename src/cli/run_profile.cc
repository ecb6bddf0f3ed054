#include "cli/run_profile.h"

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace crosscheck {

double ThreadCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double ProcessCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

void PrintProfile(const StageProfile& p, double read_s, double output_s, size_t bytes,
                  const std::vector<Phase>& phases) {
  struct Row { const char* name; double s; };
  std::vector<Row> rows{{"read", read_s}};
  for (int i = 0; i < StageProfile::kStages; ++i) rows.push_back({StageProfile::kNames[i], p.seconds[i]});
  rows.push_back({"output", output_s});
  double total = 0;
  for (const Row& r : rows) total += r.s;
  double mb = static_cast<double>(bytes) / 1e6;
  std::fprintf(stderr, "crosscheck: profile over %.2f MB (CPU seconds, summed over threads)\n", mb);
  std::fprintf(stderr, "  %-9s %9s %7s %12s\n", "stage", "cpu_s", "share", "MB/cpu_s");
  for (const Row& r : rows)
    std::fprintf(stderr, "  %-9s %9.3f %6.1f%% %12.2f\n", r.name, r.s, total > 0 ? 100 * r.s / total : 0,
                 r.s > 0 ? mb / r.s : 0.0);
  std::fprintf(stderr, "  %-9s %9.3f %6.1f%% %12.2f\n", "total", total, 100.0, total > 0 ? mb / total : 0.0);
  Phase all{"total", 0, 0, 0};
  double two_core_s = 0;
  for (const Phase& ph : phases) {
    all.wall_s += ph.wall_s;
    all.cpu_s += ph.cpu_s;
    all.main_s += ph.main_s;
    two_core_s += std::max(ph.main_s, ph.cpu_s / 2);
  }
  std::fprintf(stderr, "crosscheck: phases (wall-clock seconds; process CPU seconds in them, every thread)\n");
  std::fprintf(stderr, "  %-11s %9s %6s %9s %6s %9s\n", "phase", "wall_s", "share", "cpu_s", "cores", "main_s");
  std::vector<Phase> lines = phases;
  lines.push_back(all);
  for (const Phase& ph : lines)
    std::fprintf(stderr, "  %-11s %9.3f %5.1f%% %9.3f %6.2f %9.3f\n", ph.name, ph.wall_s,
                 all.wall_s > 0 ? 100 * ph.wall_s / all.wall_s : 0, ph.cpu_s, ph.wall_s > 0 ? ph.cpu_s / ph.wall_s : 0,
                 ph.main_s);
  std::fprintf(stderr, "  two-core bound: %.3f CPU-s in %.3f s at best, %.2fx one core\n", all.cpu_s, two_core_s,
               two_core_s > 0 ? all.cpu_s / two_core_s : 0);
}

namespace {

const Phase* FindPhase(const std::vector<Phase>& phases, std::string_view name) {
  for (const Phase& ph : phases)
    if (name == ph.name) return &ph;
  return nullptr;
}

}  // namespace

void PrintSerialShare(const SerialParts& parts, const std::vector<Phase>& phases, int jobs) {
  if (jobs == 1) {
    std::fprintf(stderr, "crosscheck: serial share: run with --jobs 2 or more to see it\n");
    return;
  }
  double work = 0;
  for (const Phase& ph : phases) work += ph.cpu_s;
  auto cpu = [&](const char* name) { const Phase* ph = FindPhase(phases, name); return ph ? ph->cpu_s : 0.0; };
  auto main_cpu = [&](const char* name) { const Phase* ph = FindPhase(phases, name); return ph ? ph->main_s : 0.0; };
  struct Row { const char* name; double s; };
  const std::vector<Row> serial{
      {"read | model load (longer)", std::max(parts.read, parts.model)},
      {"grouping tail", cpu("group wait")},
      {"fuse outside loops", parts.fuse_serial},
      {"respool", main_cpu("respool")},
      {"output writer (main)", main_cpu("output")},
  };
  std::fprintf(stderr, "crosscheck: serial share (--jobs %d; thread CPU seconds that one thread spends while the rest wait)\n",
               jobs);
  std::fprintf(stderr, "  %-28s %9s %7s\n", "part", "cpu_s", "share");
  double total = 0;
  for (const Row& r : serial) {
    total += r.s;
    std::fprintf(stderr, "  %-28s %9.3f %6.2f%%\n", r.name, r.s, work > 0 ? 100 * r.s / work : 0);
  }
  const double s = work > 0 ? total / work : 0;
  std::fprintf(stderr, "  %-28s %9.3f %6.2f%%  of %.3f CPU-s\n", "serial", total, 100 * s, work);
  for (int n : {2, 4})
    std::fprintf(stderr, "  Amdahl bound, %d threads: %.2fx\n", n, 1 / (s + (1 - s) / n));
  const double analyse = cpu("analyse");
  std::fprintf(stderr, "  beside the analysis (%.3f CPU-s), one thread each: grouping %.3f (%.2f%%), spooling %.3f (%.2f%%)\n",
               analyse, parts.grouping_chain, work > 0 ? 100 * parts.grouping_chain / work : 0, parts.spool,
               work > 0 ? 100 * parts.spool / work : 0);
}

}  // namespace crosscheck
