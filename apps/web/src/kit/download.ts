/** A file the API sends as text: base64 content, its MIME type and the name to save it under. */
export interface Base64File {
  content: string;
  contentType: string;
  filename: string;
}

/** RFC 4648 base64 -> bytes; atob alone would give a binary string, not a UTF-8-safe byte array. */
export function base64ToBytes(content: string): Uint8Array<ArrayBuffer> {
  const binary = atob(content.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The decoded file as a Blob of the server's content type. */
export function base64ToBlob(file: Pick<Base64File, 'content' | 'contentType'>): Blob {
  return new Blob([base64ToBytes(file.content)], { type: file.contentType });
}

/**
 * Saves a report the API returned (ReportFile and the like) under the server's file name,
 * through a temporary link: the browser's own download, no new window.
 */
export function downloadBase64File(file: Base64File, doc: Document = document): void {
  const url = URL.createObjectURL(base64ToBlob(file));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.style.display = 'none';
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked after the click has been handled; revoking at once can cancel the download.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
