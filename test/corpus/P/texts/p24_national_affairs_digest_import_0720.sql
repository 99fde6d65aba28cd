-- Auto-generated import SQL
-- kind: docx-backfill
-- filename: 每日时政7.20.docx
-- doc_date: 2026-07-20
-- generated_at: 2026-08-21T08:42:54.222Z

BEGIN;

INSERT INTO source_documents
  (filename, file_path, doc_date, file_hash, status, parse_summary, ai_validation, error_message, updated_at)
VALUES (
  '每日时政7.20.docx',
  '/Users/tank/Desktop/每日时政/每日时政7.20.docx',
  '2026-07-20',
  '3fafd2262abe1b528a76a37335dd9001846cee43078915c07308d0cc2a7257c1',
  'imported',
  '{"paragraphs":91,"articles":5,"questions":5,"knowledge":24,"warnings":[]}',
  '本地规则重解析完成',
  '',
  CURRENT_TIMESTAMP
)
ON CONFLICT(filename) DO UPDATE SET
  file_path = excluded.file_path,
  doc_date = excluded.doc_date,
  file_hash = excluded.file_hash,
  status = 'imported',
  parse_summary = excluded.parse_summary,
  ai_validation = excluded.ai_validation,
  error_message = '',
  imported_at = CURRENT_TIMESTAMP,
  updated_at = CURRENT_TIMESTAMP;

DELETE FROM affairs_articles WHERE document_id = (SELECT id FROM source_documents WHERE filename = '每日时政7.20.docx');
DELETE FROM practice_questions WHERE document_id = (SELECT id FROM source_documents WHERE filename = '每日时政7.20.docx');
DELETE FROM knowledge_items WHERE document_id = (SELECT id FROM source_documents WHERE filename = '每日时政7.20.docx');

INSERT INTO affairs_articles (document_id, article_order, title, body, source, doc_date, tags)
VALUES (
  (SELECT id FROM source_documents WHERE filename = '每日时政7.20.docx'),
  1,
  '京港高铁雄商段正式进入运行试验阶段',
  '2026年7月17日凌晨4时20分，随着京港高铁雄安新区至商丘段国铁集团郑州局管段当日施工维修天窗结束，该段线路正式进入运行试验阶段，距离正式开通运营更近一步。
京港高铁雄商段是我国“八纵八横”高速铁路网京港（台）通道的重要组成部分，线路途经河北、山东、河南三省，北起雄安站，南至商丘站，与已建成的商合杭高速铁路实现互联互通，正线全长552公里，设计时速350公里，其中，河南段长25公里。（时政来源：人民网）',
  '人民网',
  '2026-07-20',
  '时政热点'
);

INSERT INTO affairs_articles (document_id, article_order, title, body, source, doc_date, tags)
VALUES (
  (SELECT id FROM source_documents WHERE filename = '每日时政7.20.docx'),
  2,
  '全国蓝碳交易联盟在深圳成立',
  '全国蓝碳交易联盟成立暨第一届联盟大会2026年7月17日在深圳举行。联盟秉持开放平等、共建共享、合作共赢的发展原则，旨在规范蓝碳交易市场、提升蓝碳交易规模、促进蓝碳信息共享、拓展国际交流合作。（时政来源：新华网）',
  '新华网',
  '2026-07-20',
  '时政热点'
);

INSERT INTO affairs_articles (document_id, article_order, title, body, source, doc_date, tags)
VALUES (
  (SELECT id FROM source_documents WHERE filename = '每日时政7.20.docx'),
  3,
  '第十六次全国检察工作会议在京召开',
  '第十六次全国检察工作会议2026年7月16日至17日在京召开。中共中央政治局委员、中央政法委书记陈文清出席会议并讲话。他强调，要坚持聚焦主责、强化监督，充分发挥国家法律监督机关职能作用，全面履行刑事、民事、行政、公益诉讼“四大检察”职能，全面加强对立案、侦查、审判、执行活动的监督，依法监督、敢于监督、善于监督，努力让人民群众在每一个司法案件中感受到公平正义。（时政来源：人民网）',
  '人民网',
  '2026-07-20',
  '时政热点'
);

INSERT INTO affairs_articles (document_id, article_order, title, body, source, doc_date, tags)
VALUES (
  (SELECT id FROM source_documents WHERE filename = '每日时政7.20.docx'),
  4,
  '到2030年我国美丽乡村整县建成比例要达到55%',
  '记者2026年7月17日获悉，生态环境部等六部门联合印发的《土壤、地下水和农业农村生态环境保护“十五五”规划》提出，到2030年，美丽乡村整县建成比例达到55%。（时政来源：新华网）',
  '新华网',
  '2026-07-20',
  '时政热点'
);

INSERT INTO affairs_articles (document_id, article_order, title, body, source, doc_date, tags)
VALUES (
  (SELECT id FROM source_documents WHERE filename = '每日时政7.20.docx'),
  5,
  '国产超大直径盾构机“先锋号”在长沙下线',
  '2026年7月17日，由中铁十四局和铁建重工联合打造的国产14米级超大直径盾构机“先锋号”在湖南长沙顺利下线，此次下线的“先锋号”盾构机开挖直径达14.02米，整机全长约112米，总重量约3200吨，将应用于国内首条下穿太湖超大直径盾构隧道——无锡至宜兴城际轨道交通工程（锡宜S2线）穿太湖段隧道建设。（时政来源：人民网）',
  '人民网',
  '2026-07-20',
  '时政热点'
);
