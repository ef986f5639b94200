'use client';

import Link from 'next/link';
import { useId, useState } from 'react';
import { Segmented } from '@/components/ui/segmented';

export interface ChooserGuide {
  slug: string;
  title: string;
  app: string;
  task: string;
}

/**
 * “不确定该看哪篇？” Two plain questions (which app, what you want to do) and a link.
 * Without JavaScript the full list below it is the way in, so this stays out of the page.
 */
export function GuideChooser({
  guides,
  apps,
  tasks,
}: {
  guides: ChooserGuide[];
  apps: { id: string; name: string }[];
  tasks: { id: string; label: string }[];
}) {
  const [app, setApp] = useState<string>();
  const [task, setTask] = useState<string>();
  const name = useId();
  const tasksHere = tasks.filter((t) => guides.some((g) => g.app === app && g.task === t.id));
  const matches = guides.filter((g) => g.app === app && g.task === task);
  return (
    <section aria-labelledby={`${name}-title`} className="only-js mt-6 rounded-2xl border border-emerald-200 bg-emerald-50/60 p-4">
      <h2 id={`${name}-title`} className="text-lg font-semibold text-stone-900">
        不确定该看哪篇？
      </h2>
      <fieldset className="mt-3">
        <legend className="text-sm font-medium text-stone-800">1. 你要在哪个 App 里操作？</legend>
        <Segmented
          look="choices"
          className="mt-2"
          name={`${name}-app`}
          value={app}
          options={apps.map((a) => ({ value: a.id, label: a.name }))}
          onValueChange={(a) => {
            setApp(a);
            setTask(undefined);
          }}
        />
      </fieldset>
      {app && (
        <fieldset className="mt-4">
          <legend className="text-sm font-medium text-stone-800">2. 你想做什么？</legend>
          <Segmented
            look="choices"
            className="mt-2"
            name={`${name}-task`}
            value={task}
            options={tasksHere.map((t) => ({ value: t.id, label: t.label }))}
            onValueChange={setTask}
          />
        </fieldset>
      )}
      <div aria-live="polite" className="mt-4">
        {matches.map((g) => (
          <Link key={g.slug} href={`/guides/${g.slug}/`} className="tg-btn tg-btn-primary mb-2 mr-2">
            去看：{g.title} ›
          </Link>
        ))}
      </div>
    </section>
  );
}
