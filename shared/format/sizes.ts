/** A file size for people: "0 bytes", "912 bytes", "4.2 KB", "18 MB". */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'unknown size';
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['KB', 'MB', 'GB', 'TB'] as const;
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const rounded = value < 10 ? value.toFixed(1) : Math.round(value).toString();
  return `${rounded} ${units[unit] ?? 'TB'}`;
}

/** A count with its thousands grouped, as the UK writes it: 100000 → "100,000". */
export function groupDigits(value: number): string {
  return value.toLocaleString('en-GB');
}
