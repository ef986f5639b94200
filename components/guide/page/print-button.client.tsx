'use client';

import { loadQr } from '@/lib/shared/qr';

/** 打印 / 保存为 PDF: the reader's version as a handout (the player draws it when the browser prints). */
export function PrintButton() {
  return (
    <button
      type="button"
      className="tg-btn only-js"
      onClick={async () => {
        await loadQr().catch(() => undefined); // the handout's QR code
        window.print();
      }}
    >
      打印或保存为 PDF（一步一页，给家里人）
    </button>
  );
}
