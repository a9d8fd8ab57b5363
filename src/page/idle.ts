/**
 * Runs work the page can wait for when the browser is idle (Safari has no requestIdleCallback: a
 * moment later there).
 */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 3000 });
  else setTimeout(task, 500);
}
