
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
  <div class="newst">2021湖北武黄同城暨黄石（光谷）产业投资推介会在武汉举行！</div>
  <div class="newsd"> 发稿时间：2021/6/9
  <span>【 字体：<a href="javascript:doZoom(16);">大</a> <a href="javascript:doZoom(14);">中</a> <a href="javascript:doZoom(12);">小</a> 】</span>
  </div>
  <div class="newsc" id="content-fontsize">
   <p style="color:#666666;text-indent:2em;">
	<span style="font-size:16px;">6月6日，2021湖北武黄同城暨黄石（光谷）产业投资推介会在武汉举行，吸引了来自省内外的近两百名客商代表参加。武汉市委常委、政法委书记曹裕江，黄石市委副书记、市长吴锦出席会议并讲话。黄石市县领导何运平、曹和家、张焕明、胡敏、王建华、明进华、万鼎等，市直机关、县直机关单位主要负责人，娲石集团董事长魏华山等客商代表参加本次活动，共同见证项目签约。&nbsp;&nbsp;</span> 
</p>
<p style="text-align:center;color:#666666;">
	<img src="static/picture/wekoqiply4j1623207454364.jpg" width="800" height="534" alt=""> 
</p>
<p style="text-align:center;color:#666666;">
	<span style="font-size:16px;">活动现场&nbsp;&nbsp;</span> 
</p>
<p style="color:#666666;text-indent:2em;">
	<span style="font-size:16px;">推介会主题为“同心同梦·同城共进”，由中共黄石市委、黄石市人民政府主办，中共阳新县人民政府、黄石市招商服务中心承办，黄石市驻汉办、黄石临空经济区协办。&nbsp;&nbsp;</span> 
</p>
<p style="text-align:center;color:#666666;">
	<img src="static/picture/2rqfj6h092f1623207504989.jpg" width="800" height="637" alt=""> 
</p>
<p style="text-align:center;color:#666666;">
	<span style="font-size:16px;">吴锦（右一）、魏华山（左一）会谈&nbsp;&nbsp;</span> 
</p>
<p style="color:#666666;text-indent:2em;">
	<span style="font-size:16px;">会前，吴锦会见了客商代表。推介会由副市长何运平主持，阳新县委书记王建华、大冶市市长万鼎作招商项目及临空经济区推介。&nbsp;&nbsp;</span> 
</p>
<p style="text-align:center;color:#666666;">
	<img src="static/picture/hcdaki97r8n1623207550903.jpg" width="800" height="534" alt=""> 
</p>
<p style="text-align:center;color:#666666;">
	<span style="font-size:16px;">黄石市委副书记、市长吴锦&nbsp;&nbsp;</span> 
</p>
<p style="color:#666666;text-indent:2em;">
	<span style="font-size:16px;">吴锦代表市委、市政府向各位嘉宾和企业家的到来表示欢迎。吴锦说，融入大武汉，黄石底气足，体现在武汉城市圈同城化发展从未如此重视，黄石与武汉联系从未如此紧密，黄石与武汉合作的前景从未如此广阔，推进黄石与武汉同城化一体化发展，具有战略布局的协同性、区域发展的规律性、空间成本的经济性、能量产业的匹配性、功能要素的互补性。对接大武汉，黄石能量足，黄石临空临港临光谷、好山好水好风光，经过多年的持续转型、高质量发展，蓄足了战略定位、产业基础、交通枢纽、资源禀赋、要素环境等优势。服务大武汉，黄石干劲足，将紧紧围绕全省“一主引领、两翼驱动、全域协同”区域发展布局，按照“9个城市是1个城市”的要求，以光谷科创大走廊黄石功能区建设为突破口，坚持规划同编、交通同网、科技同兴、产业同链、民生同保、环境同治，努力把黄石打造成为光谷向东最有潜力、魅力和实力的增长极。诚邀广大客商到黄石现场感受与武汉距离之近、发展气场之足、营商环境之优、投资机会之多，携手共创新辉煌，黄石将全力当好有呼必应、无事不扰的“店小二”，提供最优政策、最高效率、最好服务。&nbsp;&nbsp;</span> 
</p>
<p style="text-align:center;color:#666666;">
	<img src="static/picture/78vm7d4by371623207568344.jpg" width="800" height="534" alt=""> 
</p>
<p style="text-align:center;color:#666666;">
	<span style="font-size:16px;">武汉市委常委、政法委书记曹裕江&nbsp;&nbsp;</span> 
</p>
<p style="color:#666666;text-indent:2em;">
	<span style="font-size:16px;">曹裕江指出，黄石作为武汉城市圈重点发展地区和重要城市，始终以实际行动积极融入同城化发展，以打造光谷科创大走廊功能区为抓手，探索出“研发在武汉、生产在黄石，孵化在武汉、加速在黄石，引才在武汉、用才在黄石”的新发展模式，以实际行动争当武汉城市圈发展的“快先锋”“急先锋”。武汉和黄石地缘相近、人缘相亲、产业相融，在两地密切互动和共同努力下，武黄同城效益正在不断放大，我们要以此次推介会为契机，不断深化投资合作，凝聚智慧和发展力量，持续推进两地合作走深走实，携手画好最大同心圆。&nbsp;&nbsp;</span> 
</p>
<p style="text-align:center;color:#666666;">
	<img src="static/picture/qvbyat40sla1623207595684.jpg" width="800" height="534" alt=""> 
</p>
<p style="text-align:center;color:#666666;">
	<span style="font-size:16px;">娲石集团党委书记、董事长魏华山&nbsp;&nbsp;</span> 
</p>
<p style="color:#666666;text-indent:2em;">
	<span style="font-size:16px;">魏华山表示，在市县各级领导鼎力支持下，</span><strong><span style="font-size:16px;">投资40亿元，建设日产6200吨新型绿色智能化</span></strong><a href="javascript:;" target="_blank"><strong><span style="font-size:16px;">熟料</span></strong></a><strong><span style="font-size:16px;">生产线以及这次签约的年产2000万吨绿色环保建材生产线。项目建成投产后，预计阳新片区新老项目可实现年上交税收6-8亿元。</span></strong><span style="font-size:16px;">同时促黄石、武汉城市圈同城化发展，发挥娲石集团光谷产业园的优势，把光谷相关产业和孵化的高科技产品制造引进到黄石和阳新落户，为黄石高质量发展注入新动能，助力阳新县域经济做强做大。&nbsp;&nbsp;</span> 
</p>
<p style="text-align:center;color:#666666;">
	<img src="static/picture/bzgzot0l2b1623207612449.jpg" width="800" height="501" alt=""><span style="font-size:16px;"></span> 
</p>
<p style="text-align:center;color:#666666;">
	<span style="font-size:16px;">项目签约仪式&nbsp;&nbsp;</span> 
</p>
<p style="color:#666666;text-indent:2em;">
	<strong><span style="font-size:16px;">据了解，全市共签约33个项目，签约金额达175.65亿元，其中阳新签约18个项目，签约金额达126.4亿元，涵盖了制造、能源、零售、文旅等行业。&nbsp;&nbsp;</span></strong> 
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
