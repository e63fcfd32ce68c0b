/**
 * Marks the moment the pane first became usable: the first enabled button inside its `<main>`
 * (the pane shows buttons only once it has read and checked the workbook, or failed to).
 * `window.__paneReady` holds `performance.now()` at that moment; the e2e run reads it as the time
 * from navigation to the pane's first interactive render.
 */
declare global {
  interface Window {
    __paneReady?: number;
  }
}

const READY = 'main button:not([disabled])';

export function watchPaneReady(container: HTMLElement): () => void {
  if (window.__paneReady !== undefined) return () => undefined;
  const check = () => {
    if (window.__paneReady === undefined && container.querySelector(READY)) {
      window.__paneReady = performance.now();
      document.documentElement.dataset.paneReady = 'true';
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(container, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  check();
  return () => observer.disconnect();
}
