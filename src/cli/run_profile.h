// `analyze --profile`: CPU clocks, the run's phases, and the table printed
// on stderr (CPU seconds per stage, MB per CPU second, cores per phase).
#ifndef CROSSCHECK_CLI_RUN_PROFILE_H_
#define CROSSCHECK_CLI_RUN_PROFILE_H_

#include <cstddef>
#include <vector>

#include "pipeline/pipeline.h"

namespace crosscheck {

// CPU seconds of the calling thread / of the whole process (every thread).
double ThreadCpuSeconds();
double ProcessCpuSeconds();

// The run's phases as the main thread goes through them: wall-clock
// seconds, and the process's CPU seconds (every thread) in that time.
struct Phase {
  const char* name;
  double wall_s, cpu_s, main_s;  // main_s: the main thread's own CPU seconds
};

// CPU seconds per stage and the throughput each stage alone would have (MB
// of input per CPU second), then the phases: CPU over wall is how many
// cores a phase kept busy, so the serial part of a `--jobs N` run shows. On
// a shared machine the cores a phase got are not the cores it could use, so
// the table also gives a bound that does not depend on the load: a phase
// cannot take less than its main thread's CPU, nor less than its CPU shared
// over two cores, so two cores could run the whole at most
// cpu / sum(max(main, cpu / 2)) times as fast as one (the analysis phase,
// whose main thread only waits, counts cpu / 2; its threads' own balance is
// not seen).
void PrintProfile(const StageProfile& p, double read_s, double output_s, size_t bytes,
                  const std::vector<Phase>& phases);

// The serial share of a run with more than one job, from thread CPU clocks
// (so it does not depend on how busy the machine is): CPU seconds that only
// one thread can spend while every other waits, against the run's work (the
// process's CPU over every phase). Serial: the reading or the model load,
// whichever is longer (they run side by side), the grouping's tail after
// the last analysis (the "group wait" phase), the fuse stage outside its
// parallel loops, the re-spooling and the writer (the main thread's CPU in
// the output phase). Amdahl's bound for N threads is 1 / (s + (1 - s) / N).
// Beside the analysis run two chains of one thread each, which bound it
// only when N is large: the grouping thread and the spooling under its
// lock; they are listed with their share, and the analysis phase cannot
// take less than the longer of them.
struct SerialParts {
  double read = 0, model = 0, fuse_serial = 0;
  double grouping_chain = 0, spool = 0;
};
void PrintSerialShare(const SerialParts& parts, const std::vector<Phase>& phases, int jobs);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLI_RUN_PROFILE_H_
