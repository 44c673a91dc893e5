/** Save text as a file through a Blob and an object URL (revoked once the browser has taken it). */
export function downloadFile(content: string, fileName: string, type: string): void {
  const blob = new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns; give them time before revoking.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
