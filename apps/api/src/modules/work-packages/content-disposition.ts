/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266/5987), so "Báo cáo.pdf" survives. */
export const contentDisposition = (fileName: string): string => {
  const fallback = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D')).replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
};
