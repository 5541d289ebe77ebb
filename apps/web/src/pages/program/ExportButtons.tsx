import { useState } from 'react';
import { ErrorNotice } from '@web/errors/ErrorNotice';
import type { ExportFormat } from '@web/gql/graphql';
import { downloadBase64File, type Base64File } from '@web/kit/download';

export interface ExportedFile extends Base64File {
  rows: number;
  complete: boolean;
}

/**
 * CSV and XLSX buttons: each asks the server for the file (fresh, never from the cache) and
 * saves it under the server's name. A list cut at the export limit says so.
 */
export function ExportButtons({ what, load }: { what: string; load: (format: ExportFormat) => Promise<ExportedFile> }) {
  const [sending, setSending] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [cut, setCut] = useState<number | null>(null);
  const run = async (format: ExportFormat): Promise<void> => {
    setSending(format);
    setError(null);
    setCut(null);
    try {
      const file = await load(format);
      downloadBase64File(file);
      if (!file.complete) setCut(file.rows);
    } catch (e) {
      setError(e);
    } finally {
      setSending(null);
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label={`Export ${what}`}>
      {(['CSV', 'XLSX'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button button-quiet button-small"
          disabled={sending !== null}
          onClick={() => void run(format)}
        >
          {sending === format ? `Preparing ${format}…` : `Export ${format}`}
        </button>
      ))}
      {cut !== null && (
        <p className="muted small" role="status">
          The file holds the first {cut} rows, the most one export carries.
        </p>
      )}
      {error !== null && <ErrorNotice error={error} />}
    </div>
  );
}
