const strings = `<div class="contain">
    <h2 align="center">学校召开第十二届“挑战杯”国赛承办工作推进会议</h2>

    <h3><span>发布时间：2020-11-11&nbsp;</span><span>文章来源：
    &nbsp;</span><span>浏览次数：<script>_showDynClicks("wbnews", 1571654647, 1629)</script><span id="dynclicks_wbnews_1629_976" name="dynclicks_wbnews_1629_976">57</span></span></h3>
    


    <div id="vsb_content_100" class="con_con"><div class="v_news_content">
<p class="vsbcontent_start">11月9日，学校在综合办公楼808会议室召开第十二届“挑战杯”中国大学生创业计划竞赛承办工作推进会。我校党委常委、副校长雒文虎出席会议并讲话。</p>
<p class="vsbcontent_img"><img border="0" src="https://gss3.bdstatic.com/84oSdTum2Q5BphGlnYG/timg?wapp&quality=80&size=b150_150&subsize=20480&cut_x=0&cut_w=0&cut_y=0&cut_h=0&sec=1369815402&srctrace&di=87837f470a654ccbb19959cb54dd9567&wh_rate=null&src=http%3A%2F%2Fimgsrc.baidu.com%2Fforum%2Fpic%2Fitem%2F3812b31bb051f81925995780ddb44aed2f73e7b8.jpg" orisrc="/__local/D/23/E5/E07FBB389496E59524B2E3F587E_C1E01E55_BDDFB.png?e=.png" class="img_vsb_content" style="max-width:100%;width:600"></p>
<p>雒文虎指出，“挑战杯”国赛承办工作已进入最后冲刺阶段，学校承办工作领导小组各成员单位要贯彻落实团中央关于承办工作的指示要求，全力做好终审决赛和闭幕活动的筹备工作。他对下一阶段的主要工作做了总体部署和安排，并提出了三点希望和要求，一是提高认识，增强大赛主人翁意识，珍惜承办大赛的宝贵机会，充分认识和理解大赛举办的特殊背景、特殊意义，以及承办大赛对于学校发展建设的重大影响，要将承办工作作为学校办学水平、治理能力和工作效能的一次重大检验。二是分工协作，当好大赛的指挥员、战斗员，学校各相关部门要全力做好人员、场地、设备、医疗、后勤保障等筹备工作，要细之又细、严之又严，参与筹备工作的全体人员要精心投入，以饱满的精神状态投入到大赛承办攻坚工作中。三是凝聚智慧，当好大赛的宣传员，要广泛邀请校外媒体，营造校内宣传氛围，精心做好大赛宣传工作，通过广泛宣传，塑造东林形象、传递东林声音、彰显东林风采。他还强调，各部门要通力配合、全力以赴，高质量、高标准、高要求圆满完成承办工作，抓住机遇，迎接挑战，为全国的参赛师生交上一份东林人的出彩答卷。</p>
<p>会议还对国赛承办攻坚阶段的各项工作任务，尤其是终审决赛和闭幕活动等重点工作做出了具体安排。</p>
<p class="vsbcontent_end">学校办公室、党委宣传部、学工部、保卫部、教务处、国有资产管理处、后勤保障部、校园建设处、创新创业中心、网络信息中心、体育馆管理中心、医院等部门负责人，各学院党委副书记、副院长及“挑战杯”国赛学校筹备专项工作组主要成员参加会议。</p>`

export default strings;