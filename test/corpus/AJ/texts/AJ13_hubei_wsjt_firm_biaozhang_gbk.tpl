
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<link href="static/css/style.css" rel="stylesheet" type="text/css">

<title></title>
<script type="text/javascript">
function doZoom(size){
  document.getElementById("content-fontsize").style.fontSize=size+"px";
 }
</script>
</head>

<body>

<div id="main"> 
  <div class="logo"><img src="static/picture/logo.png"></div>
  <div class="newst">娲石集团热烈庆祝中国共产党建党100周年优秀党组织、优秀党员表彰大会隆重召开！</div>
  <div class="newsd"> 发稿时间：2021/7/1
  <span>【 字体：<a href="javascript:doZoom(16);">大</a> <a href="javascript:doZoom(14);">中</a> <a href="javascript:doZoom(12);">小</a> 】</span>
  </div>
  <div class="newsc" id="content-fontsize">
   <p style="text-align:left;">
	<span style="font-size:17px;color:#000000;">&nbsp; &nbsp; &nbsp; <span style="font-size:18px;">&nbsp;2021年6月24日下午，集团全体高经理层管理人员、顾问；新洲、阳新片区各公司二级单位、部门正职管理人员；光谷片区全体中层干部及党员；老干部支部委员；2021年转正、预备党员；入党积极分子；2021年优秀共产党员；集团机关科室人员，聚集在集团总部1栋B座21楼多功能会议室，隆重举行了“学党史、知党恩、跟党走”纪念中国共产党成立100周年大会。</span></span> 
</p>
<p style="text-align:center;">
	<img src="static/picture/640.jpg" width="800" height="498" alt=""> 
</p>
<p style="text-align:center;">
	<span style="color:#000000;font-size:18px;">大会现场</span> 
</p>
<p style="text-align:left;">
	<span style="font-size:18px;">&nbsp;&nbsp;</span><span style="color:#000000;"><span style="font-size:18px;">&nbsp;</span><span style="font-size:18px;">&nbsp; &nbsp;&nbsp;</span><span style="font-size:18px;">大会首先由来自湖北省省委党校黄俭副校长作了“中国共产党的奋斗历程和成功经验”的专题讲课。向与会人员讲述了党的百年奋斗史，用鲜活的事例和富有影响力的人物阐明了没有共产党就没有新中国的深刻道理，引导全体党员学党史，颂党恩，跟党走。党课寓意深远，让与会人员倍感振奋，受益匪浅。</span></span> 
</p>
<p style="text-align:center;">
	<img src="static/picture/640.jpg" width="800" height="534" alt=""> 
</p>
<p style="text-align:center;">
	<span style="font-size:16px;">&nbsp; &nbsp;&nbsp;</span><span style="color:#000000;font-size:16px;">湖北省省委党校 黄俭副校长作了“中国共产党的奋斗历程和成功经验”的专题讲课</span> 
</p>
<p style="text-align:center;">
	<img src="http://www.hb-ws.cn/admin/kindeditor/attached/image/20210714/20210714083722642264.JPG" width="800" height="533" alt=""> 
</p>
<p style="text-align:center;">
	<span style="color:#000000;font-size:18px;">授课现场</span> 
</p>
<p style="text-align:left;">
	<span style="color:#000000;font-size:17px;">&nbsp;<span style="font-size:18px;">&nbsp; &nbsp; &nbsp; &nbsp; 会议第一项由集团党委副书记周凯同志宣读了：《关于调整中共娲石水泥集团委员会成员的通知》、《关于基层党组织机构调整的通知》、《关于周凯等同志任职的通知》、《关于预备党员蔡立等同志转正和接收张博等同志为预备党员的通知》等四个文件。</span></span> 
</p>
<p style="text-align:center;">
	<img src="http://www.hb-ws.cn/admin/kindeditor/attached/image/20210714/20210714083758825882.JPG" width="800" height="533" alt=""> 
</p>
<p style="text-align:center;">
	<span style="font-size:18px;color:#000000;">集团党委副书记 周凯</span> 
</p>
<p style="text-align:center;">
	<strong><span style="color:#000000;font-size:18px;">入党宣誓</span></strong> 
</p>
<p style="text-align:left;">
	<span style="font-size:18px;">&nbsp; &nbsp; &nbsp; &nbsp;</span><span style="font-size:18px;color:#000000;">按照党章规定，经新洲区和阳新县委非公有制经济工作委员会批准，蔡立、杨洁等四名同志按期转为中国共产党正式党员；张博、汪德文等五名同志被接收为中国共产党预备党员。新接收的预备党员在党旗下进行了庄严宣誓。</span> 
</p>
<p>
	<span style="font-size:17px;color:#000000;"></span> 
</p>
<p>
	<strong><span style="color:#000000;font-size:17px;"></span></strong> 
</p>
<p style="text-align:center;">
	<img src="http://www.hb-ws.cn/admin/kindeditor/attached/image/20210714/2021071408380144144.JPG" width="800" height="533" alt=""> 
</p>
<p style="text-align:center;">
	<span style="font-size:18px;color:#000000;">新接收的预备党员在党旗下进行了庄严宣。</span> 
</p>
<p style="text-align:left;">
	<span style="font-size:18px;">&nbsp; &nbsp; &nbsp;</span><span style="font-size:18px;color:#000000;">大会上，集团党委副书记杨凤雏宣读了《关于表彰先进基层党组织和优秀共产党员的决定》。</span> 
</p>
<p style="text-align:center;">
	<img src="http://www.hb-ws.cn/admin/kindeditor/attached/image/20210714/20210714083831353135.JPG" width="800" height="533" alt=""> 
</p>
<p style="text-align:center;">
	<span style="font-size:18px;color:#000000;">集团党委副书记杨凤雏</span> 
</p>
<p style="text-align:left;">
	<span style="font-size:18px;color:#000000;">&nbsp; &nbsp;&nbsp; &nbsp; 集团党委书记及党委成员分别向中共娲石阳新片区委员会颁发了先进基层党委奖牌；向中共阳新娲石水泥有限公司党支部、中共娲石水泥集团机关党支部、中共武汉市阳逻通达水运有限公司党支部颁发了先进基层党支部奖牌，向杜志军、陈阳、汪碧云、朱华青、程全安、陈炳华、陈春旺、邱国辉朱志超、胡毅、马节喜、周亮、叶福生、吴平、叶化雨等15名优秀共产党员颁发了荣誉证书。</span> 
</p>
<p style="text-align:center;">
	<img src="http://www.hb-ws.cn/admin/kindeditor/attached/image/20210714/20210714083841034103.JPG" width="800" height="533" alt=""> 
</p>
<p style="text-align:center;">
	<span style="font-size:17px;color:#000000;">中共娲石阳新片区委员会荣获先进基层党委荣誉</span> 
</p>
<p style="text-align:center;">
	<img src="http://www.hb-ws.cn/admin/kindeditor/attached/image/20210714/20210714083937193719.JPG" width="800" height="533" alt=""> 
</p>
<p style="text-align:center;">
	<span style="font-size:18px;color:#000000;">中共阳新娲石水泥有限公司党支部、中共娲石水泥集团机关党支部、中共武汉市阳逻通达水运有限公司荣获先进基层党支部荣誉</span>
</p>
<p style="text-align:center;">
	<img src="http://www.hb-ws.cn/admin/kindeditor/attached/image/20210714/20210714083987118711.JPG" width="800" height="533" alt=""> 
</p>
<p style="text-align:center;">
	<img src="http://www.hb-ws.cn/admin/kindeditor/attached/image/20210714/20210714084065026502.JPG" width="800" height="533" alt=""> 
</p>
<p style="text-align:left;">
	<span style="font-size:18px;color:#000000;">杜志军、陈阳、汪碧云、朱华青、程全安、陈炳华、陈春旺、邱国辉朱志超、胡毅、马节喜、周亮、叶福生、吴平、叶化雨等15名同志荣获优秀共产党员。</span> 
</p>
<p style="text-align:left;">
	<span style="font-size:18px;">&nbsp; &nbsp;</span><span style="font-size:17px;color:#000000;"><span style="font-size:18px;">&nbsp; &nbsp; 集团理事、阳新片区党委副书记罗吉祥、集团机关党支部书记姚正平、</span><span style="font-size:18px;">娲石水泥</span><span style="font-size:18px;">集团有</span><span style="font-size:18px;">限公司机关党支部委员陈春</span><span style="font-size:18px;">旺</span><span style="font-size:18px;">等三人，分别作为先进基层党委、党支部和优秀共产党员代表在大会上作了发言。</span></span> 
</p>
<p style="text-align:center;">
	<img src="static/picture/640.jpg" width="700" height="485" alt=""> 
</p>
<p style="text-align:center;">
	<span style="font-size:18px;color:#000000;">集团理事、阳新片区党委副书记罗吉祥</span> 
</p>
<p style="text-align:center;">
	<img src="http://www.hb-ws.cn/admin/kindeditor/attached/image/20210714/20210714084334623462.JPG" width="800" height="533" alt=""> 
</p>
<p style="text-align:center;">
	<span style="font-size:18px;color:#000000;">集团机关党支部书记姚正平</span> 
</p>
<p style="text-align:center;">
	<img src="http://www.hb-ws.cn/admin/kindeditor/attached/image/20210714/20210714084374407440.JPG" width="800" height="533" alt=""> 
</p>
<p style="text-align:center;">
	<span style="font-size:18px;color:#000000;">娲石水泥集团有限公司机关党支部委员陈春旺</span> 
</p>
<p style="text-align:center;">
	<img src="static/picture/20210714084311631163.jpg" width="800" height="600" alt=""> 
</p>
<p style="text-align:center;">
	<span style="font-size:18px;color:#000000;">集团党委书记、董事长 魏华山</span> 
</p>
<p style="text-align:left;">
	<span style="font-size:18px;color:#000000;">&nbsp; &nbsp; &nbsp; 集团董事长魏华山强调在纪念中国共产党成立100年之际，学习党史不仅有着深刻的现实意义，还有着深远的历史意义。我们学党史，就是要知党恩，永远跟党走。全国上下都在开展学党史，我们还有全面开展起来，学习不够，前段时间我们到延安去学习了五天，相当于走马观花。</span> 
</p>
<p style="text-align:left;">
	<span style="font-size:17px;color:#000000;"><span style="font-size:18px;">&nbsp; &nbsp; &nbsp; 我们党走过100年，经受了历史的考验，西方几个社会主义国家，先后解体，包括</span><span style="font-size:18px;">前苏联</span><span style="font-size:18px;">搞了几十年也跨了。有些人对我们党和社会制度很持怀疑的态度，很多人都没有信心，但是，事实上来证明，我们党建党100年，建国70多年，改革开放40多年，我们伟大的祖国，在中国共产党的领导下，不仅站起了，还从一穷二白，到富起来了，成为世界上第二大经济体。</span><span style="font-size:18px;">特别是2020年的新冠疫情，真正体现了中国共产党的强大和社会主义制度的优越性，至今还有很多国家还在疫情中，包括少数人崇拜的美国</span><span style="font-size:18px;">，仍处在疫情的灾难中。</span></span> 
</p>
<p style="text-align:left;">
	<span style="font-size:18px;color:#000000;">&nbsp; &nbsp; &nbsp;作为企业中的每一个党员干部，不仅要学好党史，更重要的是要在工作中落实到行动中。这是每一个党员干部要明确学习的核心问题。</span> 
</p>
<p style="text-align:left;">
	<span style="font-size:17px;color:#000000;"><span style="font-size:18px;">&nbsp; &nbsp; &nbsp;&nbsp;</span><strong><span style="font-size:18px;">一是</span></strong><span style="font-size:18px;">要牢记使命、忠诚担当。党的宗旨是全心全意为人民服务，为人民谋幸福，党的最终目的是实现共产主义，党的现阶段的目标是</span><span style="font-size:18px;">实现中华民族伟大复兴</span><span style="font-size:18px;">，从富起来到强大起来。我们公司的现阶段的任务就是要实现五年发展规划，实现百亿产值，长远目标是建百年企业，所以我们党员干部任何时候都要</span><span style="font-size:18px;">不忘初心、牢记使命</span><span style="font-size:18px;">，统一思想，树立远大的理想，坚定信心，对党忠诚，热爱企业，继承和发扬党的优良传统和作风，不畏艰险，不怕困难，求实创新，勇于担当， 在各自的岗位上尽职尽责，忘我地工作， 充分发挥党员干部模范带头作用，为建设美好娲石、百年娲石作出应有的贡献。</span></span> 
</p>
<p style="text-align:left;">
	<span style="font-size:17px;color:#000000;"><span style="font-size:18px;">&nbsp;</span><strong><span style="font-size:18px;">&nbsp; &nbsp; &nbsp;二是</span></strong><span style="font-size:18px;">要吃苦耐劳，清正廉明。娲石集团十六年前还是个资不抵债的小水泥厂，我们从零开始，一步一步逐渐把企业做大，形成多产业集团企业，企业不断发展壮大，经济收入比过去高了，家庭生活条件好了，少数人有小富即安的思想，吃苦耐劳的精气神比过去少了。甚至极少数人，思想发生变化，思想没有过去纯洁了，有些人私利太重，不能做到</span><span style="font-size:18px;">公正</span><span style="font-size:18px;">，公平，只有机会就要搞私利。君子爱财，要取之有道，奉劝你，不是你的不要拿， 做人要知足，要感恩，更要留好的口碑。今天要通过党史学习、教育， 要树立正确的人生观、价值观， 不然你就会迷失方向，将被时代所淘汰。</span></span> 
</p>
<p style="text-align:left;">
	<span style="font-size:17px;color:#000000;"><span style="font-size:18px;">&nbsp; &nbsp;&nbsp;</span><strong><span style="font-size:18px;">&nbsp;三是</span></strong><span style="font-size:18px;">要追求卓越，精益求精。前几天，中国建材管理协会领导来公司进行文化建设调研，曾问我娲石在最短的时间内，取得行业中较快的发展，你们的文化核心是什么。柳学忠说我们主要追求完美、追求卓越。我很赞同这句话。我们做任何一件事要做就要做得最好，比如产品质量，要做到比海螺、华新好，做到行列领先水平，还要成本比别人低。再比如环境保护我们要做成行业标杆，工厂、车间要“家装化”；城市生活垃圾、矿山不合格的砂石余料，我们要“吃干榨尽”，把企业做成环境保护示范基地。做每件事都要精益求精，做到精致，追求完美，各条线、各岗位工作都做好了，企业就会做大做强。</span></span> 
</p>
<p style="text-align:left;">
	<span style="font-size:17px;color:#000000;"><span style="font-size:18px;">&nbsp; &nbsp;&nbsp;</span><strong><span style="font-size:18px;">四要</span></strong><span style="font-size:18px;">自我批评，自我修复。把人民利益放在第一，把公司的利益放在首位，要善于总结，不断修复，不断自我批评，这是我们党的优良传统。不管你是不是共产党员，都应该从公司的发展壮大、家庭经济收入提高、个人幸福生活的指数增加等方面，结合学党史， 不断反思自己是否全身心地在为党工作？为企业工作？工作中还存在</span><span style="font-size:18px;">哪些</span><span style="font-size:18px;">不足，要敢于触及自己的灵魂，这样才能始终保持清醒。行业发展日新月异，我们不仅要有紧迫感，还要有危机感。</span></span> 
</p>
<p style="text-align:left;">
	<span style="font-size:17px;color:#000000;"><span style="font-size:18px;">&nbsp; &nbsp;&nbsp;</span><strong><span style="font-size:18px;">&nbsp;五要</span></strong><span style="font-size:18px;">完善制度，科学管理。中国大多数的民营企业，都是</span><span style="font-size:18px;">摸着石头过河</span><span style="font-size:18px;">的，民营企业要想走得长远，确实很难很难。</span><span style="font-size:18px;">老的股份放在一边，新的股份怎么来传承，老股东随着年龄终将退休，新人进入企业又不是股东，工作没有源动力，从企业长远看</span><span style="font-size:18px;">，这些都是核心制度要考虑的问题。</span></span> 
</p>
<p style="text-align:left;">
	<span style="font-size:18px;color:#000000;">&nbsp; &nbsp; &nbsp;我们的制度还不是很完善还不成熟，有很多工作是靠企业领导人人为地推动，有些工作不是靠大家自觉行动，这就是制度的缺陷。在这方面要善于总结、研究、学习、借鉴，结合企业实际，建立健全各项管理制度，特别是考核制度和股份激励机制，要形成有效的机制，让每个人知道做什么，怎么做，如何做好，这才是现代企业文化建设的核心根本。</span> 
</p>
<p style="text-align:left;">
	<span style="font-size:17px;color:#000000;"><span style="font-size:18px;">&nbsp; &nbsp; &nbsp;</span><strong><span style="font-size:18px;">第六</span></strong><span style="font-size:18px;">要引进人才，留住人才。企业的竞争终将是人才的竞争，企业没有人才那是空谈发展。随着时代的高速发展，国家在环保、能耗、排放、安全等各方面都收紧了政策，过去相对宽松的环境再也一去不复返了，随之而来的是越来越严格的政策约束、行业管理。加之企业不断扩大，人员年龄老化，培养人才、引进人才已迫在眉睫 。一方面对于确实是企业需要的人才，我们要大胆高薪引进；另一面要多途并举，与培训机构合作，开展行之有效的培训；再者</span><span style="font-size:18px;">，要继承娲石的光荣传统，进行岗位传帮带。</span><span style="font-size:18px;">真正把娲石建成“一家亲” 为职工谋福祉，社会作贡献。</span></span> 
</p>
  </div>

<div class="footer">
    <ul>
        <li><a href="aq-22.html" title="网站地图">网站地图</a></li>
        <li>|</li>
        <li><a href="aq-23.html" title="隐私安全">隐私安全</a></li>
        <li>|</li>
        <li><a href="aq-24.html" title="站外导航">站外导航</a></li>
        <li>|</li>
        <li><a href="aq-25.html" title="版权所有">版权所有</a></li>
        <li>|</li>
        <li><a href="aq-26.html" title="常见问题">常见问题</a></li>
        <li>|</li>
        <li><a href="aq-27.html" title="联系方式">联系方式</a></li>
    </ul>

    <p>Copyright &copy; 娲石集团&nbsp;&nbsp;All Rights Reserved.</p>
</div><!--end footer-->

  <script type="text/javascript">
function removeEditor(){
var con = document.getElementById('content-fontsize');
if(!con){ 
	return;
	}
var tags=con.getElementsByTagName("div");
if(!tags){ 
	return;
	}
 for( var k in tags){
if(tags[k].className=="TRS_Editor"){
	tags[k].className="";
	}
 }
}
removeEditor();
</script>
<div class="clear"></div>
</div>
</body>
</html>
