/** A decimal string as an integer count of 10^-scale units; null when it is not a plain decimal. */
function scaled(value: string, scale: number): bigint | null {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (match === null) return null;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const units = BigInt(`${whole}${fraction.padEnd(scale, '0')}`);
  return sign === '-' ? -units : units;
}

/**
 * Compares two decimal strings exactly (-1, 0, 1), never through a float: `'0.0435'` against
 * `'0.04350'` is 0. Null when either is not a plain decimal.
 */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 | null {
  const scale = Math.max(a.split('.')[1]?.length ?? 0, b.split('.')[1]?.length ?? 0);
  const x = scaled(a, scale);
  const y = scaled(b, scale);
  if (x === null || y === null) return null;
  return x === y ? 0 : x < y ? -1 : 1;
}
