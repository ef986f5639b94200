import type { Os } from '@/lib/shared/constants';

/** The top strip: clock and signal on both skins; iOS has an island, Android a camera dot. */
export function StatusBar({ skin, tone = 'plain' }: { skin: Os; tone?: 'plain' | 'brand' }) {
  const color = tone === 'brand' ? 'text-white' : 'text-[#111]';
  return (
    <div
      aria-hidden="true"
      className={`relative flex h-[2.6em] shrink-0 items-center justify-between px-[1.6em] text-[0.86em] font-semibold ${color}`}
    >
      <span className={skin === 'ios' ? 'w-[4em] text-center' : ''}>9:41</span>
      {skin === 'ios' ? (
        <span className="absolute left-1/2 top-[0.55em] h-[1.5em] w-[5.5em] -translate-x-1/2 rounded-full bg-black" />
      ) : (
        <span className="absolute left-1/2 top-[0.7em] size-[0.9em] -translate-x-1/2 rounded-full bg-black" />
      )}
      <span className="flex items-center gap-[0.3em]">
        <span className="flex items-end gap-[0.1em]">
          {['h-[0.4em]', 'h-[0.6em]', 'h-[0.8em]', 'h-[1em]'].map((h) => (
            <span key={h} className={`w-[0.2em] rounded-[0.05em] bg-current ${h}`} />
          ))}
        </span>
        <span
          className={
            skin === 'ios'
              ? 'h-[0.8em] w-[1.7em] rounded-[0.25em] border-[0.1em] border-current p-[0.08em]'
              : 'h-[0.95em] w-[0.55em] rounded-[0.12em] border-[0.1em] border-current p-[0.06em]'
          }
        >
          <span className="block size-full rounded-[0.1em] bg-current" />
        </span>
      </span>
    </div>
  );
}

/** The bottom of the screen: iOS home indicator or Android's gesture bar. */
export function SystemBar({ skin }: { skin: Os }) {
  return (
    <div aria-hidden="true" className="flex h-[1.6em] shrink-0 items-center justify-center bg-inherit">
      <span className={skin === 'ios' ? 'h-[0.3em] w-[8em] rounded-full bg-black' : 'h-[0.25em] w-[6em] rounded-full bg-[#555]'} />
    </div>
  );
}
