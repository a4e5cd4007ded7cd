/**
 * The one task pool: a few ports (workers, or handlers in this thread), a queue of tasks, the next
 * task handed to each port as it comes free. Protocols stay their own: a task posts its own
 * messages and the pool only needs to know which reply ends it. Tasks of one group share a setup
 * that a port receives once (a surface job's model) and is told to forget when the group is
 * dropped. Surfaces (bands of rows) and lab simulations (whole studies) run on it.
 */
import type { Port } from './port.ts';

/** One unit of work: what it sends to the port that runs it. */
export interface PoolTask<In> {
  /** Tasks of one group share the setup `start` sends when `hasSetup` is false. */
  readonly group: number;
  start(port: Port<In, unknown>, hasSetup: boolean): void;
}

export interface TaskPoolOptions<In, Out, T extends PoolTask<In>> {
  /** Whether this reply ends the task running on its port (a progress message does not). */
  readonly ends: (msg: Out) => boolean;
  /** Every reply, with the task its port is running (null: that task's group was dropped). */
  readonly onReply: (msg: Out, task: T | null) => void;
  /** The message that lets a port forget a dropped group's setup. */
  readonly forget?: (group: number) => In;
  /**
   * A port failed (its script did not load, it crashed): a port to take its place, which re-runs
   * the task it had, or null: the pool is then broken and onBroken is called once.
   */
  readonly replace?: (message: string) => Port<In, Out> | null;
  readonly onBroken?: (message: string) => void;
}

interface Slot<In, Out, T> {
  port: Port<In, Out>;
  busy: T | null;
  /** The busy task's group was dropped: its reply is delivered with a null task. */
  dropped: boolean;
  readonly groups: Set<number>;
}

export class TaskPool<In, Out, T extends PoolTask<In>> {
  readonly size: number;
  private readonly slots: Slot<In, Out, T>[] = [];
  private readonly queue: T[] = [];
  private failure: string | null = null;

  constructor(
    ports: readonly Port<In, Out>[],
    private readonly opts: TaskPoolOptions<In, Out, T>,
  ) {
    if (ports.length === 0) throw new RangeError('a pool needs at least one port');
    this.size = ports.length;
    for (const port of ports) this.attach(port);
  }

  /** Null while usable; else why a port failed with nothing to replace it. */
  get broken(): string | null {
    return this.failure;
  }

  /** Queues tasks and starts as many as there are free ports. */
  push(...tasks: T[]): void {
    if (this.failure) return;
    this.queue.push(...tasks);
    this.dispatch();
  }

  /**
   * Forgets a group: its queued tasks are removed, ports holding its setup are told to forget it,
   * and its running tasks finish on their ports with their replies delivered as null-task replies.
   */
  drop(group: number): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i]?.group === group) this.queue.splice(i, 1);
    }
    for (const slot of this.slots) {
      if (slot.busy?.group === group) slot.dropped = true;
      if (slot.groups.delete(group) && this.opts.forget && !this.failure) {
        slot.port.postMessage(this.opts.forget(group));
      }
    }
    this.dispatch();
  }

  /** Stops every port at once; queued tasks are forgotten and nothing more is delivered. */
  terminate(): void {
    this.queue.length = 0;
    for (const slot of this.slots) slot.port.terminate();
    this.failure ??= 'the pool was terminated';
  }

  private attach(port: Port<In, Out>, slot?: Slot<In, Out, T>): void {
    const s = slot ?? { port, busy: null, dropped: false, groups: new Set<number>() };
    s.port = port;
    if (!slot) this.slots.push(s);
    port.listen(
      (msg) => {
        if (s.port === port) this.onReply(s, msg);
      },
      (message) => {
        if (s.port === port) this.onFailure(s, message);
      },
    );
  }

  private dispatch(): void {
    if (this.failure) return;
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const task = this.queue.shift();
      if (!task) return;
      this.start(slot, task);
    }
  }

  private start(slot: Slot<In, Out, T>, task: T): void {
    slot.busy = task;
    slot.dropped = false;
    const hasSetup = slot.groups.has(task.group);
    slot.groups.add(task.group);
    task.start(slot.port as Port<In, unknown>, hasSetup);
  }

  private onReply(slot: Slot<In, Out, T>, msg: Out): void {
    if (this.failure) return;
    const task = slot.dropped ? null : slot.busy;
    if (this.opts.ends(msg)) {
      slot.busy = null;
      slot.dropped = false;
    }
    this.opts.onReply(msg, task);
    this.dispatch();
  }

  private onFailure(slot: Slot<In, Out, T>, message: string): void {
    if (this.failure) return;
    slot.port.terminate();
    const next = this.opts.replace?.(message) ?? null;
    if (!next) {
      this.failure = message;
      this.queue.length = 0;
      for (const s of this.slots) s.port.terminate();
      this.opts.onBroken?.(message);
      return;
    }
    slot.groups.clear();
    this.attach(next, slot);
    const task = slot.busy;
    if (task && !slot.dropped) this.start(slot, task);
    else {
      slot.busy = null;
      this.dispatch();
    }
  }
}
