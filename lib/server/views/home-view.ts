import 'server-only';
import { APP_VALUES, APPS, TASK_ORDER, TASKS, type App, type Task } from '../../shared/constants';
import type { Content, Guide } from '../content/types';

/** The home page: guides grouped by app (in task order), and what the chooser asks. */
export interface HomeView {
  apps: { id: App; name: string; guides: Guide[] }[];
  chooser: {
    guides: { slug: string; title: string; app: App; task: Task }[];
    apps: { id: App; name: string }[];
    tasks: { id: Task; label: string }[];
  };
}

export function homeView(content: Content): HomeView {
  const { guides } = content;
  const apps = APP_VALUES.filter((a) => guides.some((g) => g.frontmatter.app === a));
  return {
    apps: apps.map((id) => ({
      id,
      name: APPS[id].name,
      guides: guides
        .filter((g) => g.frontmatter.app === id)
        .sort((a, b) => TASK_ORDER.indexOf(a.frontmatter.task) - TASK_ORDER.indexOf(b.frontmatter.task)),
    })),
    chooser: {
      guides: guides.map((g) => ({ slug: g.slug, title: g.frontmatter.title, app: g.frontmatter.app, task: g.frontmatter.task })),
      apps: apps.map((id) => ({ id, name: APPS[id].short })),
      tasks: TASK_ORDER.map((t) => ({ id: t, label: TASKS[t] })),
    },
  };
}
