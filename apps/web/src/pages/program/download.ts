/** What the export queries return (ReportFile): the file as base64 with its name and type. */
export interface ReportFileContent {
  filename: string;
  contentType: string;
  content: string;
}

/** Base64 (RFC 4648) -> bytes; atob is in every browser, so no decoder ships with the console. */
export function base64ToBytes(content: string): Uint8Array<ArrayBuffer> {
  const binary = atob(content.replace(/\s/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function reportBlob(file: ReportFileContent): Blob {
  return new Blob([base64ToBytes(file.content)], { type: file.contentType });
}

/** Saves the file under the server's name through a temporary link (the browser's download). */
export function saveReportFile(file: ReportFileContent): void {
  const url = URL.createObjectURL(reportBlob(file));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; revoke on the next turn so it is not cut short.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
