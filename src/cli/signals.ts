/**
 * SIGINT and SIGTERM stop a run cleanly: writes in flight are abandoned
 * (never renamed, temp files removed, so every file is either old or new),
 * and the process exits 130 or 143 as shells expect (128 + signal number).
 * A second signal, or a write that will not settle, exits at once.
 */
import { abandonPendingWrites } from '../files/write-atomic.js';

const exitCodes = { SIGINT: 130, SIGTERM: 143 } as const;
type HandledSignal = keyof typeof exitCodes;

/** How long abandoning writes may take before the process exits anyway. */
const settleMs = 5_000;

/** Installs the handlers; the returned function removes them. */
export function installSignalHandlers(writeError: (text: string) => void = (text) => process.stderr.write(text)): () => void {
  let stopping = false;
  const handlers = new Map<HandledSignal, () => void>();
  for (const signal of Object.keys(exitCodes) as HandledSignal[]) {
    const handler = (): void => {
      const code = exitCodes[signal];
      if (stopping) process.exit(code);
      stopping = true;
      setTimeout(() => process.exit(code), settleMs).unref();
      void abandonPendingWrites().finally(() => {
        writeError(`medlint: interrupted by ${signal}; files not yet fixed were left unchanged\n`);
        process.exit(code);
      });
    };
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}
