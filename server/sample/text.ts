/** Words and sentence patterns the sample generator builds fictional names and texts from. */

/** Fanciful name stems: no real brand is made from two of these. */
export const STEMS = [
  '青禾',
  '拾光',
  '云杉',
  '星河',
  '月兔',
  '白鹭',
  '橘猫',
  '栖木',
  '鹿鸣',
  '听雨',
  '半夏',
  '南枝',
  '知秋',
  '暖阳',
  '溪山',
  '银杏',
  '蓝鲸',
  '竹影',
  '晴川',
  '望舒',
  '若水',
  '芒种',
  '小满',
  '松果',
  '萤火',
  '繁星',
  '雾凇',
  '山茶',
  '海棠',
  '麦田',
  '柚子',
  '青柠',
  '石榴',
  '木棉',
  '玉兰',
  '冬青',
  '枫桥',
  '云雀',
  '锦鲤',
  '风铃',
] as const;

export const GIVEN_NAME_CHARS = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鑫波斌宇浩凯健俊帆帅旭宁';
export const SURNAMES_FOR_SAMPLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖';

export const STREETS = [
  '中山路',
  '人民路',
  '解放路',
  '建设路',
  '和平路',
  '新华路',
  '胜利路',
  '文化路',
  '花园路',
  '滨江路',
  '长江路',
  '友谊路',
];

/** Case-summary patterns by category id; {name} is the complainant, {days} a number of days. */
export const CASE_PATTERNS: Record<string, readonly string[]> = {
  appliances: [
    '消费者{name}反映，在该店购买的冰箱使用不足一月即出现制冷故障，要求退货未果。',
    '消费者{name}称所购洗衣机安装后漏水，商家以人为损坏为由拒绝保修。',
  ],
  clothing: ['消费者{name}反映，所购外套洗涤一次后严重褪色，商家拒绝退换。', '消费者{name}称网购鞋子与宣传图片不符，申请退货被拒。'],
  food: ['消费者{name}反映，在该店购买的面包已过保质期{days}天仍在销售。', '消费者{name}称所购熟食中发现异物，要求赔偿。'],
  'tobacco-drinks': ['消费者{name}反映，所购饮料包装标注的生产日期有涂改痕迹。'],
  'housing-materials': ['消费者{name}反映，所购地板铺装后出现大面积起拱，商家拖延处理。'],
  'daily-goods': ['消费者{name}称所购电动牙刷充电{days}天后无法开机，商家不予更换。'],
  'jewellery-stationery': ['消费者{name}反映，所购金饰称重与标签不符，要求退差价。'],
  'medical-goods': ['消费者{name}反映，药店销售的保健食品宣传具有治疗功效。'],
  vehicles: [
    '消费者{name}反映，新车交付{days}天后发动机故障灯亮起，4S店拒绝换车。',
    '消费者{name}称维修后车辆同一故障再次出现，要求免费返修。',
  ],
  'living-services': [
    '消费者{name}反映，在该店办理的储值卡余额无法使用，商家以系统升级为由推脱。',
    '消费者{name}称就餐时被收取未明示的服务费。',
  ],
  'renovation-property': ['业主{name}反映，装修完工{days}天后墙面开裂，公司拒绝返工。', '业主{name}称物业公司未经公示上调停车费。'],
  travel: ['消费者{name}反映，跟团游行程中被安排进入购物店并被要求消费。', '消费者{name}称旅行社临时取消行程，仅退还部分费用。'],
  'culture-sports': ['消费者{name}反映，健身房闭店后预付的年卡费用无法退还。', '消费者{name}称私教课程未上完，机构拒绝退还剩余课时费。'],
  postal: ['消费者{name}反映，快递包裹丢失，快递公司仅按运费赔偿。'],
  telecom: ['消费者{name}反映，手机套餐被擅自变更，每月多扣费用。', '消费者{name}称办理宽带时承诺的赠送未兑现，且无法解约。'],
  internet: [
    '消费者{name}反映，平台会员自动续费未提前告知，申请退款被拒。',
    '消费者{name}称在平台预订的酒店到店后无房，平台拒绝全额退款。',
  ],
  finance: ['消费者{name}反映，购车时被捆绑办理金融服务并收取服务费。'],
  insurance: ['消费者{name}反映，理赔申请提交后{days}天未获答复。'],
  'health-care': ['消费者{name}反映，美容项目效果与承诺不符，要求退款。'],
  'education-training': [
    '学员家长{name}反映，培训机构收取一年学费后停课，退费无门。',
    '学员{name}称培训机构承诺“包过”，未通过考试后拒绝退费。',
  ],
  'public-facilities': ['消费者{name}反映，公共充电桩计费与屏幕显示不符。'],
  'sales-services': ['消费者{name}反映，商家以赠品为由诱导办理分期付款。'],
  'other-services': ['消费者{name}反映，商家拒绝开具发票。'],
  'farm-supplies': ['消费者{name}反映，所购种子发芽率远低于包装标注。'],
};

export const RESPONSE_TEXTS = [
  '我公司已与投诉消费者逐一联系并达成和解，同时对门店员工开展了专项培训。',
  '经核查，部分投诉所涉订单已全额退款，我公司已优化退款审核流程。',
  '公示所列投诉中有{n}件系同一消费者重复投诉，申请合并计算。',
  '我公司已于本季度完成售后服务热线扩容，平均响应时间缩短至24小时内。',
  '公示的登记住所已变更，请以最新登记信息为准。',
  '对消费者反映的预付卡问题，我公司承诺未使用余额可随时申请退还。',
] as const;

/** Consumer-warning topics: category id, title, summary. */
export const ALERT_TOPICS = [
  [
    'education-training',
    '警惕培训机构“预付式”收费陷阱',
    '部分培训机构一次性收取长期课程费用后停业或变更经营，消费者退费困难。请勿一次性预付过多费用，签订合同时注意退费条款。',
  ],
  ['culture-sports', '健身卡预付消费风险提示', '近期健身场所闭店引发的投诉增多。办卡前请核实经营者资质，优先选择按次或短期付费。'],
  ['travel', '节假日出游消费提示', '选择有资质的旅行社，签订书面合同，警惕“低价游”“零团费”，保留消费凭证。'],
  ['internet', '网络消费“自动续费”提示', '开通会员时请留意自动续费条款，如不需要应及时关闭；扣费争议可向平台和市场监管部门投诉。'],
  ['food', '年货选购食品安全提示', '选购预包装食品注意查看生产日期和保质期，散装食品注意贮存条件，保留购物小票。'],
  ['renovation-property', '家庭装修合同签订提示', '装修前明确工程范围、材料品牌和验收标准，分期付款，避免一次性付清全部款项。'],
  ['vehicles', '购车消费提示', '购车时核对车辆配置与合同一致，警惕捆绑销售的金融、保险和装潢服务。'],
  ['telecom', '电信套餐消费提示', '办理套餐时问清资费、期限与解约条件，定期核对账单，发现异常扣费及时反映。'],
] as const;

export const RISK_NOTES: Record<string, string> = {
  'education-training': '预付式消费集中，存在闭店退费风险',
  'culture-sports': '健身场所闭店引发群体性投诉风险',
  food: '涉及食品安全的投诉需重点关注',
  'renovation-property': '装修质量与合同纠纷持续高发',
  internet: '自动续费与虚假宣传投诉集中',
};
