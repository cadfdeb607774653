/**
 * Saves bytes or text as a file through a temporary blob: link (nothing is uploaded): the
 * export menu's CSV, JSON and calendar files and the stories' zips and datasets.
 */
export function downloadFile(fileName: string, data: Uint8Array | string, type: string) {
  const part = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Let the download start before the blob goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
