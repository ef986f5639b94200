import type { ControlLinks } from '@/lib/shared/types';
import { useGuide } from '../state/guide-context';
import { ServerPlayer } from './server-player';

/** The drawn phone rendered in the browser, from the guide's context: where the live player broke. */
export default function DrawnPlayer({ links }: { links?: ControlLinks }) {
  const { meta, flow, screens, bodies } = useGuide();
  return <ServerPlayer meta={meta} flow={flow} screens={screens} bodies={bodies} links={links} />;
}
