/** Chinese surnames: the common single-character ones and the compound ones still in use. */
const SINGLE =
  "习栗丁韩蔡王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆司卓古吉缪简车项连芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师栾隋商刁寇桑郎甄丛仲虞敖巩明佘查麻苑迟邝官匡鞠荆冀郁胥南储栗燕楚鄢劳谌奚皮粟冼蔺闻厉伊仝郜阚强屠朴廉狄扈晁芮阙浦戈邸雍辜裘亓邰赫杭况宿鲜逯嵇昝尧农于傅萧湛禹谈茅洪荣荀惠封巫仇戎祖束薄怀鄂索赖贡濮寿阎慕茹宦衡满弘蔚隆沙丰竺权铁贠诸伏巴牧贝向楼应信郄雒衣钮羊訚逄郗蹇禚隗时茆眭笪仉缑郦郏蒯訾禤郇厍琚恽虢羿庹宓";

/**
 * Compound surnames. The first sixteen are the ones the app's English name labels split off
 * (欧阳修 → Ouyang Xiu); the rest are rarer ones the parser also recognises. One list for both.
 */
const COMPOUND = [
  "欧阳",
  "司马",
  "上官",
  "诸葛",
  "东方",
  "皇甫",
  "尉迟",
  "公孙",
  "慕容",
  "令狐",
  "司徒",
  "夏侯",
  "轩辕",
  "宇文",
  "长孙",
  "澹台",
  "端木",
  "南宫",
  "西门",
  "独孤",
  "呼延",
  "闻人",
  "万俟",
  "申屠",
  "东郭",
  "百里",
  "钟离",
];

export const SURNAMES: ReadonlySet<string> = new Set([...SINGLE]);
/** Every compound surname, for the parser and for splitting a name into surname and given name. */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(COMPOUND);
