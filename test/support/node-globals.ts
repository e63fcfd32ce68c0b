/** What jsdom lacks and the Office adapter's read planning uses: TextEncoder (Node's own). Import before the adapter. */
import { TextEncoder } from 'node:util';

const g = globalThis as unknown as Record<string, unknown>;
if (!g.TextEncoder) g.TextEncoder = TextEncoder;
