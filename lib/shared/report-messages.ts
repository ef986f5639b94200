import type { ErrorCode } from './report-contract';

/**
 * What the reader is told when an answer was not taken, by the service's machine code (the
 * contract's ERROR_CODES), in Chinese and, for the English edition, in English. `offline`: the
 * service could not be reached at all. The page never reads the service's English `error`.
 */
export type SendFailure = ErrorCode | 'offline';
export type Lang = 'zh' | 'en';

const OFFLINE = {
  zh: '没能发送：服务暂时连不上。你的回答没有丢给别人，也没有存下来；可以过一会儿再点一次。',
  en: 'Not sent: the service cannot be reached just now. Your answer went nowhere and was not kept; try again in a while.',
};
const REFUSED = {
  zh: '没能发送：这个回答没有被接受。可以改一改再试。',
  en: 'Not sent: this answer was not accepted. Change it and try again.',
};
const PERSONAL = {
  zh: '请只写菜单上的字，不要写证件号、手机号、银行卡号、地址、邮箱、QQ 号或微信号。',
  en: 'Write only the words on the screen: no ID, phone, card or QQ numbers, addresses, emails or WeChat ids.',
};
const UNREADABLE = {
  zh: '请写屏幕上看得见的字（这段字里有看不见或叠在一起的符号）。',
  en: 'Write the words you can see on the screen (this holds invisible or stacked characters).',
};

export const SEND_FAILED: Record<SendFailure, { zh: string; en: string }> = {
  offline: OFFLINE,
  unavailable: OFFLINE,
  internal: OFFLINE,
  rate_limited: { zh: '发得有点多了，过几分钟再试。', en: 'That was a lot at once: try again in a few minutes.' },
  personal_data: PERSONAL,
  unreadable: UNREADABLE,
  unknown_step: {
    zh: '没能发送：这一步在网站上已经改过了。刷新页面后再试。',
    en: 'Not sent: this step has changed on the site. Reload the page and try again.',
  },
  invalid: REFUSED,
  too_large: REFUSED,
  unsupported_type: REFUSED,
  forbidden: REFUSED,
  not_found: REFUSED,
  method_not_allowed: REFUSED,
  unauthorized: REFUSED,
};
