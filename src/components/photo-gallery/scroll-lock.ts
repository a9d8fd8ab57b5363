/**
 * Stops the page from scrolling behind a modal without letting it jump sideways (the scrollbar keeps
 * its gutter). Returns what gives the page its scroll back and leaves `<html>` as it was, with no empty
 * style attribute behind.
 */
export function lockPageScroll(): () => void {
  const root = document.documentElement;
  const { style } = root;
  const [overflow, gutter, hadStyle] = [style.overflow, style.scrollbarGutter, root.hasAttribute('style')];
  if (innerWidth > root.clientWidth) style.scrollbarGutter = 'stable';
  style.overflow = 'hidden';
  return () => {
    [style.overflow, style.scrollbarGutter] = [overflow, gutter];
    if (!hadStyle && !root.getAttribute('style')) root.removeAttribute('style');
  };
}
