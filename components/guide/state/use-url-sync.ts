'use client';

import { startTransition, useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import type { App, Lang, Os } from '@/lib/shared/constants';
import { currentStep, type PlayerAction, type PlayerState } from '@/lib/flow/player-state';
import type { Flow } from '@/lib/flow/types';
import { applies, findStep, pathTo } from '@/lib/flow/walk';
import { readPrefs } from '@/lib/shared/prefs';
import { hashStep, readGuideUrl, writeGuideUrl, type UrlNotice } from '@/lib/shared/url-state';
import { useDict } from '@/lib/shared/i18n/context.client';
import { stepPagePath } from '@/lib/shared/links';
import { documentTitle, stepPageTitle } from '@/lib/shared/titles';
import { variantLabel } from '@/lib/shared/variants';
import type { InAppNote } from '@/lib/shared/in-app';
import type { GuideMeta } from '@/lib/shared/types';

/** What each history entry of ours records (history.state.tg), so Back and Forward restore it exactly. */
interface StepEntry {
  variant: string;
  os: Os;
  path: string[];
  /** Entries pushed since the page was opened. */
  depth: number;
  /** The path of the entry before this one, when this one was pushed. */
  prevPath?: string[];
}

export type Notice =
  | UrlNotice
  | { kind: 'step-not-in-variant'; value: string }
  | { kind: 'variant-for-step'; value: string }
  /** After a version or OS switch: the same step had another id there, or the new path lacks it. */
  | { kind: 'moved-to-twin'; value: string }
  | { kind: 'restarted'; value: string };

/** What the browser the guide was opened in decided, and what to tell the reader about it. */
export interface Detected {
  note: InAppNote;
  /** The variant the app's version picked (or the newest, in HarmonyOS's WeChat). */
  variant?: string;
}

/**
 * The variant and OS the user agent points to (lib/shared/in-app.ts). Reading the user agent loads
 * after hydration, and semver only inside WeChat/QQ: both off the first load.
 */
async function fromUserAgent(
  guideApp: App,
  all: GuideMeta['variants'],
  lang: Lang,
): Promise<{ variant?: string; os?: Os; detected?: Detected }> {
  // An English guide never switches a reader to a Chinese-interface version by itself: they chose English.
  const variants = lang === 'en' ? all.filter((v) => v.match?.lang !== 'zh') : all;
  // A chunk that fails to load (a redeploy, a dropped connection) only loses the app's pick.
  const inApp = await import('@/lib/shared/in-app').catch(() => undefined);
  if (!inApp) return {};
  const r = inApp.readInApp(navigator.userAgent, guideApp);
  let variant: string | undefined;
  if (r.pick) variant = (await import('@/lib/shared/pick-variant')).pickVariant(variants, r.pick);
  else if (r.newest) variant = variants[0]?.id;
  // “已按你的微信 … 显示” only when the version found its variant.
  const said = r.note && (r.note.kind === 'other-app' || variant) ? { note: r.note, ...(variant ? { variant } : {}) } : undefined;
  return { ...(variant ? { variant } : {}), ...(r.os ? { os: r.os } : {}), ...(said ? { detected: said } : {}) };
}

/**
 * Keeps the player and the address bar in step. Once after hydration it reads, in order of
 * precedence: the URL (?v=&os=#step), the app version and OS in the user agent (inside WeChat or
 * QQ), saved preferences, then defaults. After that every change is written back with
 * replaceState, and a followed hash moves the player.
 */
export function useUrlSync(guide: GuideMeta, flow: Flow, state: PlayerState, dispatch: Dispatch<PlayerAction>) {
  const { slug } = guide;
  const t = useDict();
  const variantIds = guide.variants.map((v) => v.id);
  const [{ ready, notices, detected, guessedOs, check, stepless }, setSync] = useState<{
    ready: boolean;
    notices: Notice[];
    /** The guide page was opened without a step in its address (the player may offer the last one read). */
    stepless?: boolean;
    detected?: Detected;
    guessedOs?: Os;
    /** The editors' 核对模式 (?check=1 on a guide page). */
    check?: boolean;
  }>({
    ready: false,
    notices: [],
  });
  const setNotices = useCallback((n: Notice[]) => setSync((s) => ({ ...s, notices: n })), []);
  const stepId = currentStep(flow, state).id;
  const latest = useRef({ state, stepId });
  const followedLink = useRef(false);
  const checkRef = useRef(false);
  useEffect(() => {
    checkRef.current = !!check;
  }, [check]);
  const restoring = useRef(false);
  useEffect(() => {
    latest.current = { state, stepId };
  }, [state, stepId]);

  const reachable = (id: string, ctx: { variant: string; os: Os }) => {
    const s = findStep(flow, id);
    return !!s && applies(s, ctx) && !!pathTo(flow, ctx, id);
  };
  // The version that has a step the reader's version does not (a #step link from search or another guide).
  const ownerOf = (id: string, ctx: { variant: string; os: Os }) => variantIds.find((v) => reachable(id, { ...ctx, variant: v }));
  const labelOf = (id: string) => variantLabel(guide.variants, id);

  useEffect(() => {
    if (ready) return;
    let cancelled = false;
    (async () => {
      // Going live is a transition: React renders it in slices between which the browser stays
      // responsive, instead of one long task right after hydration. The server HTML stands meanwhile.
      // A step page's address is its state, and the server already drew it.
      if (guide.page) return startTransition(() => setSync({ ready: true, notices: [] }));
      const prefs = readPrefs(slug, variantIds);
      const fromApp = await fromUserAgent(guide.app, guide.variants, guide.lang);
      if (cancelled) return;
      // The reader's own OS choice (kept across guides) wins over the user agent's guess, which is shown.
      // A version's own page (/guides/<slug>/<variant>/) names its version as ?v= would.
      const fallback = {
        variant: guide.inline ?? fromApp.variant ?? prefs.variant ?? variantIds[0]!,
        os: prefs.os ?? fromApp.os ?? 'ios',
      };
      const guessedOs = prefs.os && fromApp.os && prefs.os !== fromApp.os ? fromApp.os : undefined;
      const steps = flow.steps.map((s) => s.id);
      const { state: url, notices: found } = readGuideUrl(
        location.search,
        location.hash,
        { variants: variantIds, steps, aliases: guide.aliases },
        fallback,
      );
      const all: Notice[] = [...found];
      let step = url.step;
      // A #step link without ?v= (search results, links in other guides) shows the version that has the step.
      const explicitVariant = new URLSearchParams(location.search).has('v') || !!guide.inline;
      const owner = step && !reachable(step, url) && !explicitVariant ? ownerOf(step, url) : undefined;
      if (owner) {
        url.variant = owner;
        all.push({ kind: 'variant-for-step', value: labelOf(owner) });
      } else if (step && !reachable(step, url)) {
        all.push({ kind: 'step-not-in-variant', value: step });
        step = undefined;
      }
      // Say so only when the app's version decided (an explicit ?v= in the link wins), or when it was an app whose steps differ.
      const detected =
        fromApp.detected && (fromApp.detected.note.kind === 'other-app' || (url.variant === fromApp.variant && !explicitVariant))
          ? fromApp.detected
          : undefined;
      // One render for both, so the page never shows the default step as live.
      startTransition(() => {
        dispatch({ type: 'init', variant: url.variant, os: url.os, step });
        setSync({
          ready: true,
          notices: all,
          ...(detected ? { detected } : {}),
          ...(guessedOs ? { guessedOs } : {}),
          check: new URLSearchParams(location.search).get('check') === '1',
          stepless: !step,
        });
      });
    })();
    return () => {
      cancelled = true;
    };
    // Runs once, after hydration: later, state flows to the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Each step the reader takes is an entry in the browser's history (so WeChat's “<”, the swipe
  // back and Back/Forward walk the steps); a version or OS switch and the page settling on its link
  // replace the entry. The address is always the step's own (a step page opened with a query or hash
  // ends at its clean path): its step page, or the guide's ?v=&os=#step.
  useEffect(() => {
    if (!ready || state.cause === 'restore') return;
    const at = { slug, variant: state.variant, os: state.os, step: stepId, lang: guide.lang };
    const url = guide.page ? stepPagePath(at) : writeGuideUrl(at, { check, inline: guide.inline });
    const was = (history.state as { tg?: StepEntry } | null)?.tg;
    const push = state.cause === 'step' && !followedLink.current && !!was;
    followedLink.current = false;
    const entry: StepEntry = {
      variant: state.variant,
      os: state.os,
      path: state.path,
      depth: (was?.depth ?? 0) + (push ? 1 : 0),
      ...(push ? { prevPath: was.path } : was?.prevPath ? { prevPath: was.prevPath } : {}),
    };
    if (push) history.pushState({ ...history.state, tg: entry }, '', url);
    else history.replaceState({ ...history.state, tg: entry }, '', url);
    if (guide.page) {
      document.title = documentTitle(
        stepPageTitle(
          {
            index: state.path.length,
            step: currentStep(flow, state).title,
            guide: guide.title,
            app: guide.app,
            variant: variantLabel(guide.variants, state.variant),
            os: state.os,
          },
          t,
        ),
      );
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, state]);

  // Back or Forward to an entry of ours: the player goes to the step (and path) it recorded.
  useEffect(() => {
    const onPop = (e: PopStateEvent) => {
      const tg = (e.state as { tg?: StepEntry } | null)?.tg;
      if (!tg) return;
      restoring.current = true; // the hashchange that follows a traversal between #steps is not a followed link
      dispatch({ type: 'restore', variant: tg.variant, os: tg.os, path: tg.path });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [dispatch]);

  /** The site's “上一步”: the browser's Back when the entry before is the previous step, so the two never disagree. */
  const goBack = useCallback(() => {
    const tg = (history.state as { tg?: StepEntry } | null)?.tg;
    const { state: cur } = latest.current;
    const previous = cur.path.slice(0, -1);
    if (tg?.prevPath && tg.prevPath.length === previous.length && tg.prevPath.every((id, i) => id === previous[i])) history.back();
    else dispatch({ type: 'back' });
  }, [dispatch]);

  // A followed #link: a step moves the player; anything else (a page anchor such as #provenance,
  // or a step of another variant) scrolls as usual, and the address bar goes back to the step.
  useEffect(() => {
    if (guide.page) return;
    const onHash = () => {
      if (restoring.current) return void (restoring.current = false);
      // The browser made an entry for the followed link already: the move replaces it.
      followedLink.current = true;
      const written = hashStep(location.hash);
      const id = guide.aliases?.[written] ?? written;
      const { state: cur, stepId: curId } = latest.current;
      if (id && reachable(id, cur)) return dispatch({ type: 'goto', step: id });
      const owner = id ? ownerOf(id, cur) : undefined;
      if (owner) {
        dispatch({ type: 'variant', variant: owner });
        dispatch({ type: 'goto', step: id });
        return setNotices([{ kind: 'variant-for-step', value: labelOf(owner) }]);
      }
      if (id && findStep(flow, id)) setNotices([{ kind: 'step-not-in-variant', value: id }]);
      history.replaceState(
        history.state,
        '',
        writeGuideUrl({ variant: cur.variant, os: cur.os, step: curId }, { check: checkRef.current, inline: guide.inline }),
      );
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [flow, dispatch]);

  const dismissNotices = useCallback(() => setNotices([]), [setNotices]);
  return { ready, notices, setNotices, dismissNotices, detected, guessedOs, goBack, check: !!check, stepless: !!stepless };
}
