/**
 * QR codes as one SVG path, from the `qrcode` library's matrix (only its matrix is used). The
 * library is loaded on first use, and kept, so a handout printed later can draw at once.
 */
type QrLib = typeof import('qrcode');

export const QR_MARGIN = 4;
let lib: QrLib | undefined;
let loading: Promise<QrLib> | undefined;

export function loadQr(): Promise<QrLib> {
  loading ??= import('qrcode').then((m) => (lib = (m as unknown as { default: QrLib }).default ?? m));
  return loading;
}

/** The loaded library, if it has loaded. */
export const qrLib = (): QrLib | undefined => lib;

/** A link as an SVG path with `QR_MARGIN` modules of quiet zone: one unit per module. */
export function qrCode(q: QrLib, text: string): { size: number; d: string } {
  const { modules } = q.create(text, { errorCorrectionLevel: 'M' });
  let d = '';
  for (let r = 0; r < modules.size; r++) {
    for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) d += `M${c + QR_MARGIN} ${r + QR_MARGIN}h1v1h-1z`;
  }
  return { size: modules.size + QR_MARGIN * 2, d };
}
