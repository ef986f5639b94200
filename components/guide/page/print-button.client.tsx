'use client';

import { useDict } from '@/lib/shared/i18n/context.client';
import { loadQr } from '@/lib/shared/qr';

/** 打印 / 保存为 PDF: the reader's version as a handout (the player draws it when the browser prints). */
export function PrintButton() {
  const t = useDict();
  return (
    <button
      type="button"
      className="tg-btn only-js"
      onClick={async () => {
        await loadQr().catch(() => undefined); // the handout's QR code
        window.print();
      }}
    >
      {t.print}
    </button>
  );
}
