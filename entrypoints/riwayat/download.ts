/** Saves a Blob or text as a file through the browser's download (nothing leaves the machine). */
export function download(data: Blob | string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the download reads the URL asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
