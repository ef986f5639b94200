import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ScreenView } from '@/components/phone/screen-view';
import { screenSchema } from '@/lib/server/content/schema/screen';
import type { ScreenInput } from '@/lib/shared/types';
import { tapTargets, targetLabel } from '@/lib/shared/screen-elements';

/** One screen with every primitive of the kit, drawn in both skins. */
const everything: ScreenInput = {
  theme: 'qq',
  nav: { title: '全部组件', back: true, more: true, avatar: true, action: { id: 'settings', label: '设置', icon: 'gear' } },
  body: [
    { type: 'profile', name: '张三' },
    { type: 'cells', title: '列表', cells: [{ id: 'cell', label: '服务', detail: '已认证', icon: 'green' }, { placeholder: true }] },
    { type: 'tiles', tone: 'brand', tiles: [{ id: 'tile', label: '钱包' }, { placeholder: true }] },
    { type: 'fields', fields: [{ id: 'name', label: '姓名', sample: '张三' }] },
    { type: 'button', id: 'ok', label: '下一步' },
    { type: 'text', text: '说明文字' },
    { type: 'pinpad', id: 'pin', title: '请设置支付密码' },
    { type: 'facescan', id: 'face', title: '请正对手机' },
    { type: 'result', status: 'success', title: '已认证' },
    { type: 'skeleton', lines: 2 },
    {
      type: 'chat',
      messages: [
        { from: 'me', text: '身份证注册' },
        { from: 'them', name: '客服', text: '请', link: { id: 'here', label: '点这里' } },
      ],
    },
  ],
  tabs: {
    items: [
      { id: 'tab-a', label: '微信' },
      { id: 'tab-me', label: '我' },
    ],
    active: 'tab-me',
  },
  overlay: { type: 'sheet', items: [{ id: 'manage', label: '支付管理' }] },
};
const screen = screenSchema.parse(everything);

describe('phone kit', () => {
  it('lists every tappable id in drawing order', () => {
    expect(tapTargets(screen)).toEqual([
      'avatar',
      'back',
      'more',
      'settings',
      'cell',
      'tile',
      'name',
      'ok',
      'pin',
      'face',
      'here',
      'tab-a',
      'tab-me',
      'manage',
      'cancel',
    ]);
    expect(targetLabel(screen, 'settings')).toBe('设置');
    expect(targetLabel(screen, 'here')).toBe('点这里');
    expect(targetLabel(screen, 'manage')).toBe('支付管理');
    expect(targetLabel(screen, 'more')).toBe('···');
  });

  for (const skin of ['ios', 'android'] as const) {
    it(`draws every primitive in the ${skin} skin`, () => {
      const html = renderToStaticMarkup(<ScreenView screen={screen} skin={skin} />);
      for (const text of [
        '全部组件',
        '张三',
        '服务',
        '已认证',
        '钱包',
        '姓名',
        '下一步',
        '请设置支付密码',
        '请正对手机',
        '身份证注册',
        '点这里',
        '支付管理',
        '取消',
      ])
        expect(html).toContain(text);
      expect(html).toContain('data-theme="qq"');
      expect(html).toContain(skin === 'ios' ? '‹' : '←');
      expect(html).not.toContain('<button'); // static: nothing is a button without a player
    });
  }

  it('makes the target a named button when the player is live, and shows filled fields with their fake sample', () => {
    const html = renderToStaticMarkup(
      <ScreenView
        screen={screen}
        skin="ios"
        tap={{
          targets: ['cell'],
          name: (id) => `点击“${targetLabel(screen, id)}”`,
          onTap: () => {},
          onFill: () => {},
          filled: new Set(['name']),
        }}
      />,
    );
    expect(html).toMatch(/<button type="button" class="[^"]*tg-target[^"]*" data-target="cell" aria-label="点击“服务”"/);
    expect(html.match(/data-target=/g)).toHaveLength(1);
    // The filled field shows its sample value, never anything typed.
    expect(html).toMatch(/data-field="name"[^>]*>.*张三/);
  });
});

describe('drawer overlay', () => {
  it('draws a side panel whose items are tap targets', () => {
    const drawer = screenSchema.parse({
      nav: { avatar: true },
      overlay: { type: 'drawer', header: { name: '张三' }, items: [{ id: 'wallet', label: '我的QQ钱包' }, { placeholder: true }] },
    });
    expect(tapTargets(drawer)).toEqual(['avatar', 'wallet']);
    const html = renderToStaticMarkup(<ScreenView screen={drawer} skin="android" />);
    expect(html).toContain('data-overlay="drawer"');
    expect(html).toContain('我的QQ钱包');
  });
});

/** An English screen: an unconfirmed tab, an empty field, no Chinese drawn. */
describe('English screens', () => {
  const en = screenSchema.parse({
    lang: 'en',
    body: [{ type: 'fields', fields: [{ id: 'card', label: 'Card', sample: '**** 0000' }] }],
    tabs: {
      items: [
        { id: 'tab-chats', label: 'Chats' },
        { id: 'tab-contacts', unconfirmed: true },
        { id: 'tab-me', label: 'Me' },
      ],
      active: 'tab-me',
    },
  } satisfies ScreenInput);

  it('draws a tab whose label no source quotes as a grey bar, named as unconfirmed, with no words of its own', () => {
    const html = renderToStaticMarkup(<ScreenView screen={en} skin="ios" />);
    expect(html).toMatch(/data-el="tab-contacts"[^>]*>.*?data-unconfirmed="">.*?<span class="sr-only">tab, label not confirmed<\/span>/);
    expect(html).not.toContain('Contacts');
    expect(html).toContain('Chats');
    expect(targetLabel(en, 'tab-contacts')).toBe('tab, label not confirmed');
    expect(tapTargets(en)).toEqual(['card', 'tab-chats', 'tab-contacts', 'tab-me']);
  });

  it('refuses an unconfirmed tab that also has a label', () => {
    const tabs = {
      items: [
        { id: 'tab-a', label: 'A', unconfirmed: true },
        { id: 'tab-b', label: 'B' },
      ],
      active: 'tab-b',
    };
    expect(screenSchema.safeParse({ lang: 'en', body: [], tabs }).success).toBe(false);
  });

  it('leaves an empty field empty in English, never the Chinese 请输入', () => {
    const html = renderToStaticMarkup(
      <ScreenView screen={en} skin="ios" tap={{ targets: [], name: (id) => id, onTap: () => {}, onFill: () => {} }} />,
    );
    expect(html).not.toMatch(/[\u4e00-\u9fff]/);
    expect(html).toContain('aria-label="Card: tap to fill in a sample"');
    // The Chinese edition keeps WeChat's usual hint.
    const zh = screenSchema.parse({ body: [{ type: 'fields', fields: [{ id: 'name', label: '姓名', sample: '张三' }] }] });
    expect(renderToStaticMarkup(<ScreenView screen={zh} skin="ios" />)).toContain('请输入姓名');
  });
});
