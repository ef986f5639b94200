import { TEXT_SIZE_KEY } from '@/lib/shared/prefs';

/**
 * Applies the reader's saved text size before the first paint, so nothing grows after the page
 * shows. A plain inline script (its hash goes into the page's CSP like Next's own); nothing runs
 * when storage is off.
 */
export function TextSizeScript() {
  const code = `try{var s=localStorage.getItem(${JSON.stringify(TEXT_SIZE_KEY)});if(s==='large'||s==='xlarge')document.documentElement.setAttribute('data-text-size',s)}catch(e){}`;
  return <script dangerouslySetInnerHTML={{ __html: code }} />;
}
