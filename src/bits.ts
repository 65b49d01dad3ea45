/**
 * Python's infinite-precision integer bit operations on JavaScript numbers (safe integers).
 * Operands that fit in 32-bit two's complement use the native operators, which agree
 * with Python there; wider ones go through BigInt.
 */
const isInt32 = (n: number): boolean => (n | 0) === n;

export function bitOr(a: number, b: number): number {
  return isInt32(a) && isInt32(b) ? a | b : Number(BigInt(a) | BigInt(b));
}

export function bitAnd(a: number, b: number): number {
  return isInt32(a) && isInt32(b) ? a & b : Number(BigInt(a) & BigInt(b));
}

export function bitXor(a: number, b: number): number {
  return isInt32(a) && isInt32(b) ? a ^ b : Number(BigInt(a) ^ BigInt(b));
}

/** Python's `~n`, which is `-n - 1` for every integer. */
export const bitNot = (n: number): number => -n - 1;

/** Python's `int.bit_length()`: bits needed for `abs(n)`. */
export function bitLength(n: number): number {
  const m = Math.abs(n);
  if (m < 0x80000000) return 32 - Math.clz32(m);
  return BigInt(m).toString(2).length;
}

/** Python's `int.bit_count()`: ones in `abs(n)`. */
export function bitCount(n: number): number {
  let m = BigInt(Math.abs(n));
  let count = 0;
  while (m) {
    count += Number(m & 1n);
    m >>= 1n;
  }
  return count;
}

export const isSingleBit = (n: number): boolean => n > 0 && bitAnd(n, n - 1) === 0;

/** The single bits of a non-negative `n`, lowest first (CPython's `_iter_bits_lsb`). */
export function bitsLsb(n: number): number[] {
  const bits: number[] = [];
  let rest = n;
  while (rest) {
    const low = bitAnd(rest, -rest);
    bits.push(low);
    rest = bitXor(rest, low);
  }
  return bits;
}

/** `2 ** bitLength(n) - 1`: every bit up to the highest set one. */
export const allBitsBelow = (n: number): number => 2 ** bitLength(n) - 1;

/**
 * CPython's `enum.bin`: two's complement with a sign digit, e.g. `0b0 1010`, `0b1 0101`,
 * left-padded to `maxBits` digits.
 */
export function pyBin(num: number, maxBits?: number): string {
  const ceiling = 2n ** BigInt(bitLength(num));
  const big = BigInt(num);
  const raw =
    num >= 0
      ? (big + ceiling).toString(2).replace('1', '0')
      : (~big ^ (ceiling - 1n + ceiling)).toString(2);
  const sign = raw[0] as string;
  let digits = raw.slice(1);
  if (maxBits !== undefined && digits.length < maxBits) {
    digits = (sign.repeat(maxBits) + digits).slice(-maxBits);
  }
  return `0b${sign} ${digits}`;
}

export const isInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value);
