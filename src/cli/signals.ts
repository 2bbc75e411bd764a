/**
 * SIGINT and SIGTERM stop a run cleanly: writes in flight are abandoned
 * (their temp files removed, so every file is either old or new), and the
 * process exits 130 or 143 as shells expect (128 + signal number).
 */
import { removePendingTempFiles } from '../files/write-atomic.js';

const exitCodes = { SIGINT: 130, SIGTERM: 143 } as const;
type HandledSignal = keyof typeof exitCodes;

/** Installs the handlers; the returned function removes them. */
export function installSignalHandlers(writeError: (text: string) => void = (text) => process.stderr.write(text)): () => void {
  const handlers = new Map<HandledSignal, () => void>();
  for (const signal of Object.keys(exitCodes) as HandledSignal[]) {
    const handler = (): void => {
      removePendingTempFiles();
      writeError(`medlint: interrupted by ${signal}; files not yet fixed were left unchanged\n`);
      process.exit(exitCodes[signal]);
    };
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}
