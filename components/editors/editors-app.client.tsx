'use client';

import { useEffect, useId, useState, type FormEvent } from 'react';
import { ActLists } from './act-lists';
import { DIFFERENT_COLOUR, SAME_COLOUR, VersionBars, WeeklyChart } from './charts';
import { loadEditorsData, saveToken, savedToken, type EditorsData, type LoadResult } from './editors-api';
import { appName, GuideTables } from './guide-tables';

type State =
  | { kind: 'signed-out'; refused?: Exclude<LoadResult, { ok: true }>['why'] }
  | { kind: 'loading' }
  | { kind: 'ready'; data: EditorsData; token: string };

const REFUSED: Record<Exclude<LoadResult, { ok: true }>['why'], string> = {
  token: '令牌不对：报告服务没有接受它。',
  closed: '报告服务没有开放给编辑（服务上没有设置 REPORTS_TOKEN），或还没有网站的索引。',
  offline: '连不上报告服务，请稍后再试。',
  off: '这个网站没有报告服务（NEXT_PUBLIC_REPORTS_API=off）。',
};

/**
 * /editors/: nothing but the sign-in until the report service accepts the editors' token; then
 * the lists to act on, the pictures, and every guide → version → step.
 */
export function EditorsApp() {
  const [state, setState] = useState<State>({ kind: 'signed-out' });

  const signIn = async (token: string) => {
    setState({ kind: 'loading' });
    const result = await loadEditorsData(token);
    if (result.ok) {
      saveToken(token);
      setState({ kind: 'ready', data: result.data, token });
    } else {
      if (result.why === 'token') saveToken(null);
      setState({ kind: 'signed-out', refused: result.why });
    }
  };

  useEffect(() => {
    const token = savedToken();
    // Signed in earlier in this tab: load again (the token stays in sessionStorage, this tab only).
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading the tab's storage can only happen after hydration
    if (token) void signIn(token);
  }, []);

  if (state.kind === 'ready')
    return (
      <Dashboard
        data={state.data}
        onRefresh={() => void signIn(state.token)}
        onSignOut={() => {
          saveToken(null);
          setState({ kind: 'signed-out' });
        }}
      />
    );
  return <SignIn busy={state.kind === 'loading'} refused={state.kind === 'signed-out' ? state.refused : undefined} onSubmit={signIn} />;
}

function SignIn({ busy, refused, onSubmit }: { busy: boolean; refused?: keyof typeof REFUSED; onSubmit: (token: string) => void }) {
  const id = useId();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const token = new FormData(e.currentTarget).get('token');
    if (typeof token === 'string' && token.trim()) onSubmit(token.trim());
  };
  return (
    <form onSubmit={submit} className="mt-5 max-w-md rounded-xl border border-stone-200 bg-white p-4" aria-busy={busy} data-sign-in="">
      <label htmlFor={id} className="block font-medium text-stone-900">
        编辑令牌
      </label>
      <p id={`${id}-hint`} className="mt-1 text-sm text-stone-700">
        报告服务的 REPORTS_TOKEN（<code>npm run dev</code> 会在终端里印出这次的令牌）。只保存在这个标签页里，关掉就忘。
      </p>
      <input
        id={id}
        name="token"
        type="password"
        required
        autoComplete="current-password"
        aria-describedby={`${id}-hint${refused ? ` ${id}-refused` : ''}`}
        aria-invalid={refused === 'token' || undefined}
        className="mt-2 block w-full rounded-xl border border-stone-400 bg-white px-3 py-2.5 text-base text-stone-900"
      />
      <button
        type="submit"
        disabled={busy}
        className="mt-3 min-h-11 rounded-xl bg-stone-900 px-5 font-medium text-white disabled:bg-stone-500"
      >
        {busy ? '正在读取…' : '登录'}
      </button>
      <p id={`${id}-refused`} role="alert" className="mt-3 text-sm font-medium text-red-800 empty:hidden" data-refused={refused ?? ''}>
        {refused ? REFUSED[refused] : ''}
      </p>
    </form>
  );
}

function Dashboard({ data, onRefresh, onSignOut }: { data: EditorsData; onRefresh: () => void; onSignOut: () => void }) {
  const { summary, view } = data;
  const answered = view.guides.filter((g) => g.weekly.some((w) => w.same + w.different > 0));
  const versioned = view.guides.filter((g) => g.versions.length > 0);
  return (
    <div className="mt-4 space-y-8" data-dashboard="">
      <div className="flex flex-wrap items-center gap-3 text-sm text-stone-700">
        <p>
          数据截至 {summary.today}（网站索引 {summary.indexGenerated}）
          {summary.notOnSite > 0 && `；另有 ${summary.notOnSite} 个回答说的是网站上已没有的页面`}
        </p>
        <div className="flex gap-2">
          <button type="button" onClick={onRefresh} className="min-h-11 rounded-xl border border-stone-400 bg-white px-4 text-stone-900">
            刷新
          </button>
          <button type="button" onClick={onSignOut} className="min-h-11 rounded-xl border border-stone-400 bg-white px-4 text-stone-900">
            退出
          </button>
        </div>
      </div>

      <section aria-labelledby="act-heading">
        <h2 id="act-heading" className="text-xl font-bold text-stone-900">
          要处理的
        </h2>
        <div className="mt-3">
          <ActLists view={view} />
        </div>
      </section>

      <section aria-labelledby="weekly-heading">
        <h2 id="weekly-heading" className="text-xl font-bold text-stone-900">
          每周的回答
        </h2>
        <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-stone-700">
          <span>
            <Swatch colour={SAME_COLOUR} /> 一样
          </span>
          <span>
            <Swatch colour={DIFFERENT_COLOUR} /> 不一样
          </span>
          <span>每条柱子是从那个星期一起的一周，最近 {view.weeks.length} 周</span>
        </p>
        {answered.length === 0 ? (
          <p className="mt-3 text-stone-700">最近 {view.weeks.length} 周还没有回答。</p>
        ) : (
          <ul className="mt-3 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {answered.map((g) => (
              <li key={g.guide} className="rounded-xl border border-stone-200 bg-white p-3" data-weekly={g.guide}>
                <h3 className="text-sm font-semibold text-stone-900">{g.title}</h3>
                <WeeklyChart title={g.title} weeks={view.weeks} weekly={g.weekly} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading" className="text-xl font-bold text-stone-900">
          读者用的 App 版本
        </h2>
        <p className="mt-1 text-sm text-stone-700">所有回答（包括步骤改动前的），按版本号的十位归组。</p>
        {versioned.length === 0 ? (
          <p className="mt-3 text-stone-700">还没有回答。</p>
        ) : (
          <ul className="mt-3 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {versioned.map((g) => (
              <li key={g.guide} className="rounded-xl border border-stone-200 bg-white p-3" data-versions={g.guide}>
                <h3 className="text-sm font-semibold text-stone-900">{g.title}</h3>
                <VersionBars title={g.title} app={appName(g.app)} versions={g.versions} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="guides-heading">
        <h2 id="guides-heading" className="text-xl font-bold text-stone-900">
          每篇教程、每个版本、每一步
        </h2>
        <p className="mt-1 text-sm text-stone-700">只数步骤最近一次改动之后的回答；改动前的另记。</p>
        <div className="mt-3">
          <GuideTables guides={summary.guides} />
        </div>
      </section>
    </div>
  );
}

function Swatch({ colour }: { colour: string }) {
  return (
    <svg viewBox="0 0 10 10" aria-hidden="true" className="inline-block h-3 w-3 align-[-1px]">
      <rect width="10" height="10" fill={colour} />
    </svg>
  );
}
