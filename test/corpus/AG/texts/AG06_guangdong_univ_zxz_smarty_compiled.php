<?php
/* Smarty version 3.1.30, created on 2016-11-21 14:13:59
  from "F:\www\SCU\tpls\new.html" */

/* @var Smarty_Internal_Template $_smarty_tpl */
if ($_smarty_tpl->_decodeProperties($_smarty_tpl, array (
  'version' => '3.1.30',
  'unifunc' => 'content_5833012777a1b6_81608758',
  'has_nocache_code' => false,
  'file_dependency' => 
  array (
    '63fd6bd2876bc00693c498b8ceed90f31167cce0' => 
    array (
      0 => 'F:\\www\\SCU\\tpls\\new.html',
      1 => 1479737013,
      2 => 'file',
    ),
  ),
  'includes' => 
  array (
    'file:loginn.html' => 1,
  ),
),false)) {
function content_5833012777a1b6_81608758 (Smarty_Internal_Template $_smarty_tpl) {
?>
<!DOCTYPE html>
<html>
<head>
	<title>党委中心组召开扩大会议学习十八届六中全会精神</title>
	<link rel="stylesheet" type="text/css" href="./img/css/headAndNav.css">
	<link rel="stylesheet" type="text/css" href="./img/css/new.css">
	<link rel="stylesheet" type="text/css" href="./img/css/loginn.css">
	<?php echo '<script'; ?>
 src="./img/js/loginn.js"><?php echo '</script'; ?>
>
	<?php echo '<script'; ?>
 src="./img/js/jquery.js"><?php echo '</script'; ?>
>
</head>
<body>
	<header>
    	<div class="top">
    		<img src="./img/images/head.jpg">
            <div class="loRe">
        		<span class="lr" onClick="login()">登录</span>
        		<span>|</span>
        		<a href="main.php?controller=reg&method=one"><span class="lr" >注册</span></a>
            </div>
        </div>
        <nav>
        	<div class="nav">
           		<ul>
          	        <li class="present"><a href="./main.php">首页</a></li>
                    <span>|</span>
               		<li><a href="#">关于社联</a></li>
                    <span>|</span>
              		<li><a href="./main.php?controller=index&method=information">社团信息</a></li>
                    <span>|</span>
               		<li><a href="#">联系我们</a></li>
                    <span>|</span>
            	</ul>
        	</div>
        </nav>
    </header>
    <article>
    	<div class="newImg"><img src="./img/images/newImg.jpg" alt="placeholder+image"></div>
    	<div id="newNav">
    		<ul class="newNavUl">
    			<li class="leftDes"><a href="">当前位置</a><span class="kuohao">></span></li>
    			<li><a href="main.php">首页</a><span class="kuohao">></li>
    			<li><a href="">新闻</a><span class="kuohao">></li>
    		</ul><hr>
    	</div>
    	<div class="newsContent">
    		<h2 class="title">党委中心组召开扩大会议学习十八届六中全会精神</h2>
    		<p class="newDate">发布日期：2016-11-15&nbsp&nbsp作者：于珊珊&nbsp马明花&nbsp&nbsp编辑：于珊珊&nbsp&nbsp摄影：于珊珊&nbsp&nbsp点击：1324</p>
    		<p class="newArticle">&nbsp&nbsp10月24日至27日，党的十八届六中全会在北京召开。全会听取和讨论了习近平总书记所作的工作报告，审议通过了《关于新形势下党内政治生活的若干准则》、《中国共产党党内监督条例》和《关于召开党的第十九次全国代表大会的决议》。全会召开以来，全国上下掀起了学习全会精神的热潮。我校党委积极响应中央和省委号召，对学习贯彻全会精神做了部署和安排。</p>
    		<p class="newArticle">&nbsp&nbsp根据安排，11月10日下午，我校举行党委中心组扩大会议，邀请“珠江学者”、华南师范大学马克思主义学院院长、博士生导师陈金龙教授作题为“全面从严治党的新境界”辅导报告。报告会由校党委书记李建军主持。校党委中心组全体成员、党总支副书记、马克思主义学院全体教师、全校辅导员听取了报告，肇庆校区通过视频直播收看了报告。</p>
    		<p class="newArticle">&nbsp&nbsp报告会上，陈金龙主要从十八届六中全会的重大意义、党内政治生活准则的基本构成和党内监督的基本思路等三个方面对十八届六中全会精神作了分析解读，重点阐释了全会在统筹推进“五位一体”总体布局和协调推进“四个全面”战略布局、全面从严治党和确立以习近平同志为核心的党中央等决定的重大意义。</p>
    		<p class="newArticle">&nbsp&nbsp<通过对《关于新形势下党内政治生活的若干准则》解读，陈金龙结合丰富的党史资料，从“党内政治生活”概念的定义、主体、特点、功能以及构成要素和基本要求，对党内政治生活准则的基本构成一一作介绍。他还从历史维度对聚焦党内政治生活准则进行了梳理和分析。/p>
    		<p class="newArticle">&nbsp&nbsp谈及党内监督的基本思路，陈金龙通过对全会修订的《中国共产党党内监督条例》解读，阐释了聚焦党内监督原因、党内监督的主体以及党内监督的内容。对于监督机制的改革和创新，陈教授列举了我党在落实纪委双重领导体制、派驻纪检组、巡视制度的改革以及反腐败的国际追逃等举措并作了讲解。</p>
    		<p class="newArticle">&nbsp&nbsp李建军在总结发言中对辅导报告给予高度评价。她认为，陈金龙教授的报告把十八届六中全会的重大决定与党建理论、党的历史紧密结合，理论严谨、史料翔实，对我校各级党员干部全面、深刻地理解十八届六中全会精神，完整和深入地把握全面从严治党的重大意义、现实作用和历史影响，进一步提高党员干部的理论和认识水平，都颇有助益。</p>
    		<img class="newAtricleImg" src="./img/images/newAtricleImg.jpg"/>
    		<p class="newArticle">&nbsp&nbsp李建军强调，十八届六中全会是在我国进入全面建成小康社会决胜阶段召开的一次十分重要的会议。学习宣传贯彻十八届六中全会精神是当前和今后一段时期全国全党的重要政治任务。她指出，学习贯彻十八届六中全会精神，就要坚决维护习近平总书记的领导核心地位，进一步增强“四个意识”特别是核心意识、看齐意识，更加紧密地团结在以习近平同志为核心的党中央周围，更加坚定地维护以习近平同志为核心的党中央权威，更加自觉地在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致。认真贯彻落实《准则》和《条例》，准确把握《准则》基本精神、主要规范和《条例》基本要求，切实增强贯彻落实全会精神的自觉性坚定性。尤其是学校各级领导干部和负责同志，要身体力行率先垂范，在“两学一做”学习教育中，自觉对照习近平总书记在全会上的重要讲话精神，对照《准则》规范和《条例》规定，带头学、带头做、带头查、带头改，引领和带动广大党员深化学习，争做“四讲四有”合格党员.</p>
    		<div class="null"></div>

    	</div>
    </article>
	<?php $_smarty_tpl->_subTemplateRender("file:loginn.html", $_smarty_tpl->cache_id, $_smarty_tpl->compile_id, 0, $_smarty_tpl->cache_lifetime, array(), 0, false);
?>

</body>
</html><?php }
}
