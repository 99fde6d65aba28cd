/**
 * Created by Rebecca_Han on 16/10/26.
 */
module.exports = {

}

var discovery= {
    "id": 3,
        "data": [
        {
            "question_id": 1,
            "answer_id": 3,
            "feed_source_id": 23,
            "feed_source_name": "曲阜师范大学",
            "feed_source_img": "https://typora012.oss-cn-qingdao.aliyuncs.com/202208030838764.png",
            "question": "以青春之我，贡献伟大时代",
            "answer_ctnt": " 我们是五月的花海，用青春拥抱时代。我们是初升的太阳，用生命点燃未来。“青年是整个社会力量中最积极、最有生气的力量”。一个有远见的民族，总是把关注的目光投向青年；一个有远见的政党，总是把组织的基础植根于青年。",
            "good_num": "112",
            "comment_num": "18"
        },
        {
            "question_id": 2,
            "answer_id": 25,
            "feed_source_id": 24,
            "feed_source_name": "曲阜师范大学",
            "feed_source_img": "https://typora012.oss-cn-qingdao.aliyuncs.com/202208030838764.png",
            "question": "坚定理想 矢志不渝——曲阜师大师生热议庆祝中国共产主义青年团成立100周年大会",
            "answer_ctnt": "5月10日上午，庆祝中国共产主义青年团成立100周年大会在北京举行，党委书记戚万学、校长张洪海与学校党委理论学习中心组成员在科技楼明道厅集中收听收看直播，全校25个学院团委广泛组织团员青年通过网络、电视、手机等收听收看了习近平总书记的重要讲话，切实感受到习近平总书记对共青团及青年一代成长成才的关心、鼓励和期望。",
            "good_num": "112",
            "comment_num": "18"
        },
        {
            "question_id": 3,
            "answer_id": 61,
            "feed_source_id": 25,
            "feed_source_name": "曲阜师范大学",
            "feed_source_img": "https://typora012.oss-cn-qingdao.aliyuncs.com/202208030838764.png",
            "question": "政治与公共管理学院举行“新时代、新青年、新担当”恳谈会",
            "answer_ctnt": "为深入学习贯彻习近平总书记在庆祝中国共产主义青年团成立100周年大会上的重要讲话精神，政治与公共管理学院于5月23日举行“新时代，新青年，新担当”主题恳谈会。校团委书记孔轶众、学院党委书记卢瑞霞出席了会议，恳谈会由学院团委书记马腾主持，学院辅导员、学生党员代表、团员代表参加会议。",
            "good_num": "112",
            "comment_num": "18"
        },
        {
            "question_id": 4,
            "answer_id": 3,
            "feed_source_id": 23,
            "feed_source_name": "曲阜师范大学",
            "feed_source_img": "https://typora012.oss-cn-qingdao.aliyuncs.com/202208030838764.png",
            "question": "青春献礼二十大，强国有我新征程",
            "answer_ctnt": " 6月1９日，为迎接党的二十大胜利召开，激励曲园学子积极参加暑期社会实践，全面开展实践安全教育，学校举行2022年大学生志愿者暑期文化科技卫生“三下乡”社会实践活动出征仪式。党委常委、副校长李兆祥出席活动并讲话，党委常委、宣传部部长张隆海出席活动，学生工作处、研究生处、保卫处、教务处相关负责人，各学院党委副书记、团委书记、社会实践团队指导教师和青年志愿者代表参加活动。出征仪式由校团委书记孔轶众主持。",
            "good_num": "112",
            "comment_num": "18"
        },
        {
            "question_id": 6,
            "answer_id": 61,
            "feed_source_id": 25,
            "feed_source_name": "曲阜师范大学",
            "feed_source_img": "https://typora012.oss-cn-qingdao.aliyuncs.com/202208030838764.png",
            "question": "习近平：在庆祝中国共产主义青年团成立100周年大会上的讲话",
            "answer_ctnt": " 青春孕育无限希望，青年创造美好明天。一个民族只有寄望青春、永葆青春，才能兴旺发达。今天，我们在这里隆重集会，庆祝中国共产主义青年团成立100周年，就是要激励广大团员青年在实现中华民族伟大复兴中国梦的新征程上奋勇前进。",
            "good_num": "112",
            "comment_num": "18"
        },
        {
            "question_id": 7,
            "answer_id": 3,
            "feed_source_id": 23,
            "feed_source_name": "曲阜师范大学",
            "feed_source_img": "https://typora012.oss-cn-qingdao.aliyuncs.com/202208030838764.png",
            "question": "以青春之我，贡献伟大时代",
            "answer_ctnt": " 我们是五月的花海，用青春拥抱时代。我们是初升的太阳，用生命点燃未来。“青年是整个社会力量中最积极、最有生气的力量”。一个有远见的民族，总是把关注的目光投向青年；一个有远见的政党，总是把组织的基础植根于青年。",
            "good_num": "112",
            "comment_num": "18"
        },
        {
            "question_id": 8,
            "answer_id": 25,
            "feed_source_id": 24,
            "feed_source_name": "曲阜师范大学",
            "feed_source_img": "https://typora012.oss-cn-qingdao.aliyuncs.com/202208030838764.png",
            "question": "坚定理想 矢志不渝——曲阜师大师生热议庆祝中国共产主义青年团成立100周年大会",
            "answer_ctnt": "5月10日上午，庆祝中国共产主义青年团成立100周年大会在北京举行，党委书记戚万学、校长张洪海与学校党委理论学习中心组成员在科技楼明道厅集中收听收看直播，全校25个学院团委广泛组织团员青年通过网络、电视、手机等收听收看了习近平总书记的重要讲话，切实感受到习近平总书记对共青团及青年一代成长成才的关心、鼓励和期望。",
            "good_num": "112",
            "comment_num": "18"
        }

    ]

}

module.exports.discovery = discovery;