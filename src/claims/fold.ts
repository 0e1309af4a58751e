/**
 * Length-preserving text folding for search: every UTF-16 code unit maps to exactly one code unit,
 * so an offset found in folded text is the same offset in the original string (no offset maps).
 *
 * Folds: upper to lower case (only where that is one code unit to one, e.g. not 'İ'); full-width
 * ASCII U+FF01–FF5E to ASCII; the ideographic space to a space; curly quotes to straight ones; and
 * Traditional to Simplified Chinese through the table below. Pure: no DOM, no `browser`.
 */

// Traditional → Simplified, as pairs "TS". Derived from OpenCC's TSCharacters (first choice),
// kept to the characters of the article, the topic aliases and about a thousand common Simplified
// characters, so it stays small (508 pairs); 瞭→了 and 著→着 are added because OpenCC's s2t and
// s2tw write them for the article's 了解 and 存在着. Folding is one character at a time, so words
// whose Traditional form differs only by phrase (not by character) are out of scope.
const TRAD_TO_SIMP =
  '並并乾干亂乱亞亚伕夫佈布佔占併并來来侷局係系俬私個个們们偉伟傑杰備备傢家傳传債债傷伤僅仅價价億亿儘尽償偿優优儲储兌兑兒儿內内兩两別别則则剋克剛刚創创劃划劉刘動动' +
  '務务勝胜勞劳勢势勵励匯汇區区協协卻却卽即厤历參参員员唸念問问喫吃喬乔單单嗎吗噁恶噹当嚮向嚴严囌苏國国圍围圖图團团埰采執执堅坚報报場场塊块壓压壘垒壞坏壟垄夠够奧奥' +
  '奮奋婦妇媽妈學学寀采實实審审寫写寶宝將将專专對对導导屆届層层屬属島岛嵗岁師师帶带幣币幫帮幹干幾几庫库廠厂廣广張张強强彆别彈弹彙汇彿佛後后從从復复徵征惡恶愛爱態态' +
  '憑凭應应懷怀戰战戶户拋抛採采換换揮挥揹背損损擁拥擊击擔担據据擴扩敎教敵敌數数斷断於于旣既昇升時时曆历曏向書书會会朮术東东査查條条楊杨業业極极榦干榮荣構构樂乐標标' +
  '樣样樹树機机橫横檢检檯台欄栏權权歐欧歡欢歲岁歷历歸归殺杀氣气決决沒没沖冲況况測测準准滌涤滙汇滿满漢汉漲涨漸渐潛潜濟济濾滤為为無无煉炼熱热營营爭争爲为爾尔牠它狀状' +
  '獨独獲获現现環环產产産产甦苏異异當当療疗發发盡尽監监盤盘眞真眾众睏困瞭了確确碼码礎础礦矿稅税種种稱称積积穫获競竞箇个節节範范簡简簽签籤签糰团紀纪約约紅红納纳級级' +
  '細细終终組组結结絕绝絡络給给統统絶绝經经綫线維维網网緊紧緒绪線线編编練练緻致縴纤總总織织繫系繼继續续纔才纖纤罰罚羅罗羣群義义習习聞闻聯联聲声職职聽听脩修腦脑腳脚' +
  '臉脸臟脏臨临臺台與与興兴舉举艦舰華华萬万著着葯药蔘参薩萨藝艺藥药蘇苏蘭兰處处號号虧亏衆众術术衕同衚胡衛卫衝冲裏里補补裝装裡里製制複复覈核見见規规視视親亲覺觉覽览' +
  '觀观訂订計计討讨訓训託托記记訟讼設设許许訴诉註注証证評评試试話话該该誌志認认語语誤误說说説说誰谁調调談谈請请論论講讲謝谢證证識识議议護护讀读變变讓让讚赞負负財财' +
  '貨货責责買买費费貼贴貿贸資资賠赔質质賬账賴赖賺赚賽赛贊赞贏赢趨趋跡迹蹟迹車车軍军軟软較较載载輕轻輝辉輪轮輯辑輸输轉转辦办農农迴回這这連连週周進进遊游運运過过達达' +
  '違违遠远適适選选還还邊边邏逻郵邮醫医釋释針针鈡钟鉅巨鉆钻銀银銅铜銷销鋁铝鋰锂鋼钢錢钱錯错錶表鍊炼鍵键鍼针鍾钟鎖锁鏈链鐘钟鐵铁鑽钻長长門门閉闭開开間间閤合閱阅閲阅' +
  '闇暗關关陞升陣阵陳陈陸陆陽阳隊队階阶際际隨随險险隱隐隻只雖虽雙双雜杂離离難难雲云電电靈灵靜静韆千響响項项須须預预頓顿領领頭头題题額额願愿類类顧顾顯显風风颱台飛飞' +
  '飢饥養养餓饿餘余餾馏饑饥馬马驅驱驗验驚惊髒脏體体髮发鬍胡鬚须鬥斗魚鱼麗丽麪面麫面麵面麼么麽么黃黄點点黨党齣出龍龙';

/** One code unit in, one out: a 64K table built once, then folding is one lookup per unit. */
let foldTable: Uint16Array | undefined;

function getFoldTable(): Uint16Array {
  if (foldTable === undefined) foldTable = buildFoldTable();
  return foldTable;
}

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  // Lower-case outside the CJK blocks and surrogates (they have no case); keep only 1:1 mappings
  // so length is preserved.
  for (let c = 0; c < 0x10000; c++) {
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xd800 && c <= 0xdfff)) continue;
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) table[c] = lower.charCodeAt(0);
  }
  // Full-width ASCII folds to ASCII, then through the same lower-casing (Ａ → a).
  for (let c = 0xff01; c <= 0xff5e; c++) table[c] = table[c - 0xfee0] ?? c - 0xfee0;
  table[0x3000] = 0x20; // ideographic space
  table[0x2018] = 0x27; // ‘
  table[0x2019] = 0x27; // ’ (as in Nvidia’s)
  table[0x201c] = 0x22; // “
  table[0x201d] = 0x22; // ”
  for (let i = 0; i + 1 < TRAD_TO_SIMP.length; i += 2) {
    table[TRAD_TO_SIMP.charCodeAt(i)] = TRAD_TO_SIMP.charCodeAt(i + 1);
  }
  return table;
}

// String.fromCharCode takes its code units as arguments; chunks keep the argument list bounded.
const CHUNK = 8192;

/** Folds text for search; the result has exactly the length of `s`. */
export function foldText(s: string): string {
  const table = getFoldTable();
  const n = s.length;
  let i = 0;
  // Most text (lower-case English, Simplified Chinese) is already folded: return it as is.
  while (i < n) {
    const c = s.charCodeAt(i);
    if (table[c] !== c) break;
    i++;
  }
  if (i === n) return s;
  const units = new Array<number>(n);
  for (let j = 0; j < n; j++) {
    const c = s.charCodeAt(j);
    units[j] = table[c] ?? c;
  }
  if (n <= CHUNK) return String.fromCharCode.apply(null, units);
  let out = '';
  for (let k = 0; k < n; k += CHUNK) {
    out += String.fromCharCode.apply(null, units.slice(k, k + CHUNK));
  }
  return out;
}

/** Folds one UTF-16 code unit, as `foldText` would. */
export function foldCodeUnit(code: number): number {
  const table = getFoldTable();
  return table[code] ?? code;
}
