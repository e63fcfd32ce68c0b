/**
 * The CLI's body writer: the largest sheet body of a workbook (a 100,000-row summary's 読取結果, two
 * million cells) written and deflated on a worker thread while the writer's own thread writes the
 * other parts (on this 2-core machine, shared, the write of a 100,000-row summary went from about
 * 2.6 s to 2.2 s; each thread's zlib compresses on a third). Its texts are indexed
 * before it is handed over (BodyRows.job), so the shared strings stay one table of the writer's thread.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { NODE_DEFLATER } from './node-part-deflater';
import type { BodyPartWriter, DeflatedPart } from './part-deflater';
import { bodyJobChunks, type BodyJob } from './xlsx-sheet-rows';

/** What the writer's thread sends the worker: one part to write. */
export interface BodyJobMessage {
  id: number;
  head: Uint8Array;
  job: BodyJob;
  tail: Uint8Array;
}

/** What the worker sends back: the part deflated (one buffer), or why it could not. */
export type BodyPartMessage = { id: number; data: Uint8Array; size: number; crc: number } | { id: number; error: string };

/** The worker's script, compiled beside this module (tsconfig.cli.json builds it). */
export const BODY_WORKER_SCRIPT = join(__dirname, 'body-worker-thread.js');

/** The part as node's zlib deflates it: the XML before the rows, the rows, the XML after. */
export function deflateBody(head: Uint8Array, job: BodyJob, tail: Uint8Array): Promise<DeflatedPart> {
  return NODE_DEFLATER.deflate(
    (function* () {
      yield head;
      yield* bodyJobChunks(job);
      yield tail;
    })(),
  );
}

interface Pending {
  resolve: (part: DeflatedPart) => void;
  reject: (error: Error) => void;
}

export class NodeBodyWriter implements BodyPartWriter {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  /** Parts the worker thread wrote (a test's evidence that it ran). */
  offThread = 0;

  /** `script`: the worker's compiled script; where there is none (the TypeScript source run as is), parts are written on this thread. */
  constructor(private readonly script = BODY_WORKER_SCRIPT) {}

  write(head: Uint8Array, job: BodyJob, tail: Uint8Array): Promise<DeflatedPart> {
    if (!existsSync(this.script)) return deflateBody(head, job, tail);
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<DeflatedPart>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Handed over, not copied: the buffers are this part's alone.
      const { rowEnds, kinds, values } = job.rows;
      const buffers = [head, tail, rowEnds, kinds, values].map((array) => array.buffer as ArrayBuffer);
      worker.postMessage({ id, head, job, tail } satisfies BodyJobMessage, buffers);
    });
  }

  /** Stops the worker (each write of a workbook starts its own, so nothing is left running). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    const fail = (error: Error) => {
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
      if (this.worker === worker) this.worker = null;
    };
    worker.on('message', (message: BodyPartMessage) => {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if ('error' in message) return pending.reject(new Error(`writing a sheet on the worker thread: ${message.error}`));
      this.offThread++;
      pending.resolve({ data: [message.data], size: message.size, crc: message.crc });
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the worker thread writing a sheet stopped (exit code ${code})`)));
    return (this.worker = worker);
  }
}
