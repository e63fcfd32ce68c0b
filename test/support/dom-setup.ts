/**
 * What jsdom lacks and Fluent UI v9 touches: ResizeObserver, matchMedia, scrollIntoView.
 * Import this first in a component test.
 */
import { configure } from '@testing-library/react';

// The pane's tabs load with import(), which ts-jest compiles on first use: on a busy 2-core CI
// machine that took over the default 1 s, so findBy and waitFor wait up to 10 s (they still end as
// soon as the element appears).
configure({ asyncUtilTimeout: 10_000 });

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as Record<string, unknown>;
if (!g.ResizeObserver) g.ResizeObserver = ResizeObserverStub;

if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
}

export {};
