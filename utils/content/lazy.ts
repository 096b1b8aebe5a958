// A lazily started, cached async value that is retried after a failure (the background's dictionary load).

/** Calls `load` on first use and shares its promise; a rejection is not cached, so the next call tries again. */
export function retryingLazy<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    if (!pending) {
      pending = load().catch((error: unknown) => {
        pending = null;
        throw error;
      });
    }
    return pending;
  };
}
