/**
 * Python's float floor division `a // b`, bit for bit (CPython's float_floor_div): it differs from
 * Math.floor(a / b) when a / b rounds up to a whole number (Python: 1 // 0.1 == 9, JS: floor(1/0.1) == 10).
 * The league's profit function uses it to cut purchases at the money limit (league-rules.md §7.3 step 4).
 */
export function pyFloorDiv(a: number, b: number): number {
  if (b === 0) throw new RangeError('pyFloorDiv() division by zero');
  let mod = a % b; // ECMAScript % on doubles is C fmod
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  }
  if (div !== 0) {
    let floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
    return floordiv;
  }
  return a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
}
