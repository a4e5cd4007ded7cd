/**
 * The one message channel every worker protocol runs over (surfaces, lab simulations, analysis,
 * training): a module Web Worker, or the same handler in this thread where workers are missing or
 * broken, and in tests. Both deliver each message on a later macrotask, so the caller's event loop
 * (the UI, a cancel) runs between them, whichever side of the channel is real.
 */

/** A channel to a handler: messages In go to it, messages Out come back. */
export interface Port<In, Out> {
  /** Sends a message; the buffers in `transfer` move to the other side instead of being copied. */
  postMessage(msg: In, transfer?: Transferable[]): void;
  /** Sets the callbacks for replies and for a failure of the channel itself; called once. */
  listen(onMessage: (msg: Out) => void, onFailure: (message: string) => void): void;
  /** Stops the handler at once (work in progress included); nothing more is delivered. */
  terminate(): void;
}

/** A handler as a worker entry and an in-process port both run it: `post` sends a reply. */
export type HandlerFactory<In, Out> = (post: (msg: Out) => void) => (msg: In) => void;

/**
 * A port over a started Worker. `failed` is the failure message where the browser gives none (a
 * script that does not load: "the surface worker failed to load").
 */
export function workerPort<In, Out>(worker: Worker, failed: string): Port<In, Out> {
  return {
    postMessage: (msg, transfer) => worker.postMessage(msg, transfer ?? []),
    listen(onMessage, onFailure) {
      worker.addEventListener('message', (e: MessageEvent<Out>) => onMessage(e.data));
      worker.addEventListener('error', (e: ErrorEvent) => {
        e.preventDefault();
        onFailure(e.message || failed);
      });
      worker.addEventListener('messageerror', () => onFailure('a worker reply could not be read'));
    },
    terminate: () => worker.terminate(),
  };
}

/**
 * A port to the worker `start` creates, or null where module workers cannot be started. `start`
 * must be written `() => new Worker(new URL('./x.ts', import.meta.url), { type: 'module' })` at the
 * call site: that literal form is what the bundler finds and builds the worker's entry from.
 */
export function moduleWorkerPort<In, Out>(
  start: () => Worker,
  failed: string,
): Port<In, Out> | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return workerPort<In, Out>(start(), failed);
  } catch {
    return null;
  }
}

export interface InProcessOptions<Out> {
  /**
   * Send both ways through structuredClone (with the replies' transfer list), so what arrives is
   * what a worker would receive: proves every message survives the boundary. Off, messages are
   * passed as they are (cheaper; the handler must then not keep or change what it is sent).
   */
  readonly clone?: { readonly transfer?: (msg: Out) => Transferable[] };
  /**
   * Deliver a reply at once, inside the handler's macrotask, rather than on a later one: a handler
   * that answers one message with one reply then costs one macrotask, not two (setTimeout clamps
   * nested timers to 4 ms, which a long run of bands would pay on every one).
   */
  readonly immediateReplies?: boolean;
}

/** The handler in this thread; every message, both ways, in its own macrotask. */
export function inProcessPort<In, Out>(
  makeHandler: HandlerFactory<In, Out>,
  opts: InProcessOptions<Out> = {},
): Port<In, Out> {
  let deliver: (msg: Out) => void = () => undefined;
  let closed = false;
  const { clone } = opts;
  const handle = makeHandler((msg) => {
    const copy = clone ? structuredClone(msg, { transfer: clone.transfer?.(msg) ?? [] }) : msg;
    if (opts.immediateReplies) {
      if (!closed) deliver(copy);
      return;
    }
    setTimeout(() => {
      if (!closed) deliver(copy);
    }, 0);
  });
  return {
    postMessage(msg) {
      const copy = clone ? structuredClone(msg) : msg;
      setTimeout(() => {
        if (!closed) handle(copy);
      }, 0);
    },
    listen(onMessage) {
      deliver = onMessage;
    },
    terminate: () => {
      closed = true;
    },
  };
}
