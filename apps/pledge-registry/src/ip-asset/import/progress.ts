import type { ImportProgress } from '@registry/ip-asset/import/patent-import.service.js';

/**
 * Progress line for the import command: rows, rate and ETA (from bytes read against
 * the file size). Redrawn in place on a terminal; on a pipe, one line every few seconds.
 */
export function renderProgress(
  out: NodeJS.WriteStream,
  totalBytes: number,
  bytesRead: () => number,
  started: number,
): (p: ImportProgress, final?: boolean) => void {
  let lastPrinted = 0;
  return (p, final = false) => {
    const now = Date.now();
    if (!final && !out.isTTY && now - lastPrinted < 5000) return;
    lastPrinted = now;
    const seconds = Math.max((now - started) / 1000, 0.001);
    const rate = p.rowsRead / seconds;
    const fraction = totalBytes === 0 ? 1 : Math.min(bytesRead() / totalBytes, 1);
    const eta = fraction > 0 ? (seconds / fraction) * (1 - fraction) : 0;
    const line = `${(fraction * 100).toFixed(1).padStart(5)}%  ${p.rowsRead} rows  ${Math.round(rate)} rows/s  ETA ${Math.ceil(eta)} s  (inserted ${p.inserted}, updated ${p.updated}, rejected ${p.rejected})`;
    out.write(out.isTTY ? `\r${line}${final ? '\n' : ''}` : `${line}\n`);
  };
}
