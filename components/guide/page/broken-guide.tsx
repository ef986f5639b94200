/** Development only: the page of a guide whose file has problems (they are listed over the page). */
export function BrokenGuide({ slug }: { slug: string }) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold text-stone-900">这篇教程的文件有问题</h1>
      <p className="mt-3 text-stone-700">content/guides/{slug}.mdx 没有通过检查，问题列在页面下方。改好保存后，这一页会自动刷新。</p>
    </div>
  );
}
