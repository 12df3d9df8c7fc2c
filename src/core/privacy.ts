/**
 * De-identification of free text (case summaries, operators' statements) before it is published
 * or shown: mobile numbers 138****1234, resident ID numbers first 6 + last 4, personal names 李**.
 * The server masks before an answer leaves it and the widgets mask again (defence in depth), so
 * this module is shared by both. Written by hand: no maintained library knows Chinese ID and
 * mobile formats or the way complaint texts name people.
 */

const DIGITS = '0-9\\uFF10-\\uFF19';
const DIGIT = `[${DIGITS}]`;
const ID_LAST = `[${DIGITS}Xx\\uFF38\\uFF58]`;
const SEP = '[ \\-\\u2010-\\u2015\\u3000\\uFF0D]?';

// 18-digit ID (last character may be X) or the old 15-digit one, not inside a longer number.
const ID_NUMBER = new RegExp(`(?<!${DIGIT})(${DIGIT}{6})(${DIGIT}{11}${ID_LAST}|${DIGIT}{9})(?!${ID_LAST})`, 'gu');
// Mainland mobile numbers, optionally written 138-1234-5678, 138 1234 5678 or with +86.
const MOBILE = new RegExp(
  `(?<!${DIGIT})((?:\\+?86${SEP})?[1\\uFF11][3-9\\uFF13-\\uFF19]${DIGIT})(${SEP}${DIGIT}{4}${SEP})(${DIGIT}{4})(?!${DIGIT})`,
  'gu',
);

/** The most common Chinese surnames, compound ones first so that 欧阳 wins over 欧. */
const SURNAMES =
  '欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|' +
  '王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭|何|高|林|罗|郑|梁|谢|宋|唐|许|韩|冯|邓|曹|彭|曾|肖|田|董|袁|潘|于|蒋|蔡|余|杜|叶|程|苏|魏|吕|丁|任|沈|姚|卢|姜|崔|钟|谭|陆|汪|范|金|石|廖|贾|夏|韦|付|方|白|邹|孟|熊|秦|邱|江|尹|薛|闫|段|雷|侯|龙|史|陶|黎|贺|顾|毛|郝|龚|邵|万|钱|严|覃|武|戴|莫|孔|向|汤|常|温|康|施|文|牛|樊|葛|邢|安|齐|易|乔|伍|庞|颜|倪|庄|聂|章|鲁|岳|翟|殷|詹|申|欧|耿|关|兰|焦|俞|左|柳|甘|祝|包|宁|尚|符|舒|阮|柯|纪|梅|童|凌|毕|单|季|裴|霍|涂|成|苗|谷|盛|曲|翁|冉|骆|蓝|路|游|辛|靳|管|柴|蒙|鲍|华|喻|祁|蒲|房|滕|屈|饶|解|牟|艾|尤|阳|时|穆|农|司|卓|古|吉|缪|简|车|项|连|芦|麦|褚|娄|窦|戚|岑|景|党|宫|费|卜|冷|晏|席|卫|米|柏|宗|瞿|桂|全|佟|应|臧|闵|苟|邬|边|卞|姬|师|和|仇|栾|隋|商|刁|沙|荣|巫|寇|桑|郎|甄|丛|仲|虞|敖|巩|明|佘|池|查|麻|苑|迟|邝';
/** Characters that end a name because they start the next word (于, 在, 称 …). */
const NAME_STOP = '于在称因向与和的等反映投诉购买到了时从对被将把已为是说表示要求称其并就也均曾通过自上下来去回讲进打再又还都';
/** Words after which a complaint text names a person. */
const ROLE =
  '消费者|投诉人|申诉人|举报人|当事人|联系人|委托人|代理人|顾客|客户|业主|学员|家长|乘客|租户|患者|持卡人|' +
  // An operator's statement names its own staff too.
  // (Not 销售 or 司机: 销售方, 司机师傅 would lose words that are not names.)
  '客服|经理|店长|店员|员工|工作人员|快递员|骑手|主管|负责人|专员';
/** Titles that follow a surname where no name is given (王先生, 李女士): nothing to mask. */
const TITLES = '先生|女士|小姐|师傅|老师|经理|阿姨|大爷|大妈|同学|医生|律师';
const NAME_AFTER_ROLE = new RegExp(
  `(${ROLE})([:：]?\\s?)(${SURNAMES})(?!${TITLES})([^\\P{Script=Han}${NAME_STOP}某][^\\P{Script=Han}${NAME_STOP}]?)(?![*＊])`,
  'gu',
);

/**
 * A surname and a given name before 先生, 女士 or 小姐: 陈晓红女士 (the title stays, the given name
 * goes). Not before job titles: 司机师傅 and 项目经理 are not names.
 */
const NAME_BEFORE_TITLE = new RegExp(`(${SURNAMES})([^\\P{Script=Han}${NAME_STOP}某]{1,2})(?=先生|女士|小姐)`, 'gu');

/** Masks a single personal name: 李明 → 李**, 欧阳娜娜 → 欧阳**. */
export function maskName(name: string): string {
  const compound = new RegExp(
    `^(?:${SURNAMES.split('|')
      .filter((s) => s.length === 2)
      .join('|')})`,
    'u',
  );
  const surname = compound.exec(name)?.[0] ?? Array.from(name)[0] ?? '';
  return `${surname}**`;
}

export interface MaskOptions {
  /** Names known to occur in the text (the complainant's, from the case record): masked wherever they stand. */
  names?: readonly string[];
}

/** One masking: what stood in the text, and what stands there now. */
export interface Masking {
  from: string;
  to: string;
}

/** Masks phones, ID numbers and personal names in free text. Idempotent: masking twice changes nothing. */
export function maskPersonalData(text: string, options: MaskOptions = {}): string {
  return maskAndList(text, options).text;
}

/** As maskPersonalData, with each masking it made (the importer reports them for the publisher to check). */
export function maskAndList(text: string, options: MaskOptions = {}): { text: string; masked: Masking[] } {
  const masked: Masking[] = [];
  const noted = (from: string, to: string) => {
    if (from !== to) masked.push({ from, to });
    return to;
  };
  let out = text;
  for (const name of options.names ?? []) {
    if (Array.from(name).length >= 2 && out.includes(name)) out = out.split(name).join(noted(name, maskName(name)));
  }
  out = out.replace(ID_NUMBER, (m, head: string, rest: string) => {
    const tail = Array.from(rest).slice(-4).join('');
    return noted(m, `${head}${'*'.repeat(Array.from(rest).length - 4)}${tail}`);
  });
  out = out.replace(MOBILE, (m, head: string, _middle: string, tail: string) => noted(m, `${head}****${tail}`));
  out = out.replace(NAME_AFTER_ROLE, (m, role: string, sep: string, surname: string) => noted(m, `${role}${sep}${surname}**`));
  out = out.replace(NAME_BEFORE_TITLE, (m, surname: string) => noted(m, `${surname}**`));
  return { text: out, masked };
}
