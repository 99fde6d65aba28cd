@app.route("/v1/3rd/api/demo", methods=["GET"])
def demo():
    obj = {
        "article_groups": [
            {
                "id": 1,
                "name": "常务会议",
                "list": [
                    {
                        "id": 1,
                        "title": "2025年9月1日王正谱主持召开河北省政府常务会议 研究灾后恢复重建、经济运行、生态保护等工作",
                        "uri": "https://www.hebei.gov.cn/columns/5b47c431-a184-4cd1-bdc9-172f60c82cc6/202509/02/1a5c7b8b-cd10-4b1a-bb18-c3224dfc62fc.html",
                        "open_mode": 0,
                        "description": "会议传达学习了习近平总书记近期重要讲话精神，强调要统筹抓好防汛和灾后恢复重建，加快修复受损道路等基础设施，分类修缮加固受灾房屋，深入开展环境卫生整治，加强复盘总结和针对性查漏补缺，不断完善防洪工程体系、应急管理体系，健全水文、气象监测网络，切实提高防灾减灾救灾能力。",
                        "date": "2025-09-02",
                        "tag": "会议精神",
                        "image_url": "https://woa.wps.cn/****/***.png",
                        "is_read": False
                    },{
                        "id": 2,
                        "title": "2025年8月6日省长王正谱主持召开省政府常务会议 深入学习贯彻习近平总书记重要指示精神，研究经济运...",
                        "uri": "https://www.hebei.gov.cn/columns/5b47c431-a184-4cd1-bdc9-172f60c82cc6/202508/07/e85ea585-2fa6-44b6-ad61-357126073d91.html",
                        "open_mode": 0,
                        "description": "河北新闻网8月6日讯 今天，省长王正谱主持召开省政府常务会议，深入学习贯彻习近平总书记重要指示精神，研究经济运行、防汛救灾、审计整改、“燕赵友谊奖”评选表彰等工作。",
                        "date": "2025-08-07",
                        "tag": "会议精神",
                        "image_url": "https://woa.wps.cn/****/***.png",
                        "is_read": False
                    },{
                        "id": 3,
                        "title": "2025年5月26日王正谱主持召开省政府常务会议 研究我省“十五五”规划编制、主动服务和积极融入国内...",
                        "uri": "https://www.hebei.gov.cn/columns/5b47c431-a184-4cd1-bdc9-172f60c82cc6/202505/27/8b57ac8f-e604-4a4a-a3f1-f7aeeb0d393e.html",
                        "open_mode": 0,
                        "description": "会议强调，要深入学习贯彻习近平总书记对“十五五”规划编制工作作出的重要指示精神，坚持科学决策、民主决策、依法决策，准确把握河北在全国发展大局、京津冀协同发展中的功能定位，谋实重大战略目标任务、政策举措、工程项目等，高质量做好我省“十五五”规划编制工作。",
                        "date": "2025-05-27",
                        "tag": "会议精神",
                        "image_url": "https://woa.wps.cn/****/***.png",
                        "is_read": False
                    }
                ]
            },{
                "id": 2,
                "name": "政策解读",
                "list": [
                    {
                        "id": 1,
                        "title": "《河北省人民政府办公厅印发关于支持养老机构发展若干措施的通知》解读",
                        "uri": "https://www.hebei.gov.cn/columns/50679b44-048c-4322-8ebb-988337c07c46/202509/01/0bda01f9-1633-4231-8407-d2b23ee5db05.html",
                        "open_mode": 0,
                        "description": "我省自1999年进入老龄化社会以来，老年人口占比逐年攀升。随着高龄和失能老年人不断增多、家庭结构小型化和养老功能弱化，广大老年人入住养老机构的需求不断增多。为贯彻落实党中央、国务院决策部署和省委、省政府工作要求，进一步加大支持养老机构发展力度，不断扩大优质养老服务供给，研究出台了《若干措施》。",
                        "date": "2025-08-13",
                        "tag": "会议精神",
                        "image_url": "https://woa.wps.cn/****/***.png",
                        "is_read": False
                    },{
                        "id": 2,
                        "title": "《河北省县域快递物流中心建设行动计划》解读",
                        "uri": "https://www.hebei.gov.cn/columns/50679b44-048c-4322-8ebb-988337c07c46/202509/05/0fa217d9-c132-4cb6-abc2-395aacd654df.html",
                        "open_mode": 0,
                        "description": "《河北省县域快递物流中心建设行动计划》（冀政办字〔2025〕39号，以下简称《行动计划》）于2025年8月7日由省政府办公厅印发，现就相关内容进行如下解读：",
                        "date": "2025-08-09",
                        "tag": "会议精神",
                        "image_url": "https://woa.wps.cn/****/***.png",
                        "is_read": False
                    },{
                        "id": 3,
                        "title": "《河北省人民政府关于开展第四次全国农业普查的通知》解读",
                        "uri": "https://www.hebei.gov.cn/columns/50679b44-048c-4322-8ebb-988337c07c46/202508/05/05050a4c-6ed4-436b-b4ef-da92961f924d.html",
                        "open_mode": 0,
                        "description": "今年6月2日，国务院印发《关于开展第四次全国农业普查的通知》（国发〔2025〕9号），决定于2026年开展第四次全国农业普查。为做好我省第四次全国农业普查工作，省政府于7月31日印发《河北省人民政府关于开展第四次全国农业普查的通知》",
                        "date": "2025-08-02",
                        "tag": "会议精神",
                        "image_url": "https://woa.wps.cn/****/***.png",
                        "is_read": False
                    }
                ]
            }
        ],
        "display_type": 2,
        "view_more_url": "https://www.hebei.gov.cn/"
    }
    obj = get_hebei_gov()

    return obj

    return json.dumps(obj, ensure_ascii=False)
