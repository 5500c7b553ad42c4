/**
 * The name of the market where `product` is traded: sold by level `product - 1` and bought by level
 * `product` (league-rules.md §3), e.g. 'product 1 (L0→L1)'.
 */
export function levelLabel(product: number): string {
  return `product ${product} (L${product - 1}→L${product})`;
}
