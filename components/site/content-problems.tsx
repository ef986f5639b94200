/**
 * Development only: the checker's problems over the page, each as path:line:column, message and
 * hint, the same text `npm run check` prints in the terminal. Collapsible, so it never blocks work.
 */
export function ContentProblems({ count, report }: { count: number; report: string }) {
  return (
    <section
      aria-labelledby="content-problems-title"
      className="fixed inset-x-0 bottom-0 z-50 max-h-[70vh] overflow-y-auto border-t-4 border-red-600 bg-white py-4 pl-16 pr-4 shadow-2xl"
    >
      <details open>
        <summary id="content-problems-title" className="cursor-pointer text-lg font-bold text-red-900">
          内容有 {count} 个问题（只在 npm run dev 里显示；修好后页面会自动刷新）
        </summary>
        <pre className="mt-2 whitespace-pre-wrap text-sm text-red-950" data-content-error="">
          {report}
        </pre>
      </details>
    </section>
  );
}
