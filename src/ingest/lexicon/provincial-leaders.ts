/**
 * Who has led each provincial-level unit since 2008: its Party secretaries (省委书记, 自治区党委书记,
 * a municipality's 市委书记) and the heads of its government (省长, 自治区主席, a municipality's 市长).
 * A county's or a department's report that names no place often names its province's leader bare
 * (传达学习省委书记某某同志讲话精神); the name then tells the province. A name that held the same post
 * in two units (张庆伟 was 省委书记 of 黑龙江 and of 湖南) tells nothing by itself and is not used; one that
 * held different posts (李强: 浙江's 省长, 江苏's 省委书记, 上海's 市委书记) tells by the post.
 */
export interface ProvincialLeaders {
  /** Party secretaries. */
  secretaries: string;
  /** Governors, chairs of autonomous regions, mayors of municipalities. */
  heads: string;
}

export const PROVINCIAL_LEADERS: Readonly<Record<string, ProvincialLeaders>> = {
  北京: { secretaries: "刘淇 郭金龙 蔡奇 尹力", heads: "郭金龙 王安顺 蔡奇 陈吉宁 殷勇" },
  天津: { secretaries: "张高丽 孙春兰 黄兴国 李鸿忠 陈敏尔", heads: "黄兴国 王东峰 张国清 廖国勋 张工" },
  上海: { secretaries: "俞正声 韩正 李强 陈吉宁", heads: "韩正 杨雄 应勇 龚正" },
  重庆: { secretaries: "薄熙来 张德江 孙政才 陈敏尔 袁家军", heads: "王鸿举 黄奇帆 张国清 唐良智 胡衡华" },
  河北: { secretaries: "张云川 张庆黎 周本顺 赵克志 王东峰 倪岳峰", heads: "胡春华 陈全国 张庆伟 许勤 王正谱" },
  山西: {
    secretaries: "张宝顺 袁纯清 王儒林 骆惠宁 楼阳生 林武 蓝佛安 唐登杰",
    heads: "王君 李小鹏 楼阳生 林武 蓝佛安 金湘军",
  },
  内蒙古: { secretaries: "储波 胡春华 王君 李纪恒 石泰峰 孙绍骋", heads: "巴特尔 布小林 王莉霞" },
  辽宁: { secretaries: "张文岳 王珉 李希 陈求发 张国清 郝鹏", heads: "陈政高 李希 陈求发 唐一军 刘宁 李乐成 王新伟" },
  吉林: {
    secretaries: "王珉 孙政才 王儒林 巴音朝鲁 景俊海 黄强",
    heads: "韩长赋 王儒林 巴音朝鲁 蒋超良 刘国中 景俊海 韩俊 胡玉亭",
  },
  黑龙江: { secretaries: "吉炳轩 王宪魁 张庆伟 许勤", heads: "栗战书 王宪魁 陆昊 王文涛 胡昌升 梁惠玲" },
  江苏: { secretaries: "梁保华 罗志军 李强 娄勤俭 吴政隆 信长星", heads: "罗志军 李学勇 石泰峰 吴政隆 许昆林 刘小涛" },
  浙江: {
    secretaries: "赵洪祝 夏宝龙 车俊 袁家军 易炼红 王浩",
    heads: "吕祖善 夏宝龙 李强 车俊 袁家军 郑栅洁 王浩 刘捷",
  },
  安徽: { secretaries: "王金山 张宝顺 王学军 李锦斌 郑栅洁 韩俊 梁言顺", heads: "王三运 李斌 李锦斌 李国英 王清宪" },
  福建: { secretaries: "卢展工 孙春兰 尤权 于伟国 尹力 周祖翼", heads: "黄小晶 苏树林 于伟国 唐登杰 王宁 赵龙" },
  江西: { secretaries: "苏荣 强卫 鹿心社 刘奇 易炼红 尹弘", heads: "吴新雄 鹿心社 刘奇 易炼红 叶建春" },
  山东: { secretaries: "姜异康 刘家义 李干杰 林武", heads: "姜大明 郭树清 龚正 李干杰 周乃翔" },
  河南: { secretaries: "徐光春 卢展工 郭庚茂 谢伏瞻 王国生 楼阳生 刘宁", heads: "郭庚茂 谢伏瞻 陈润儿 尹弘 王凯" },
  湖北: { secretaries: "罗清泉 李鸿忠 蒋超良 应勇 王蒙徽 王忠林", heads: "李鸿忠 王国生 王晓东 王忠林 李殿勋" },
  湖南: { secretaries: "张春贤 周强 徐守盛 杜家毫 许达哲 张庆伟 沈晓明", heads: "周强 徐守盛 杜家毫 许达哲 毛伟明" },
  广东: { secretaries: "汪洋 胡春华 李希 黄坤明", heads: "黄华华 朱小丹 马兴瑞 王伟中" },
  广西: { secretaries: "郭声琨 彭清华 鹿心社 刘宁 陈刚", heads: "马飚 陈武 蓝天立 韦韬" },
  海南: { secretaries: "卫留成 罗保铭 刘赐贵 沈晓明 冯飞", heads: "罗保铭 蒋定之 刘赐贵 沈晓明 冯飞 刘小明" },
  四川: { secretaries: "刘奇葆 王东明 彭清华 王晓晖", heads: "蒋巨峰 魏宏 尹力 黄强 施小琳" },
  贵州: {
    secretaries: "石宗源 栗战书 赵克志 陈敏尔 孙志刚 谌贻琴 徐麟",
    heads: "林树森 赵克志 陈敏尔 孙志刚 谌贻琴 李炳军",
  },
  云南: { secretaries: "白恩培 秦光荣 李纪恒 陈豪 阮成发 王宁", heads: "秦光荣 李纪恒 陈豪 阮成发 王予波" },
  西藏: { secretaries: "张庆黎 陈全国 吴英杰 王君正", heads: "向巴平措 白玛赤林 洛桑江村 齐扎拉 严金海 嘎玛泽登" },
  陕西: { secretaries: "赵正永 娄勤俭 胡和平 刘国中 赵一德", heads: "袁纯清 赵正永 娄勤俭 胡和平 刘国中 赵一德 赵刚" },
  甘肃: { secretaries: "陆浩 王三运 林铎 尹弘 胡昌升", heads: "徐守盛 刘伟平 林铎 唐仁健 任振鹤" },
  青海: {
    secretaries: "强卫 骆惠宁 王国生 王建军 信长星 陈刚 吴晓军",
    heads: "宋秀岩 骆惠宁 郝鹏 王建军 刘宁 信长星 吴晓军",
  },
  宁夏: { secretaries: "陈建国 张毅 李建华 石泰峰 陈润儿 梁言顺 李邑飞", heads: "王正伟 刘慧 咸辉 张雨浦" },
  新疆: { secretaries: "王乐泉 张春贤 陈全国 马兴瑞 陈小江", heads: "努尔·白克力 雪克来提·扎克尔 艾尔肯·吐尼亚孜" },
};

/**
 * Who has chaired each unit's 政协 since 2008, and its 人大常委会 where the Party secretary did not (a
 * municipality, 广东, 西藏, 新疆): a provincial 政协's or 人大's own report names its chair and
 * seldom its province (省政协主席韩勇主持会议). Read as the leaders above are.
 */
export interface ProvincialChairs {
  /** Chairs of the 人大常委会 who were not the Party secretary. */
  congress?: string;
  /** Chairs of the 政协. */
  cppcc: string;
}

export const PROVINCIAL_CHAIRS: Readonly<Record<string, ProvincialChairs>> = {
  北京: { congress: "于均波 杜德印 李伟 李秀领", cppcc: "阳安江 吉林 魏小东" },
  天津: { congress: "肖怀远 段春华", cppcc: "邢元敏 何立峰 臧献甫 盛茂林" },
  上海: { congress: "刘云耕 殷一璀 蒋卓庆 黄莉新", cppcc: "冯国勤 吴志明 董云虎 胡文容" },
  重庆: { congress: "陈存根 张轩", cppcc: "徐敬业 王炯 唐方裕" },
  河北: { cppcc: "付志方 叶冬松" },
  山西: { cppcc: "金银焕 薛延忠" },
  内蒙古: { cppcc: "陈光林 任亚平 李秀领 张院忠" },
  辽宁: { cppcc: "岳福洪 夏德仁 周波" },
  吉林: { cppcc: "黄燕明 江泽林 朱国贤" },
  黑龙江: { cppcc: "杜宇新 黄建盛" },
  江苏: { cppcc: "张连珍 黄莉新 张义珍" },
  浙江: { cppcc: "周国富 乔传秀 葛慧君 廉毅敏" },
  安徽: { cppcc: "王明方 徐立全 张昌尔 唐良智" },
  福建: { cppcc: "梁绮萍 张昌平 崔玉英 滕佳材" },
  江西: { cppcc: "傅克诚 黄跃进 姚增科 唐一军" },
  山东: { cppcc: "孙淑义 刘伟 付志方 葛慧君" },
  河南: { cppcc: "王全书 叶冬松 刘伟 孔昌生" },
  湖北: { cppcc: "宋育英 张昌尔 黄楚平 孙伟" },
  湖南: { cppcc: "胡彪 陈求发 李微微 毛伟明" },
  广东: { congress: "欧广源 黄龙云 李玉妹 黄楚平", cppcc: "黄龙云 朱明国 王荣 林克庆" },
  广西: { cppcc: "马铁山 陈际瓦 蓝天立 孙大伟" },
  海南: { cppcc: "钟文 于迅 毛超峰" },
  四川: { cppcc: "陶武先 柯尊平 田向利" },
  贵州: { cppcc: "王正福 王富玉 刘晓凯 赵永清" },
  云南: { cppcc: "王学仁 罗正富 李江" },
  西藏: { congress: "列确 向巴平措 白玛赤林 洛桑江村", cppcc: "帕巴拉·格列朗杰 洛桑江村" },
  陕西: { cppcc: "马中平 韩勇 徐新荣" },
  甘肃: { cppcc: "仲兆隆 冯健身 欧阳坚 庄国泰" },
  青海: { cppcc: "白玛 仁青加 多杰热旦 公保扎西" },
  宁夏: { cppcc: "项宗西 齐同生 崔波 陈雍" },
  新疆: { congress: "艾力更·依明巴海 肖开提·依明", cppcc: "艾斯海提·克里木拜 努尔兰·阿不都满金" },
};
