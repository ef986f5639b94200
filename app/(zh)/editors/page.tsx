import type { Metadata } from 'next';
import { EditorsApp } from '@/components/editors/editors-app.client';
import { getPageMetadata } from '@/lib/server/source';

export const metadata: Metadata = getPageMetadata('editors');

/**
 * /editors/: what readers' phones say, for editors. The export holds only the sign-in; the data
 * comes from the report service (/api/) with the editors' token, after sign-in, in this tab.
 */
export default function EditorsPage() {
  return (
    <div className="mx-auto max-w-6xl py-6">
      <h1 className="text-2xl font-bold text-stone-900">读者怎么说</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        给编辑用：读者在每一步下面回答的“这一步和你手机上一样吗？”、真机核对，以及要重新核对的版本。要先用编辑令牌登录。
      </p>
      <noscript>
        <p className="mt-4 font-medium text-stone-900">这一页要开启 JavaScript 才能登录和读取回答。</p>
      </noscript>
      <EditorsApp />
    </div>
  );
}
