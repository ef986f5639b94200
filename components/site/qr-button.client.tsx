'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { format } from '@/lib/shared/i18n/format';
import { useDict } from '@/lib/shared/i18n/context.client';
import { loadQr, qrCode } from '@/lib/shared/qr';

/**
 * “二维码”: shows a link as a QR code in a modal dialog, so a support agent at a desk can let a
 * customer scan it with their phone. The `qrcode` library loads, and the dialog mounts, only
 * when the button is used.
 */
export function QrButton({ url, title, name, className }: { url: string; title: string; name?: string; className?: string }) {
  const t = useDict();
  const dialog = useRef<HTMLDialogElement>(null);
  const [code, setCode] = useState<{ url: string; size: number; d: string }>();
  const [open, setOpen] = useState(false);
  const titleId = useId();

  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open, code]);

  const show = async () => {
    if (code?.url !== url) {
      setCode({ url, ...qrCode(await loadQr(), url) });
    }
    setOpen(true);
  };

  return (
    <>
      <button type="button" className={className ?? 'tg-btn-small'} aria-haspopup="dialog" aria-label={name} onClick={show}>
        {t.qr}
      </button>
      {open && code && (
        // A click on the dimmed backdrop (the dialog element itself, outside its padding box) closes it too.
        <dialog
          ref={dialog}
          onClose={() => setOpen(false)}
          onClick={(e) => e.target === e.currentTarget && e.currentTarget.close()}
          aria-labelledby={titleId}
          className="m-auto w-[min(22rem,calc(100vw-2rem))] rounded-2xl p-0 text-stone-900 shadow-xl backdrop:bg-stone-900/50"
          data-qr=""
        >
          <div className="p-5">
            <h2 id={titleId} className="text-lg font-semibold">
              {t.qrTitle}
            </h2>
            <p className="mt-1 text-[15px] text-stone-700">{title}</p>
            <svg
              viewBox={`0 0 ${code.size} ${code.size}`}
              role="img"
              aria-label={format(t.qrOf, { url: code.url })}
              className="mx-auto mt-3 block w-full max-w-[16rem] bg-white"
              shapeRendering="crispEdges"
              data-qr-code={code.url}
            >
              <path d={code.d} fill="#000" />
            </svg>
            <p className="mt-3 break-all font-mono text-xs text-stone-700">{code.url}</p>
            <div className="mt-4 text-right">
              <button type="button" className="tg-btn" autoFocus onClick={() => dialog.current?.close()}>
                {t.close}
              </button>
            </div>
          </div>
        </dialog>
      )}
    </>
  );
}
