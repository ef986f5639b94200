import 'server-only';
import { APP_VALUES, APPS, TASK_ORDER, TASKS, type App, type Confidence, type Task } from '../../shared/constants';
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

/** The English home and guide list: the English guides (with their confidence) and short pages. */
export interface EnHomeView {
  guides: { slug: string; title: string; summary: string; confidence: Confidence; checked: boolean; counterpart?: string }[];
  pages: { slug: string; title: string; summary: string }[];
  /** The Chinese guide for visitors, which this edition's home links to. */
  chinese?: { href: string; title: string };
}

export function enHomeView(content: Content): EnHomeView {
  const visitors = content.guides.find((g) => g.frontmatter.task === 'overseas');
  return {
    guides: content.en.guides.map((g) => ({
      slug: g.slug,
      title: g.frontmatter.title,
      summary: g.frontmatter.summary,
      confidence: g.frontmatter.confidence,
      checked: g.frontmatter.checkedOnDevice.length > 0,
    })),
    pages: content.en.pages.map((p) => ({ slug: p.slug, title: p.frontmatter.title, summary: p.frontmatter.summary })),
    ...(visitors ? { chinese: { href: `/guides/${visitors.slug}/`, title: visitors.frontmatter.title } } : {}),
  };
}
