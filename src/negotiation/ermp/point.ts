/** A point (or vector) of the plane: x is the first issue (e.g. price), y the second (e.g. quantity). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** a − b. */
export function sub(a: Point, b: Point): Point {
  return { x: a.x - b.x, y: a.y - b.y };
}

/** a·b. */
export function dot(a: Point, b: Point): number {
  return a.x * b.x + a.y * b.y;
}

/** The z-component of a × b (twice the signed area of the triangle 0, a, b). */
export function cross(a: Point, b: Point): number {
  return a.x * b.y - a.y * b.x;
}

/** |a − b|. */
export function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** The point a + t·(b − a) of segment [a, b]. */
export function lerp(a: Point, b: Point, t: number): Point {
  return { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
}
