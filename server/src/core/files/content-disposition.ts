/**
 * `Content-Disposition` for a download with a Chinese file name: an ASCII fallback for old clients plus
 * the exact name as RFC 5987 `filename*=UTF-8''…`, which every current browser prefers.
 */
export function contentDisposition(
  filename: string,
  type: 'attachment' | 'inline' = 'attachment',
): string {
  const safe = filename.replace(/[\r\n"\\/]/g, '_').trim() || 'download';
  const dot = safe.lastIndexOf('.');
  const ext = dot > 0 ? safe.slice(dot).replace(/[^\x20-\x7e]/g, '') : '';
  const stem = (dot > 0 ? safe.slice(0, dot) : safe).replace(/[^\x20-\x7e]/g, '_');
  const fallback = /[^_\s]/.test(stem) ? `${stem}${ext}` : `download${ext}`;
  // encodeURIComponent leaves ' ( ) * unescaped; RFC 5987 attr-char does not allow them.
  const encoded = encodeURIComponent(safe).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
