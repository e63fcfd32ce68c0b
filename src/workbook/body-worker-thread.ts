/**
 * The worker thread of node-body-writer.ts: writes each sheet body it is sent as XML, deflates the
 * part with node's zlib, and sends the compressed part back as one buffer (handed over, not copied).
 */
import { parentPort } from 'node:worker_threads';
import { deflateBody, type BodyJobMessage, type BodyPartMessage } from './node-body-writer';
import { joinPieces } from './part-deflater';

async function writePart({ id, head, job, tail }: BodyJobMessage): Promise<void> {
  const port = parentPort!;
  try {
    const part = await deflateBody(head, job, tail);
    // One copy: zlib's pieces may share their memory, so they are not handed over themselves.
    const data = joinPieces(part.data);
    port.postMessage({ id, data, size: part.size, crc: part.crc } satisfies BodyPartMessage, [data.buffer]);
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies BodyPartMessage);
  }
}

parentPort?.on('message', (message: BodyJobMessage) => void writePart(message));
