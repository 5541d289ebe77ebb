import { randomBytes } from 'node:crypto';

let counter = 0;
const processTag = randomBytes(3).toString('hex');

/**
 * A short string unique across the e2e run: a random per-process tag (Jest workers run
 * test files in parallel against one database) plus a per-process counter.
 */
export function uniqueSuffix(): string {
  counter += 1;
  return `${processTag}${counter.toString(36)}`;
}

/** A random integer in [0, max). */
export function randomBelow(max: number): number {
  return randomBytes(6).readUIntBE(0, 6) % max;
}
