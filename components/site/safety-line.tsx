/** The one reminder every page that leads into the apps carries. */
export function SafetyLine({ className = '' }: { className?: string }) {
  return (
    <p className={`rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-[15px] text-red-950 ${className}`}>
      无论谁问，都不要把身份证号、短信验证码或支付密码发给别人，也不要填进聊天里发来的链接：只在微信、QQ 自己的页面里填写。
    </p>
  );
}
