/**
 * Arrow-key movement in a list of buttons with one Tab stop (the ARIA "roving tabindex" pattern).
 * Written here rather than taken from Fluent's useArrowNavigationGroup, whose focus-trap helper
 * elements (`<i aria-hidden tabindex>`) fail axe's aria-hidden-focus rule.
 */
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

export type RovingAxis = 'vertical' | 'horizontal';

const KEYS: Record<RovingAxis, { next: string; previous: string }> = {
  vertical: { next: 'ArrowDown', previous: 'ArrowUp' },
  horizontal: { next: 'ArrowRight', previous: 'ArrowLeft' },
};

/**
 * `itemProps(i)` goes on each item, `onKeyDown` on the container. `current` is the item that
 * holds the Tab stop (the last focused one, or `initial`).
 */
export function useRovingFocus(count: number, axis: RovingAxis, initial = 0) {
  const [active, setActive] = useState<number | null>(null);
  const items = useRef<(HTMLElement | null)[]>([]);
  const current = Math.max(0, Math.min(active ?? initial, count - 1));

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const { next, previous } = KEYS[axis];
      let target: number;
      if (event.key === next) target = (current + 1) % count;
      else if (event.key === previous) target = (current - 1 + count) % count;
      else if (event.key === 'Home') target = 0;
      else if (event.key === 'End') target = count - 1;
      else return;
      event.preventDefault();
      setActive(target);
      items.current[target]?.focus();
    },
    [axis, count, current],
  );

  const itemProps = (index: number) => ({
    ref: (element: HTMLElement | null) => {
      items.current[index] = element;
    },
    tabIndex: index === current ? 0 : -1,
    onFocus: () => setActive(index),
  });

  return { current, onKeyDown, itemProps };
}
