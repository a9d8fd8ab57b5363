/**
 * The size an image from data may declare. A declared width and height reserve the image's box
 * before it loads (no layout shift), so they are also a way for data to push the rest of the host
 * page away: `width="1" height="1000000"` reserves a million pixels, for good if the image never
 * loads. Declared sizes are kept to a plausible shape and size; once an image loads, its own
 * proportions take over (CSS `height: auto`), so a real panorama or long infographic still shows whole.
 */

/** The most elongated shape reserved: 8 : 1 either way (panoramas and long infographics reach about 6 : 1). */
const maxRatio = 8;
/** The longest side declared, in pixels: more than any camera gives. */
const maxSide = 16_384;

/**
 * The width and height to declare for an image whose data says `width` × `height` pixels (either
 * may be absent): the same when plausible, else the nearest plausible size (the long side shortened
 * to the shape limit, then both scaled to the size limit).
 */
export function declaredSize(width?: number, height?: number): [number?, number?] {
  if (!width || !height) return [width && Math.min(width, maxSide), height && Math.min(height, maxSide)];
  const [w, h] = [Math.min(width, height * maxRatio), Math.min(height, width * maxRatio)];
  const scale = Math.min(1, maxSide / Math.max(w, h));
  return [Math.max(1, Math.round(w * scale)), Math.max(1, Math.round(h * scale))];
}
