export default {
    "errcode": 0,
    "errmsg": "请求成功",
    "data": [
      {
        "id": 1,
        "image": "https://news.uestc.edu.cn/upload/image/d36c7bfdb4a519b6f8c3f270a15c0a74.jpg",
        "title": "电子科技大学召开干部教师会议 宣布校行政领导班子调整决定",
        "message": "　5月23日下午，学校在清水河校区召开干部教师会议，宣布教育部党组关于学校领导班子成员任免的决定。校党委书记王亚非主持会议。校长曾勇，校领导班子成员，校党委委员、纪委委员，教师代表等出席会议。\n\n",
        "redirect": "https://news.uestc.edu.cn/?n=UestcNews.Front.DocumentV2.ArticlePage&Id=85523"
      },
      {
        "id": 2,
        "image": "https://news.uestc.edu.cn/upload/image/d8b68adfec6378606e0c20148b0b014b.jpg",
        "title": "【国际化之路】鲍景富：做中日科技交流的纽带",
        "message": "开栏语：为展现我校教师在学校国际化道路上的突出事迹和所做出的卓越贡献，引导我校师生积极参与学校国际化工作，为学校的国际化事业多做贡献，新闻中心、国际合作与交流处共同开设“国际化之路”栏目，集中介绍我校积极参与国际化工作并作出卓越贡献的教师。本期报道的是电子科学与工程学院鲍景富教授。",
        "redirect": "https://news.uestc.edu.cn/?n=UestcNews.Front.DocumentV2.ArticlePage&Id=85390"
      },
      {
        "id": 3,
        "image": "https://news.uestc.edu.cn/upload/image/da9a12fb075fcc56eec785b4cefd2a9b.png",
        "title": "【发现成电】“纳”些花儿，真美！\n",
        "message": "是材料，也是让人惊叹的画卷\n\n各种新奇的材料在显微镜下\n\n似翻花绚烂，如絮因风起\n\n若风琴翩翩，掀起铁树银花\n\n真是别有一番风景\n\n\n\n让我们走近材料科学\n\n努力探寻科学与艺术的交汇处\n\n发现材料中的磅礴“宇宙”",
        "redirect": "https://news.uestc.edu.cn/?n=UestcNews.Front.DocumentV2.ArticlePage&Id=85339"
      },
      {
        "id": 4,
        "image": "https://news.uestc.edu.cn/upload/image/54540e9d69d953cfb84b98578916d834.jpg",
        "title": "看！成电版“人与自然”！",
        "message": "如果每个花园都有一个“护花使者”，那么香农花园的“护花使者”就是何飞麒。\n\n　　香农花园位于信息与通信工程学院的二楼露台，大小约200平方米，一年四季均有鲜花绽放，而何飞麒与他的团队便是花园的造梦人。",
        "redirect": "https://news.uestc.edu.cn/?n=UestcNews.Front.DocumentV2.ArticlePage&Id=85525"
      }
    ]
  }