import type { Decimal } from '@app/money';

/** A CNY amount on the wire: at least 2 places, every stored place kept. */
export const amountText = (d: Decimal): string => d.toFixed(Math.max(2, d.decimalPlaces()));

export const ratioText = (d: Decimal | null): string | null => (d === null ? null : d.toString());
