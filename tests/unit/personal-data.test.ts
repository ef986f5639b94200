import { describe, expect, it } from 'vitest';
import { findPersonalData } from '@/lib/shared/personal-data';

// The street-address pattern: the report form (in the browser) and the report service refuse
// readers' text that matches it, so it must catch addresses and leave what screens say alone.
const addresses = (text: string) => findPersonalData(text, ['address']).map((m) => m.match);

describe('street addresses', () => {
  it.each([
    ['北京市朝阳区建国路88号', '北京市朝阳区建国路88号'],
    ['我住 建国路 88 号 附近', '建国路 88 号'],
    ['人民大道100号', '人民大道100号'],
    ['南京西路1266号恒隆广场', '南京西路1266号'],
    ['东四十条胡同12号', '东四十条胡同12号'],
    ['淮海中路弄3号', '淮海中路弄3号'],
    ['长乐街8号', '长乐街8号'],
    ['3栋2单元501室', '3栋2单元501室'],
    ['12 号楼 3 单元', '12 号楼 3 单元'],
    ['12幢301室', '12幢301室'],
    ['5号楼', '5号楼'],
  ])('flags %s', (text, match) => {
    expect(addresses(text)).toEqual([match]);
    expect(findPersonalData(text)[0]).toMatchObject({ kind: 'address', message: 'this looks like a street address' });
  });

  it.each([
    ['我不知道3号按钮在哪'],
    ['频道 2 号'],
    ['第一道3号题'],
    ['找不到“服务”'],
    ['服务 改名为 “支付与服务”'],
    ['第3步'],
    ['第2个按钮'],
    ['账号 12 号'],
    ['2号窗口'],
    ['顶部导航栏 1 号位'],
    ['街道办'],
    ['胡同口'],
    ['101室'],
    ['8.0.50'],
    ['微信号'],
  ])('leaves %s alone', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('can be asked for on its own, or left out', () => {
    const text = '建国路88号 13812345678';
    expect(findPersonalData(text).map((m) => m.kind)).toEqual(['address', 'mobile']);
    expect(findPersonalData(text, ['mobile']).map((m) => m.kind)).toEqual(['mobile']);
  });
});
