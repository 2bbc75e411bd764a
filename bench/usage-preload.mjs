// Loaded with `node --import` into every timed child: on exit, write the
// process's CPU times and peak RSS (all threads) where BENCH_USAGE_FILE says.
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_USAGE_FILE;
if (target) {
  process.on('exit', () => {
    const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ userMs: userCPUTime / 1000, systemMs: systemCPUTime / 1000, maxRssKb: maxRSS }));
  });
}
