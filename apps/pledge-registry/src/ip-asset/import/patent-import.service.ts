import { Injectable, Logger } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { sqlStateOf, violatedConstraint } from '@app/errors';
import { validateAssetRecord, type AssetRecord } from '@registry/ip-asset/domain/asset-record.js';
import { IpAssetException } from '@registry/ip-asset/ip-asset.exception.js';
import { IpAssetRepository } from '@registry/ip-asset/ip-asset.repository.js';
import { checkHeader, CSV_FIELD_NAMES, rowToRecord, type CsvRow } from '@registry/ip-asset/import/patent-csv.js';

export interface ImportRejection {
  line: number;
  field: string;
  message: string;
}

export interface ImportProgress {
  rowsRead: number;
  inserted: number;
  updated: number;
  rejected: number;
}

export interface ImportReport extends ImportProgress {
  rejections: ImportRejection[];
}

export interface ImportOptions {
  batchSize?: number;
  /** Called after every committed batch. */
  onProgress?: (progress: ImportProgress) => void;
  /** Called for every rejected line (the CLI prints them all). */
  onRejection?: (rejection: ImportRejection) => void;
  /** How many rejections the returned report keeps (all are passed to onRejection). */
  keepRejections?: number;
}

interface PendingRow {
  line: number;
  record: AssetRecord;
}

const DEFAULT_BATCH = 2000;

/**
 * Streams a patent CSV into the registry: rows are parsed and validated one at a time
 * and written in batches, each batch in one transaction, so memory stays flat for any
 * file size and no row is ever half-written (an asset and its owners commit together).
 * Re-importing a file updates the existing assets (matched by register and number).
 */
@Injectable()
export class PatentImportService {
  private readonly logger = new Logger(PatentImportService.name);

  constructor(private readonly assets: IpAssetRepository) {}

  async import(input: Readable, options: ImportOptions = {}): Promise<ImportReport> {
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    const keep = options.keepRejections ?? 1000;
    const report: ImportReport = { rowsRead: 0, inserted: 0, updated: 0, rejected: 0, rejections: [] };
    // `rejected` counts rows; a row with several problems lists each of them.
    const rejectedLines = new Set<number>();
    const reject = (rejection: ImportRejection): void => {
      if (!rejectedLines.has(rejection.line)) {
        rejectedLines.add(rejection.line);
        report.rejected = rejectedLines.size;
      }
      if (report.rejections.length < keep) report.rejections.push(rejection);
      options.onRejection?.(rejection);
    };

    let headerError: string | null = null;
    let headerSeen = false;
    const parser = input.pipe(
      parse({
        bom: true,
        columns: (header: string[]) => {
          headerSeen = true;
          const columns = header.map((h) => h.trim().toLowerCase());
          headerError = checkHeader(columns);
          return columns;
        },
        info: true,
        skip_empty_lines: true,
        skip_records_with_error: true,
        trim: false,
        max_record_size: 64 * 1024,
      }),
    );
    parser.on('skip', (error: Error & { lines?: number }) => {
      report.rowsRead++;
      reject({ line: error.lines ?? 0, field: 'row', message: `malformed CSV: ${error.message}` });
    });

    let batch: PendingRow[] = [];
    const numbersInBatch = new Set<string>();
    // One batch is written while the next is parsed and validated: parsing is CPU in this
    // process, writing waits on PostgreSQL, so overlapping them hides most of either. Batches
    // still commit one after another, in file order.
    let writing: Promise<void> = Promise.resolve();
    // A failed write is held here (never left as an unhandled rejection) and rethrown.
    let writeFailure: { error: unknown } | null = null;
    const settled = async (): Promise<void> => {
      await writing;
      if (writeFailure !== null) throw writeFailure.error;
    };
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const full = batch;
      batch = [];
      numbersInBatch.clear();
      await settled();
      writing = this.writeBatch(full, report, reject).then(
        () => {
          const { rowsRead, inserted, updated, rejected } = report;
          options.onProgress?.({ rowsRead, inserted, updated, rejected });
        },
        (error: unknown) => {
          writeFailure = { error };
        },
      );
    };

    for await (const item of parser as AsyncIterable<{ record: CsvRow; info: { lines: number } }>) {
      if (headerError !== null) {
        input.destroy();
        await settled();
        throw IpAssetException.importHeader(headerError);
      }
      report.rowsRead++;
      const line = item.info.lines;
      const { raw, problems } = rowToRecord(item.record);
      const validation = validateAssetRecord(raw);
      const all = validation.ok ? problems : [...problems, ...validation.problems];
      if (!validation.ok || all.length > 0) {
        for (const p of all) reject({ line, field: CSV_FIELD_NAMES[p.field] ?? p.field, message: p.message });
        continue;
      }
      // A number repeated inside one batch would hit the same row twice in one statement:
      // commit what we have first, so the later line wins as it would row by row.
      if (numbersInBatch.has(validation.record.number)) await flush();
      batch.push({ line, record: validation.record });
      numbersInBatch.add(validation.record.number);
      if (batch.length >= batchSize) await flush();
    }
    if (headerError !== null) throw IpAssetException.importHeader(headerError);
    if (!headerSeen) throw IpAssetException.importHeader('the file is empty; expected a header line');
    await flush();
    await settled();
    return report;
  }

  private async writeBatch(
    batch: PendingRow[],
    report: ImportReport,
    reject: (r: ImportRejection) => void,
  ): Promise<void> {
    try {
      const outcomes = await this.assets.transaction((m) =>
        this.assets.upsertMany(
          m,
          batch.map((r) => r.record),
        ),
      );
      for (const o of outcomes) {
        if (o.inserted) report.inserted++;
        else report.updated++;
      }
      return;
    } catch (error) {
      this.logger.warn(`batch of ${batch.length} failed, retrying row by row: ${String(error)}`);
    }
    // Isolate the row the database refused; every other row still lands.
    for (const row of batch) {
      try {
        const [outcome] = await this.assets.transaction((m) => this.assets.upsertMany(m, [row.record]));
        if (outcome?.inserted === true) report.inserted++;
        else if (outcome !== undefined) report.updated++;
      } catch (error) {
        // Only a data or integrity refusal (classes 22, 23) is the row's fault; a lost
        // connection or a timeout stops the import instead of rejecting every remaining row.
        if (!/^2[23]/.test(sqlStateOf(error) ?? '')) throw error;
        const constraint = violatedConstraint(error);
        reject({
          line: row.line,
          field: 'row',
          message: `refused by the database${constraint === undefined ? '' : ` (${constraint})`}`,
        });
      }
    }
  }
}
