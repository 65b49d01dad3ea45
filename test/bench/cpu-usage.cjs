// Preloaded (`node --require`) into each timed `tspc`: writes the process's CPU time (user +
// system, every thread) to $TSENUM_BENCH_CPU_FILE at exit. CPU time is what a compile costs;
// wall time on this shared machine is mostly how busy everyone else is.
'use strict';
process.on('exit', () => {
  const file = process.env.TSENUM_BENCH_CPU_FILE;
  if (file) require('node:fs').writeFileSync(file, JSON.stringify(process.cpuUsage()));
});
