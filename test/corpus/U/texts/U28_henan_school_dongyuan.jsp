<%@ page contentType="text/html;charset=utf-8" %>
<html>
  <head>
    <meta charset="UTF-8">
    <meta name="viewport"
          content="width=device-width, user-scalable=no, initial-scale=1.0, maximum-scale=1.0, minimum-scale=1.0">
    <meta http-equiv="X-UA-Compatible" content="ie=edge">
    <meta name="keywords" content="同方,在线教育,同方凌讯">
    <title>同方教育在线&middot;校园采风</title>
    <link rel="shortcut icon" type="image/x-icon" href="./images/favicon.png">
    <link rel="stylesheet" href="../../bootstrap/css/bootstrap.min.css" />
    <link rel="stylesheet" href="../../css/base.css" />
    <link rel="stylesheet" href="../../css/content.css" />
    <link rel="stylesheet" href="../style.css" />
    <script src="../../bootstrap/js/jquery-3.2.1.min.js"></script>
  </head>
  <body id="news">
  
<nav class="navbar">
	<div class="container-fluid">
		<a class="navbar-brand" href="index.jsp">
			<img class="logo" src="../../images/logo.jpg" title="同方教育在线" />
		</a>
		<div id="navbar" class="navbar-collapse collapse">
            <jsp:include page="../../include/nav.jsp" flush="true" />
			<jsp:include page="../../include/nav-right.jsp" flush="true" />
		</div>		
	</div>
</nav>
    
    <div class="container">
      <ol class="breadcrumb mar-t40">
        <li><a href="../../index.jsp">首页</a></li>
        <li><a href="../../index.jsp#校园采风">校园采风</a></li>
        <li class="active"><a href="javascript:;">正文</a></li>
      </ol>
      <div class="article">
        <div class="article-header">
          <h1 class="t-c" id="js-title">召开学习宣传贯彻党的十九大精神动员会</h1>
          <h2 class="t-c">商丘市外国语实验小学</h2>
          <div class="article-metas">
            <div>学校: <span id="js-school">商丘市外国语实验小学</span></div><span>|</span> 
            <div>日期: <span id="js-date">2017年11月30日</span></div>
          </div>
        </div>
        <div class="article-body">
          <div></div>
          	<article id="js-content">
              <h1 class="t-c" id="js-title"><img id="js-img" src="06-1.jpg" /></h1>
              <p>11月28日下午，商丘市外国语实验小学组织全体教职工在五楼多功能厅召开学习贯彻宣传党的十九大精神动员大会。</p>
              
              <h1 class="t-c" id="js-title"><img id="js-img" src="06-2.jpg" /></h1>
              <p>首先，党支部书记、校长戴坤祥传达了《中共商丘市教育体育局党组学习宣传贯彻党的十九大精神工作方案》和《中共商丘市教育体育局党组关于十九大精神进校园的通知》，强调要充分认识党的十九大胜利召开的意义，把学习宣传贯彻党的十九大精神的作为一项首要政治任务；要深刻领会把握党的十九大精神实质，把思想和行动统一到以习近平为核心的党中央决策部署上来；要坚定以习近平新时代中国特色社会主义思想为纲领，以饱满的热情投入到工作学习之中，推动教育教学质量再上新台阶。</p>
              
              <h1 class="t-c" id="js-title"><img id="js-img" src="06-3.jpg" /></h1>
              <h1 class="t-c" id="js-title"><img id="js-img" src="06-4.jpg" /></h1>
              <p>会上，戴坤祥书记又对我校学习贯彻宣传党的十九大精神进行了动员部署，并做出具体安排：1、发放十九大校园学习卡，全校师生学习十九大精神。2、全体教职工认真阅读十九大报告，写出学习心得体会。3、全体教职工参与十九大知识网上学习测试。4、举办“小手拉大手、学习一起走”活动，学生与家长一起学习十九大精神。5、举办师德演讲比赛活动。6、清洁家园活动等。</p>
              
              <h1 class="t-c" id="js-title"><img id="js-img" src="06-5.jpg" /></h1>
              <h1 class="t-c" id="js-title"><img id="js-img" src="06-6.jpg" /></h1>
              <p>最后，戴坤祥书记带领全体党员进行重温入党誓词的活动，并号召大家，不忘初心、牢记使命，要以永不停滞的工作热情，不断超越的事业追求，铸就一流的坚定信念，团结一心、锐意进取，为外国语实验小学的发展再上新台阶而不懈奋斗！</p>
            </article>
          </div>
      <!-- 相关新闻-->
      <div class="related mar-t40">
          <div class="separate-line"><div class="highlight"></div></div>
          <div class="related-header">
            <h2>相关信息</h2>
            <a class="more" href="404tbd.jsp" target="_blank">更多</a>
          </div>
          <div class="related-body" id="js-related">
<ul class="related-titles mar-t10">
  <li><a href="../../journal.jsp?id=16">开封五中举办曹靖华诞辰120周年纪念会 - 暨2017教师节“靖华”奖表彰大会</a></li>
  <li><a href="../../journal.jsp?id=15">开封五中举办彝山书院文化建设专家研讨会</a></li>
  <li><a href="../../journal.jsp?id=14">省工艺美术大师吴天放参观开封五中书院文化建设</a></li>
  <li><a href="../../journal.jsp?id=13">生涯规划教育</a></li>
</ul>
          </div>
      </div>
    </div>
  </div>
  <!-- /.container -->
   <div id="footer"></div>
   <script>$("#footer").load("../../include/footer.html");</script>
  </body>
  <script type="text/javascript" src="../../js/common.js"></script>
<script type="text/javascript" src="../href.js"></script>
</html>
