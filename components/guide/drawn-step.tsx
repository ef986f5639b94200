import { PhoneFrame } from '@/components/phone/phone-frame';
import { ScreenView } from '@/components/phone/screen-view';
import type { ScreenData } from '@/lib/content/screen-schema';
import type { FlowStep } from '@/lib/flow/types';
import { targetName, targetsOf } from './step-names';

/** A step's screen drawn statically (iOS skin), its target highlighted but not a button: server HTML. */
export function DrawnStep({ step, screen, label, className }: { step: FlowStep; screen: ScreenData; label: string; className?: string }) {
  return (
    <PhoneFrame skin="ios" label={label} className={className}>
      <ScreenView screen={screen} skin="ios" tap={{ targets: targetsOf(step), name: (id) => targetName(step, screen, id) }} />
    </PhoneFrame>
  );
}
