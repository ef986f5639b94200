import type { ClientDict } from '@/lib/shared/i18n/client-dict';
import { PhoneFrame } from '@/components/phone/phone-frame';
import { ScreenView } from '@/components/phone/screen-view';
import type { Os } from '@/lib/shared/constants';
import type { ScreenData } from '@/lib/shared/types';
import type { FlowStep } from '@/lib/flow/types';
import { targetName, targetsOf, targetTags } from './target-names';

/** A step's screen drawn statically, its target highlighted but not a button: server HTML. */
export function StepDrawing({
  step,
  screen,
  label,
  className,
  skin = 'ios',
  t,
}: {
  t: ClientDict;
  step: FlowStep;
  screen: ScreenData;
  label: string;
  className?: string;
  skin?: Os;
}) {
  return (
    <PhoneFrame skin={skin} label={label} className={className}>
      <ScreenView
        screen={screen}
        skin={skin}
        tap={{ targets: targetsOf(step), name: (id) => targetName(step, screen, id, t), tags: targetTags(step) }}
      />
    </PhoneFrame>
  );
}
