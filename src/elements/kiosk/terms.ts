/** <tsgs-kiosk>'s own words in Simplified Chinese (the source language); English and Traditional Chinese are in src/core/locales/. */
import type { Arg } from '../../core/translation.ts';

export const terms = {
  'kiosk.continue': '继续浏览',
  'kiosk.controls': '切换页面',
  'kiosk.countdown': (seconds: number) => `还剩 ${seconds} 秒`,
  'kiosk.hint': '轻触屏幕即可暂停并选择内容',
  'kiosk.next': '下一页',
  'kiosk.offline': (date: Arg, time: Arg) => `离线 · 数据更新于 ${date} ${time}`,
  'kiosk.offline-never': '离线 · 正在重新连接',
  'kiosk.pause': '暂停轮播',
  'kiosk.play': '继续轮播',
  'kiosk.qr': '用手机扫码，查看完整公示',
  'kiosk.slide-alerts': '消费提示',
  'kiosk.slide-hot': '热点问题',
  'kiosk.slide-ranking': '投诉排行',
  'kiosk.slide-search': '查询商家',
  'kiosk.slide-trend': '投诉趋势',
  'kiosk.still-there': '还在看吗？',
  'kiosk.still-there-text': (seconds: number) => `如果没有操作，${seconds} 秒后将回到首页，并清除刚才的查询。`,
  'kiosk.title': (regionName: Arg) => `${regionName}消费投诉公示`,
  'kiosk.title-plain': '消费投诉公示',
};

declare global {
  interface TsgsTerms extends Readonly<typeof terms> {}
}
