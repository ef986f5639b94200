import type { Block } from '@/lib/shared/types';
import { Tappable, cx, type TapApi } from './tap';

type Chat = Extract<Block, { type: 'chat' }>;

/** A chat with a service account: bubbles, an optional tappable link in a reply, and an input bar. */
export function ChatView({ block, tap }: { block: Chat; tap?: TapApi }) {
  return (
    <div className="flex h-full flex-col">
      <div className="flex flex-1 flex-col gap-[0.8em] px-[0.9em] py-[0.9em]">
        {block.messages.map((msg, i) => {
          const mine = msg.from === 'me';
          return (
            <div key={i} className={cx('flex items-start gap-[0.5em]', mine && 'flex-row-reverse')}>
              <span aria-hidden="true" className={cx('size-[2.2em] shrink-0 rounded-[0.35em]', mine ? 'bg-[#c9d6e3]' : 'bg-[#b8c4b8]')} />
              <div className={cx('flex max-w-[75%] flex-col gap-[0.2em]', mine && 'items-end')}>
                {msg.name && <span className="text-[0.85em] text-[#5f5f5f]">{msg.name}</span>}
                <div
                  className={cx(
                    'rounded-[0.4em] px-[0.7em] py-[0.5em] text-[0.9em] leading-[1.45] text-[#111]',
                    mine ? 'bg-[#a9e08b]' : 'bg-white',
                  )}
                >
                  {msg.text}
                  {msg.link && (
                    <Tappable
                      id={msg.link.id}
                      tap={tap}
                      className="mt-[0.2em] inline-block rounded-[0.3em] px-[0.2em] font-medium text-[#1d4f91] underline"
                    >
                      {msg.link.label}
                    </Tappable>
                  )}
                </div>
              </div>
            </div>
          );
        })}
      </div>
      <div className="flex items-center gap-[0.5em] border-t border-[#dcdcdc] bg-[#f7f7f7] px-[0.8em] py-[0.5em]">
        <span className="flex h-[2.2em] flex-1 items-center rounded-[0.35em] bg-white px-[0.6em] text-[0.85em] text-[#111]">
          {block.input}
        </span>
        {block.send ? (
          <Tappable
            id={block.send.id}
            tap={tap}
            className="tg-filled rounded-[0.35em] bg-(--tg-brand) px-[0.8em] py-[0.4em] text-[0.85em] text-white"
          >
            {block.send.label}
          </Tappable>
        ) : (
          <span aria-hidden="true" className="size-[1.6em] rounded-full border-[0.12em] border-[#555]" />
        )}
      </div>
    </div>
  );
}
