import type { ScreenData } from '@/lib/shared/types';
import type { FlowStep } from '@/lib/flow/types';
import { StepDrawing } from '../player/step-drawing';

/** A step's screen as readers without JavaScript see it in the article, under the step's text. */
export default function NoScriptFigure({ step, screen }: { step: FlowStep; screen: ScreenData }) {
  return (
    <figure className="max-w-[260px]">
      <StepDrawing step={step} screen={screen} label={`示意画面：${step.title}`} />
      <figcaption className="mt-1 text-xs text-stone-600">示意画面，高亮处是要点的位置</figcaption>
    </figure>
  );
}
