/** Saves `text` as a file through a temporary blob: link (no network, no HTML). */
export function downloadText(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
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
