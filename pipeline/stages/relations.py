"""Relations: event frames (name, kind, date, place) and who took part in what role.

1. Events: a meeting name held (``X召开``, ``召开X``, ``X在P举行``, ``…召开的X上``), a
   place or a show opened (``X正式揭牌`` → X揭牌仪式, ``X展在P开展`` → X展), or a
   talk, inspection or visit trigger with a person doing it. Meetings only referred
   to (``学习X精神``) are not events.
2. Dates are resolved against the issue date; places come from ``在P举行/调研``.
3. Roles: each clause's subject group (names at its start, with their titles) takes the
   role cues of its predicate (``主持会议并讲话`` → chair + speaker); names waiting
   without a verb share the next group's cues; ``他强调`` is resolved to the last
   subject; ``会议指出`` gives nobody a role.
4. Plans (``将于…举行``) and habits (``多次到…视察``) are not events either.
5. Events reported twice on a page (headline and body, a continuation, an OCR column
   that landed in another article) are merged.
"""
from __future__ import annotations

import hashlib
import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import date

from pipeline.config import RelationsConfig
from pipeline.lexicons import alternation, load_lexicons
from pipeline.nlp.officials import (FIRM_OR_ORGAN_END, LIST_NOTE, MINUTES_FIELD, OCCUPATION, OUR_PLACE, POST_NOTE,
                                     is_official_title, title_heads_pattern)
from pipeline.records import Article, CleanDocument, DateAnchor, Event, Mention, Participant, Sentence
from pipeline.stages.clean import FURTHER_ITEM
from pipeline.stages.issue_date import cn_number, shift
from pipeline.stages.ner import DATE

# a clause: up to a comma, a semicolon or a colon, save those inside a quoted title (作了“统一思想,狠抓落实”的报告)
_CLAUSE = re.compile(r"(?:[“『「][^”』」“。]{1,40}[”』」]|[^,;:])+")
_NAME_STOP = set(",;:。!?\n的")
_REFERENCE_BEFORE = re.compile(r"(?:学习|贯彻|落实|传达|领会|宣传|学习贯彻|传达学习|贯彻落实)$")
# 出席X大会代表: delegates; 在X大会上受表彰的集体: honoured there before, not now
_REFERENCE_AFTER = re.compile(r"(?:的|时(?:所作)?的|精神|部署|要求|上的|的精神|决策|以来|期间|提出|明确|作出|代表"
                              r"|上(?:受到?|获得?|荣获|被)[^,。;]{0,8}?的)")
_QUOTED_WORD = re.compile(r"“[^“”,;:。!?\n]{1,16}”(?=[\u4e00-\u9fff])")
_SUBJECT_SKIP = {"会议", "大会", "本次会议", "此次会议", "这次会议", "我区", "我市", "我县", "我省", "我镇", "我乡", "全市", "全区", "全县", "全省", "全镇"}
_PLACE = re.compile(r"在(?!这里|那里|此地|随后|随即|会后|此前|之前|之后|当天|当日|同日|次日|期间|会上|今天|昨天|今日|昨日)"
                    r"((?:(?!陪同|带领|率领)[\u4e00-\u9fff0-9A-Za-z]){2,12}?)(?:隆重|联合|共同|正式|胜利|圆满|顺利|组织|主持|分别|先后|亲切)?(?:召开|举行|调研|考察|视察|开幕|闭幕|督导|检查|会见|会谈|会晤|接见)")
_PRONOUN = re.compile(r"^(?:他|她)(?:们)?")
_BULLETS = "□■●◆◇▲★☆○◎•"  # that open the items of a digest page
_LEAD_PREFIX = re.compile(  # (at a paragraph's start: ``match(text, art.start)`` too)
    f"(?:^|(?<=\n))[{_BULLETS}]?" r"\s*(?:据)?【?(?:本报讯|(?:本报)?[又另]讯|[\u4e00-\u9fff]{1,4}(?:报|网|台)讯|(?:新华社|本报|中新社|人民网)[^,。:()]{0,16}?(?:电|讯))】?\s*(?:\([^)]*\))?"
    r"(?:[^,。:()]{0,24}?记者[^,。:()]{0,20}?报道:)?")
_OBJECT_BEFORE = re.compile(r"(?:对|就)([^,。;:对就]{2,40}?)(?:开展|进行)了?$")
_TOPIC_BEFORE = re.compile(r"(?:围绕|针对)[^,。;:]{0,38}$")
_ADVICE = re.compile(r"[^。;]*?(?:提出|建言|献策|意见建议)")
# 就垃圾分类督导等工作作交流发言: the topic of a speech, in its own clause
_SPEECH_TOPIC = re.compile(r"就[^,。;:]{0,38}$")
_SPOKE_ON = re.compile(r"[^,。;:]*?[作做]了?[^,。;:]{0,6}?(?:发言|报告|说明|讲解|解读)")
_MEETING_SUBJECT = re.compile(r"(?:本次|此次|这次)?(?:会议|大会)(?!室|厅|中心|期间|结束|后|前|间隙|之余|上|,)"
                              r"|与会(?:人员|代表|同志)")
_LEADS_CAMPAIGN = re.compile(r"带队|率队")
_CAMPAIGN = re.compile(r"(?:行动|活动|整治|督查|检查)$")
_WRITTEN_YEAR = re.compile(r"(?<![0-9])((?:19[5-9]|20[0-4])[0-9])(?:年(?!前|以前|代)|(?![0-9万亿余多元人名个件家户吨米%.年]))")
_TARGET_BEFORE = re.compile(r"(?:到|至|力争|预计|计划|目标|将于|将在)$")
_UNREAD_ITEMS_FIRST = re.compile(r"(?:(?:(?![了的在是和与及对将])[\u4e00-\u9fff·]){2,14}、){1,3}")
_UNREAD_ITEMS = re.compile(r"、(?:[\u4e00-\u9fff·]{2,6}、){1,3}")
_INTERVIEWED = re.compile(r"采访了|随机采访|接受[^,。]{0,8}采访|告诉记者|对记者说")
_RESPECTIVELY = re.compile(r"[^,。;]{0,4}?分别")
_WENT_TO = re.compile(r"深入|来到|前往|赴|到")
_CEREMONY_ACT = re.compile(r"签约|签署|揭牌|剪彩|授牌|颁奖|奠基")  # acts that name their ceremony (签约仪式)
_COMMANDS_ON_SCENE = re.compile(r"指挥|调度|处置|抢险|救援|救灾|搜救|一线")  # what a leader who rushes to a scene does there
# 甲带队, 乙参加视察: the leader and members of a trip an organ sent out
_LED_NEXT = re.compile(r"带队|率队|任组长|参加(?:视察|调研|检查|督查|督导|考察|执法检查)")
# 签署了《X》, 签订X协议: a signing and what was signed
_SIGNED = re.compile(r"(?:签署|签订)了?(《[^《》]{2,40}》|[^,。;:《》]{2,24}?(?:协议|协定|公报|声明|备忘录|纪要|意向书|合同|条约|议定书))")
_SERIES_NUMBER = re.compile(r"第[0-9一二三四五六七八九十百]+[期场]$")  # “健康大讲堂”第12期: one of a series
_NEW_SITTING_TIME = re.compile(r"(?:当晚|当天(?:上午|下午|晚上)|次日(?:上午|下午)?|(?:[0-9]{1,2}日)?(?:上午|下午|晚上))[,]?")
_HEARD_REPORTS = re.compile(r"(?:在([^,。;]{2,16}?))?听取了?([^,。;]{2,24}?(?:工作|情况))的?汇报")  # (听取了市委、市政府工作汇报)
_CONVENED = re.compile(r"(?:主持)?召开(?:会议|座谈会|汇报会),$")  # 当晚,甲在南昌主持召开会议,听取…汇报
_BACKGROUND = re.compile(r"据了解|据悉|另悉|记者了解到")  # a note of background, after the news
_NEXT_DAY = re.compile(r"次日|翌日|第二天")
_DAY_BEFORE = re.compile(r"[\u4e00-\u9fff]{0,10}?前一[天日]")  # 推介会前一天: the day before the one told
_NOT_DONE = re.compile(r"(?:未|没有|没能|不能|无法)(?:能)?$")
_LATER_PART = re.compile(r"(?:当天|当日|同日|随后)?(?:下午|晚上|晚间|傍晚|当晚)[,]?")  # a later part of the day told
_GOES_ON = re.compile(r"随后|会后|之后|当天|当日|当晚|同日|同一天|次日|翌日|第二天|前一[天日]")  # the day told before goes on
_THEN = re.compile(r"(?:会见|会谈|座谈|会议|仪式|活动)?(?:后|结束后)[,]|随后|会后|当天|当日|当晚|同日|[\u4e00-\u9fff]{0,6}仪式前[,]")
_WEB_TAGS = re.compile(r"^(?:\[[^\[\]]{1,6}\]|【[^【】]{1,30}】)+")
_NOTE_PREFIX = re.compile(r"^\([^()]{1,12}\)|^[一二三四五六七八九十]{1,3}、")  # (全文另发)新年茶话会由某某主持, 二、某某发表了…: a note or a number
# 3月5日 县长某某主持召开…: the date that opens a clause (a chronicle's item), before its subject
_ITEM_DATE = re.compile(r"^(?:[0-9一二三四五六七八九十]{1,3}月)?[0-9一二三四五六七八九十〇]{1,3}(?:[~～-][0-9]{1,2})?日(?:上午|下午|晚上|晚)?\s*")
_BYLINE_PARENS = re.compile(r"\((?:[^()]*?(?:记者|通讯员)[^()]*?)\)")
_TRAILING_MODIFIERS = re.compile(
    r"(?:今天|昨天|今日|昨日|当天|当日|今晚|昨晚|当晚|上午|下午|晚上|全天|开始|正式|隆重|联合|共同|也|又|还|随即|随后|立即|迅速|胜利|"
    r"再次|专门|紧急|及时|第一时间|精彩|盛大|"
    r"(?<=[会式礼节展赛演])《[^《》]{1,30}》|"  # 文艺晚会《某某》今晚举行: the show's own title after its kind
    r"在[\u4e00-\u9fff0-9A-Za-z]{1,24}?|于[^,。]{1,24}?)$")  # (在1号线控制中心)
# 列席的党员代表甲、群众代表乙提出了意见: who sat in (or attended) and then spoke
_SAT_IN = re.compile(r"(?:应邀)?(列席|出席|参加|与会)(?:会议|大会|[^,。;:的]{1,8}?会)?的")
_APPOINTEE = re.compile(r"拟(?:任|提名)[^,。;:]{1,24}?的")  # 拟任县财政局局长的(某某)
# words between a clause's start and its subject (会上, 大会由 X 主持, 新任命的 X, 邀请 X 作辅导)
# 县人武部甲部长, 湘源建材乙总经理: the organ or firm whose post the title after the name is
_ORGAN_LEAD = re.compile(r"(?:(?![对向为在与和的并])[\u4e00-\u9fff]){1,14}" + FIRM_OR_ORGAN_END)
_TRIP_STOP = re.compile(r"(?:上午|下午|当天上午|当天下午)?,?(?:在(?![^,。;]*[会上],)[^,。;]{2,20}?,)?"  # 在某景区,甲登上…: a stop
                        r"[^,。;]{0,30}?(?:先后|相继|分别)?(?:来到|深入(?![交研探学思推])|走进|察看|实地查看|登上)")
# 甲、乙及市四大家领导,全市副处级以上领导干部共800余人参加会议: a crowd the list belongs to
_WIDER_CROWD = re.compile(r"全[省市县区州旗镇乡][^,。;]{0,24}?(?:干部|领导|负责人|负责同志|代表|党员)[^,。;]{0,12}?(?:参加|出席|列席)")
_SPEAKS = re.compile(r"希望|要求|指出|强调|表示|说|认为|提出|号召|勉励|鼓励|寄语|嘱咐|叮嘱")
_LECTURE = re.compile(r"(?:在([^,。;为在]{2,16}?))?(?:为[^,。;]{2,30}?)?(?:作|做)了?(?:一场)?(?:题为)?《([^《》]{2,40})》的?"
                      r"((?:学术|专题|科普)?(?:讲座|报告))(?![会团厅])")
_OWN_TIME = re.compile(r"(?:当天|当日|次日|翌日)(?:上午|下午|晚上|晚间)?,?|(?:上午|下午|晚上|晚间),|[0-9]{1,2}月[0-9]{1,2}日(?:上午|下午|晚上)?,")
_DURING_TRIP = re.compile(r"在?(?:调研|视察|考察|检查|督导|督查|巡查|走访|慰问)(?:中|期间|过程中|时)[,]")
_NEW_TIME = re.compile(r"(?:上午|下午|晚上|当晚|随后|会上|[0-9]{1,2}日)")
_REPORTED_PAST = re.compile(r"(?:报告|汇报|介绍|通报|总结)了?[^,。;]{0,12}?(?:一年来|多年来|年来|以来|今年|去年|近年)")
_ANOTHER_OCCASION = re.compile(r"在[^,。;]{0,20}?(?:一次|某次|那次|上次|历次|多次)[^,。;]{0,16}?(?:会|活动)上")
_CEREMONY_END = re.compile(r"(?:仪式|典礼|式)$")
# 排名末位的, 承担某小区物业服务的: what a clause says of the titled person after it, no act on them
_ATTRIBUTIVE = re.compile(r"(?:(?!会见|看望|慰问|听取|学习|陪同|邀请|接见|会晤|宣读|传达|授予|主持|召开|举行|出席|参加|列席|负责)"
                          r"[^,。;:“”向为给对把被请让由从在与和同及我你他她]){1,11}的")
_HONOUR_FIRST = re.compile(r"“[^“”,。!?:;]{2,20}”(?:(?:称号)?获得者、?|代表|、)"  # “全国优秀共产党员”、某院主任甲: an honour, not a quotation
                           r"|“[^“”,。!?:;]{2,8}”(?:节|国际劳动节|儿童节|建军节)?(?:前夕|期间|之际|来临之际|当天|到来之际)")  # “五一”前夕: a festival
_SUBJECT_FILLERS = re.compile(r"(?:“[^“”]{2,20}”(?:获得者)?、)+|随后|随着|会上|同时|图为|(?:[\u4e00-\u9fff“”]{0,20}?(?:会议?|式|礼|典|活动|论坛|讲座|仪式|课|班|学习|组|团|队|案|庭审|演练|演习|行动|赛|展|节|报告|议案|草案))?(?:分别)?由|"
                              r"新(?:任命|当选|任职|提任)的|" + _APPOINTEE.pattern + r"|(?:会议|大会|会上)?还?(?:特邀|特?邀请了?)|"
                              r"[一二三四五六七八九十]是|首先|其次|然后|接着|最后|经(?![济信开管贸侦理纬])|来自[^,。;:]{1,30}?的|(?:并|特)?委托|"  # an agenda told item by item; 经甲介绍
                              + _SAT_IN.pattern +
                              r"|受表彰的?|获奖的?|(?:获得|荣获)[^,。;:]{1,16}?的|(?:其他)?在家的"  # 受表彰的先进个人代表…, 在家的县级领导: who they are
                              r"|(?:不是|不属于|非)[^,。;:]{1,14}?(?:代表|委员|成员)的")  # 不是县人大代表的副县长甲列席
_DATELINE = re.compile(r"((?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?:[0-9]{1,2}|[一二三四五六七八九十〇]{1,3})日)(?:电|讯|消息)")
_FURTHER_ITEM = re.compile(FURTHER_ITEM)
_AGENCY_DATELINE = re.compile(r"(?:本报|新华社|中新社)[^,。:()\n]{0,10}?" + _DATELINE.pattern)
# a time of day: 3:00, 下午3点, 9时30分, 10时许
_CLOCK = re.compile(r"[0-9]{1,2}:[0-9]{2}(?:点|时)?|[0-9]{1,2}(?:点|时)(?:[0-9]{1,2}分|半|许)?")
_CLOCK_COLON = re.compile(r"[0-9]:[0-9]")
_DATE_WORDS = re.compile(r"^(?:了)?(?:今天|昨天|今日|昨日|当天|当日|近日|日前|上午|下午|[0-9]{1,2}日)+")
_LIST_GAP = re.compile(r"(?:同志)?(?:、|、?(?:[和与及]|以及))")  # between two names of a list: 甲、乙、和丙
# 出席会议的区领导:, 现场述职人员(按述职顺序):: a roster's heading, before its names
_ROSTER_HEADING = re.compile(r"([^,。;:()]{2,24}?)(?:\([^()]{1,12}\))?:")
_LIST_INTRO = re.compile(r"(出席|参加|列席|就[座坐]|在座|到会|与会|参会|陪同|随同)([^,。;]{0,20}?)的[^,。;:]{0,12}?(?:还)?有(?!关):?")
# 参加会谈的中方人员有甲;外方人员有乙: the second half of a list, after a semicolon
_LIST_GOES_ON = re.compile(r"[^,。;:有]{1,10}?还?有(?![关限]):?")
_HELD_FOR = re.compile(r"为([^,。;]{2,30}?)(?:一行|代表团)?[^,。;]{0,8}?举行了?[^,。;]{0,10}?(?:宴会|招待会|欢迎仪式|晚宴|午宴)")
# 甲(29日晚)(在使馆)(为乙一行)举行招待会: who holds it in person, nothing else between
_HOLDS_IN_PERSON = re.compile(r"(?:[0-9一二三四五六七八九十]{1,3}日)?(?:今天|昨天|当天|今晚|昨晚|当晚|上午|下午|晚上|晚)?"
                              r"(?:在[^,。;、“”与同和]{1,24})?(?:为[^,。;、“”与同和]{1,20}?(?:一行|代表团))?(?:隆重|正式)?")
_MANY_ORGANS = re.compile(r"(?:^|我[省市县区]|全[省市县区])各[^,。;]{1,10}?(?:分别|相继|陆续|纷纷|均|都)$")
_BARE_DAY_HEADING = re.compile(r"[\s【】\[\]()()〔〕<>·•■●◆]*(?:(?:星期|周)[一二三四五六日天])?[\s【】\[\]()()〔〕<>]*")
_DAY_OPENS = re.compile(r"[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}[日号]")  # 12月28日,X大会召开
_TOLD = re.compile(r"(?:说|介绍|表示|说道)[:]?")  # 甲介绍,…: what was said, the clause ending at the verb
_TELLS_OF_EVENT = re.compile(r"会上|会议|讲话|发言|座谈|调研|检查|视察|督导|观摩|慰问|看望|走访|考察|会见|会谈|期间|(?<!施工)(?<!工地)现场|仪式|典礼|大会|此次|本次|活动中|致辞")
# a feature's subheading: a line of its own, bracketed or too short for a sentence
_SUBHEADING = re.compile(r"\n[ \t]*(?:【[^】\n]{1,30}】|[^\s。,;:!?][^\n。,;:!?]{1,19})[ \t]*\n")
_HEARING = re.compile(r"开庭审理(?:了)?([^,。;:]{2,44}?)案|(?<=[起宗件])([^,。;:]{2,30}?)案[^,。;:]{0,8}?(?:公开)?开庭审理"
                      r"|旁听了?([^,。;:]{2,44}?)案件?的?庭审")  # 集体旁听某某涉嫌受贿一案的庭审
_WATCHED_FAR = re.compile(r"分会场[^,。;]{0,6}?(?:收听收看|收看|收听|参加会议|参会)|收听收看")
_BROADCAST = re.compile(r"电视电话会议|视频会议|视频会|电视会议")
_REACH_ONLY = re.compile(r"全[省市县区州盟旗镇乡](?:的)?(?:会议|大会)")  # 在随后召开的全县会议上: the one told before
_SEVERALLY = re.compile(r"分别(会见|会晤|接见)$")  # 甲分别会见了乙和丙: a talk with each
# 参加招待会的有各界人士500多人。他们当中有:甲、乙: the names of the people a list counted
_AMONG_THEM = re.compile(r"(?:他们|其)(?:当中|中间|之中|中)?(?:有|包括)[:：]?")
# 在X(、Y)(的)陪同下: X and Y accompany whoever the sentence is about
_ESCORTED_BY = re.compile(r"在((?:[^,。;在]|,(?=[^,。;在]{2,40}?的?陪同下)){2,80}?)的?陪同下")  # 在甲,乙的陪同下 too
# 在甲、乙的见证下, 在甲、乙等共同按下启动球后: who witness the act or perform it together are present
_WITNESSED_BY = re.compile(r"在((?:[^,。;在]|,(?=[^,。;在]{2,40}?的?(?:共同)?见证下)){2,80}?)的?(?:共同)?见证下"
                           r"|在([^,。;在]{2,80}?)(?:等[^,。;]{0,6}?)?(?:共同|一起|一同)[^,。;]{1,24}?(?:后|之后)")
# 听取(了)X(关于…)的通报/汇报/报告: X gave the report (a speaker)
_HEARD_REPORT = re.compile(r"听取了?((?:[^。;!?,:，：]{2,90}?(?:通报|汇报|报告|说明)[、,])*[^。;!?,:，：]{2,90}?)(?:通报|汇报|报告|说明|的?发言|的安排意见|的?情况介绍)")
# 在春节即将来临之际: a time, not a plan
_PLAN = re.compile(r"关于|决定|(?:原则)?同意|计划|下周|下月|明天|明日(?!前)|后天|明年|准备|拟|是为|为了|审议|抓紧|尽快|(?:即)?将(?!来临|到来|至)|筹备|筹划|定于|建议(?!名单|人选|稿|案|书)|如何|需要|(?:要|应)$")
_WILL = re.compile(r"(?:将|拟|将要|计划|准备)(?!来|近|其|之)")
_DECIDED = re.compile(r"(?:决定|确定|商定|同意|议定)[,:]$")
_OUR_PLACE = re.compile(f"{OUR_PLACE}$")
# the year and ordinal a meeting's full name adds (2026年第9次, 2025年度, 第十一次)
_NUMBERING = re.compile(r"(?:[0-9]{4}年度?|[〇零一二三四五六七八九]{4}年度?|第?[0-9一二三四五六七八九十百]+(?:次|届|期))")
_HABITUAL = re.compile(r"多次|曾经|曾|经常|每年|历次|常常|[0-9一二三四五六七八九十几]+次")
_CEREMONY_OF = re.compile(r"[^,。;:“”]{2,40}?(?<!今天|昨天|当天|今日|昨日|当日|本次|这次|此次|上午|下午|晚上)的([^,。;:“”的]{2,12}?(?:仪式|典礼|式))")
_NOT_A_NAME = re.compile(r"^(?:一次|这|那|此次|本次|该|一个|了|是|上述|以上|前述|[0-9一二三四五六七八九十百多几数]+(?:项|场|个))|(?<!党)(?<!代表团)(?<!组)的(?!社会阶层)|精神(?!文明|宣讲|学习|研讨|培训|辅导|报告|[省市县区]委宣讲)|主持(?!人)|听取|审议了|分别审议|出席|参加|列席|旁听(?!庭审)|召开|举行|是"
                         r"|并(?:讲|作|做|致|发表|宣读|宣布|颁|授|解读|点评|提出)")  # 出席会议并讲授党课: the act after it
_ZUO_IN_WORD = "工协合创操动写制"  # 工作, 协作, 合作 …: 作 inside a word, no act of its own
_TRIGGER_NOT_EVENT = re.compile(rf"(?:对照|(?<![针相绝面应核])对(?:此次|这次|本次)?|自我|结束|派人|纪律|结合(?:前期|此前|近期|前段)?|(?<![{_ZUO_IN_WORD}运耕劳])作|(?:参加|出席)了?(?:上述|以上)?|陪同|随同|表示(?:深切|亲切|诚挚|衷心|崇高|热烈|由衷|真诚)?的?|致以)(?:[\u4e00-\u9fff]{{2}}[和及])?$")  # 表示慰问: regards, no visit
# 对建设者们表示亲切的慰问: regards too, unless someone went there (来到某家,向他们表示新春的慰问)
# 听取了关于开展某法执法检查情况的报告: a trigger in the title of a report is no event
_IN_PAPER_TITLE = re.compile(r"关于(?:[^,。;:关]|《[^《》]{1,30}》){0,30}$")
_PAPER_AFTER = re.compile(r"(?:[^,。;:《》]|《[^《》]{1,30}》){0,16}?(?:报告|说明|议案|决定|意见|方案|通知|办法|决议|汇报|通报)")
_REGARDS = re.compile(r"(?:表示|致以)了?[^,。;]{0,6}的$")
_WENT = re.compile(r"来到|前往|走进|深入|赶到|到[^,。;]{1,12}家")
_TRIGGER_AFTER_TIME = re.compile(r"(?:中|时|后|前|期间)(?=[,。;]|在座|在场|陪同)")
_TALKS_TOLD_OF = re.compile(r"的|是|没有|未能?|涉及|取得|达成|结束|持续|进行得")
_DECEASED = re.compile(r"(?:已故|已故的|已逝的?|生前)$")
_REMEMBERED_BEFORE = re.compile(r"纪念(?:伟大的|敬爱的|已故的?|伟大领袖)?$")
_REMEMBERED_AFTER = re.compile(r"(?:同志|先生|女士)?(?:诞辰|逝世|遇害|牺牲|百年诞辰|的?遗体|追悼会|追思会|告别仪式)")
_ACCUSED_BEFORE = re.compile(r"(?:被告人?|犯罪嫌疑人|被调查人)$")
_ACCUSED_AFTER = re.compile(r"涉嫌")
_SITTING = re.compile(r"(?:全会|大会)?(?:首次|第[一二三四五六七八九十]+次)?(?:全体会议|分组会议|小组会议|预备会议|开幕式|闭幕式|开幕会|闭幕会|开幕大会|闭幕大会)")
# 揭牌, 开市, 开幕 at a clause's end: a place or a festival opened, at a ceremony named after the act
_OPENING_CEREMONY = {"揭牌": "揭牌仪式", "开市": "开市仪式", "开业": "开业仪式", "开园": "开园仪式", "开馆": "开馆仪式",
                     "开街": "开街仪式", "落成": "落成仪式", "开工": "开工仪式", "开幕": "开幕式",
                     "开展": "", "亮灯": "", "启幕": ""}  # 成就展在市博物馆开展, 元宵灯会亮灯: the show itself
_SHOW = re.compile(r"(?:展|展览|展会|灯会|灯展|庙会|博览会|交易会|节)$")
_OPENED = re.compile(r"(?:正式|隆重|顺利|盛大|同时|(集中))?(" + "|".join(_OPENING_CEREMONY) + r")(?:投用|运营|成立|启用|营业)?(?=[,。;!])")
_ON_SITE = re.compile(r"现场(?:办公|推进|观摩|调度|协调)?会")
_COUNTED = re.compile(r"[0-9一二三四五六七八九十]+(?:个|项|家)")
_AFTER_MEETING = re.compile(r"(?:会后|会议结束后|随后)[,]")
_OPENS_IT = re.compile(r"宣布|为|主持|出席|参加|共同|一起|[与和及、]")
# (项目建设, 各项工作: no one place or festival opened)
_NOT_OPENED = re.compile(r"[了着将要已也都并和与及、]|[0-9一二三四五六七八九十]+(?:个|项|家|所|月(?![0-9一二三四五六七八九十初]))|工作$|建设$|[中时后前下里]$"
                         r"|确保|力争|推动|推进|全部|全面|实现|争取|必须|尽快|加快|按期|如期")  # 确保项目9月底前全部开工: a goal
_AT_A_SHOW = re.compile(r"(?:展位|展区|展台|展馆|展厅)$")
_DATELINE_OFF = re.compile(r"^据?(?:新华社|本报|中新社)[^,。:]{0,24}?[电讯](?:\([^()]{0,20}\))?")
# 采取…、召开座谈会、…等方式: the ways something was done, not meetings told
_MEANS_BEFORE = re.compile(r"(?:采取|通过|运用|采用|以)[^。;:]{0,40}$")
_MEANS_AFTER = re.compile(r"[^。;:]{0,30}?等(?:多种)?(?:方式|形式|途径|渠道|办法)")
_SENTENCE_PLAN = re.compile(r"目的是|打算|定于|将于|拟于|计划于|准备于|将在|将(?:召开|举行|开幕|组织)|即将(?!来临|到来|至)|将赴|将前往|将出席|将会见|将同")
# 调研组, 检查站, 考察团; 慰问金, 慰问信 (but 调研科技创新, 调研信息化 are inspections); “大走访”: a campaign named in quotes
_TRIGGER_NOT_EVENT_AFTER = re.compile(r"”|发言|材料|报告|结果|情况|整改|成果|意见|建议|的?方式|机制|事宜|队|组|团|站|船|员|室|厅|处|科(?![技学普研])|会(?![见谈])"
                                      r"|中(?:发现|查出|暴露|存在)"  # 通报了检查中发现的问题: what a check found
                                      r"|(?:督查|检查|督导|测评|巡查|考核|评估)(?:工作)?(?:情况|结果)"  # 通报了暗访督查情况
                                      r"|上(?=[,。;:])"  # 把精力放在基层调研上: where effort goes
                                      r"|的(?=[^,。;]{2,30}?一行)"  # 与来我市调研的某某一行举行会谈: who the guests are
                                      r"|(?<=问)[电信金品款]"
                                      r"|表示(?:热烈|诚挚|衷心)?(?:欢迎|感谢|祝贺)"  # 对访问团来某地考察表示欢迎: a welcome
                                      r"|的[^,。;]{0,4}?(?:人员|同志|领导|代表|客人|嘉宾)"  # 前来慰问的人员: who came
                                      r"|及[^,。;:]{1,12}?情况"  # 汇报了汛前检查及隐患整改情况: a report's topic
                                      r"|(?:(?!并)[^,。;:]){0,8}?(?:作|做)了?[^,。;:]{0,6}?(?:安排|部署|动员|说明)")  # 对大检查工作作了安排
_GROUP_WORDS = "领导|同志|负责人|成员|干部"  # 等县领导, 等有关部门负责同志: the group a list ends in
# 甲、乙等市领导参观展览: the group a list ends in, before the act
_GROUP_TAIL = re.compile(rf"等(?![与同和跟])[^,。;:]{{0,10}}?(?:{_GROUP_WORDS}|嘉宾)")  # (等与干部一起: not a group)
# 共同为中心揭牌, 为获奖者颁奖: whom a ceremony's act is for, before the act
# 代表民进市委作了题为…的发言: on whose behalf, before the act
_ON_BEHALF = re.compile(r"(?:代表(?:(?!向|对|签|报告|工作)[^,。;:]){1,20}?|受[^,。;:]{1,24}?委托,?)"  # (受某委员会委托作报告)
                        r"(?=(?:作|做)了?(?:题为|关于|《|“|[^,。;:]{0,10}?(?:报告|发言|讲话|说明))|发言|致辞|讲话|表态)")
_AS_WHO = re.compile(r"以[^,。;:]{1,12}?身份")  # 以普通党员身份参加: in what capacity, before the act
_WHERE_FOR_WHOM = re.compile(r"在(?:(?!主持|出席|参加|列席|陪同|召开|举行)[^,。;为]){2,16}?(?:为[^,。;]{2,30}?)?(?<![工合操动创协])(?=[作做])")  # 在某医院为医务人员作了…讲座
_FOR_WHOM = re.compile(r"为[^,。;:]{1,16}?(?=揭牌|剪彩|颁奖|授牌|颁发|授旗|奠基|培土)")
# 在座谈会上讲话, 在慰问中指出: where the cue was said, between a subject and its cue
_ON_OCCASION = re.compile(r"在[^,。;:“”]{1,16}?(?:上|中|时|期间)")
# … or a longer one, named in quotes, when a cue follows it (在今天下午召开的“某某行动计划”新闻发布会上表示)
_IN_OWN_SPEECH = re.compile(r"(?:并|还|也)?在(?:[^,。;:的]{0,10}?)(?:讲话|致辞|发言|演讲|点评)中")
_OCCASION_END = re.compile(r"上(?!午)|中|时|期间")
# 在贺信中指出, 在批示中要求: written to the event, not said at it
_IN_WRITING = re.compile(r"在[^,。;:“”]{0,12}?(?:信|贺电|电报|批示|题词|文章)中")
# what a talk, inspection or visit is about, up to 并/时 or the clause's end (了 dropped;
# 会见并宴请了X: one event)
_EVENT_OBJECT = re.compile(r"了?((?:并宴请了?)?(?:(?!并|时(?=[,;:。!?]|指出|表示|强调|说|提出|要求|重申|谈到|介绍)|期间|后(?=[,;:。!?]|表示|说|指出|强调|称|对))[^,;:。!?【】]){0,24})")
_AT_MEETING = re.compile(r"在((?:[^,;:。!?“”在]|“[^“”]{1,16}”){3,40}?)(?=上(?!午)|闭幕前|开幕前|期间|(?<=讨论|审议)中)")
# what may follow a name list without being its predicate (等, 一行, 等老同志, 等领导同志)
_NO_PREDICATE = re.compile(r"\s*(?:等|一行|等人)?\s*(?:老同志|老领导|领导同志|同志|领导|负责同志|负责人)?\s*"
                           r"|\([^()]{1,20}\)"  # 甲(九三学社社员),乙…列席: a note on who they are
                           r"|(?:等|及|以及)[^,。;:]{1,10}?(?:领导|成员|同志|负责人|干部)"  # 甲、乙等区四套班子领导,…参加
                           r"|(?:等)?[与和同跟][^,。;:]{1,30}?(?:一起|一道)")  # 甲与百余位嘉宾一起,共同见证…
_TALKED = re.compile(r"会谈|会晤|座谈|商谈|双方[^。]{0,40}?(?:交换|交谈|探讨|讨论|介绍|交流|沟通|座谈|洽谈|商谈|会谈)|宾主[^。]{0,12}?(?:交谈|交换)")
# a sentence that reports what someone said (他说, / 某某指出:)
_SAID = re.compile(r"(?:他|她|[\u4e00-\u9fff]{2,4}?)(?:在[^,。;:]{1,12}?[中上时])?(?:还|又|也)?(?:说|指出|强调|表示|认为|介绍说)[,:]")  # (甲在致辞中说,)
# 市人社局局长甲介绍,…: an official telling the reporter, their title first
_TITLED_SAID = re.compile(r"[\u4e00-\u9fff、·]{2,24}?(?:说|表示|介绍|强调|指出|要求)[,:]")
# 参加活动, 出席仪式, 参加会见: the predicate names which of the article's events they joined
_JOINED_NOUN = re.compile(r"(?:一同|一起|还|也)?(?:出席|参加|陪同)了?(?:此次|本次|这次|今天的|当天的)?"
                          r"(活动|仪式|典礼|会见|会谈|座谈|调研|考察|视察|慰问|看望|走访|观摩|拉练)(?:活动)?[。!?\n]*$")
_JOINS_TWO = re.compile(r"(?:等人?)?(?:一同|一起|还|也)?(?:出席|参加|陪同)了?(会见|会谈|座谈|调研|考察|视察)(?:和|及|并)"
                        r"([\u4e00-\u9fff]{0,8}?(?:仪式|典礼|座谈会|活动|会议))[。!?\n]*$")
_JOINS_BOTH_NAMED = re.compile(r"(?:一同|一起|还|也)?(?:出席|参加)了?([\u4e00-\u9fff]{2})(?:和|及|并)([\u4e00-\u9fff]{2})[。!?\n]*$")
_BARE_ESCORT = re.compile(r"(?:等人?)?(?:一同|一起|分别)?陪同[。!?\n]*")
_KINDS_JOINED = re.compile(r"(?:会见|会谈|座谈|调研|考察|视察|慰问)[和及与、]")
_KIND_WORDS = {"talks": r"会见|会谈|接见|座谈", "inspection": r"调研|考察|视察|检查", "visit": r"慰问|看望|走访"}
_DOUBLED_SUFFIX = re.compile(r"(会议|大会|会)\1$")
_SPAN_START = re.compile(r"(?:起|以来)")
_COUNTED_PEOPLE = re.compile(r"共(?:有)?[0-9一二三四五六七八九十百千万余多]+(?:名|人)")
_TIMES = re.compile(r"[0-9一二三四五六七八九十百几数多]+余?(?:次|场)")  # 会议40余次
_BARE_INSPECTION = re.compile(r"(?:在现场|现场)?(?:观摩|指导|督导|检查)(?:指导)?(?:工作)?")  # no object, no place but the scene
_BACK_AT_MEETING = re.compile(r"主持|讲话|作了?[^,。]{0,8}(?:报告|部署|总结)|列席|会议")
_AT_THE_MEETING = re.compile(r"(?:(?:上午|下午|晚上|当天|当晚)的?)?(?:(?:座谈|汇报|推进|调度|部署)?会上|会议上|大会上)[,]")
_AT_A_CEREMONY = re.compile(r"[\u4e00-\u9fff]{0,6}(?:仪式|式|典礼|活动)(?:上|现场)[,]")  # 启动仪式上,
_DURING_MEETING = re.compile(r"(?:会上|会议期间|大会期间|会中|会前|会后|会议中|(?:会议|大会)(?:首先|最后|结束前|还|随后|接着))")
_CHRONICLE_YEAR = re.compile(r"大事记\s*[(（]\s*((?:19|20)[0-9]{2})\s*年?\s*[)）]|((?:19|20)[0-9]{2})\s*年\s*大事记")
_NAMED_YEAR = re.compile(r"((?:19|20)[0-9]{2})年(?!度)")  # the year a meeting's name opens with (not 2011年度)
# 2013年6月,时任省长甲到开发区视察: a month told without its day, so no day from the story around
_MONTH_ONLY = re.compile(r"(?:19|20)[0-9]{2}年([0-9]{1,2})月(?![0-9一二三四五六七八九十]{1,3}[日号])")
_MONTH_HEADING = re.compile(r"(?m)^\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})月\s*$")
_REF_SPEECH = re.compile(r"的(?:重要)?$")
# 视察时的重要讲话精神, 考察工作的指示: a speech made on a visit, not the visit itself
_REFERS_TO_SPEECH = re.compile(r"精神|指示|批示|重要讲话|的讲话|时的")
_HEARD = re.compile(r"听取了?[^,。;:并后时和及]{0,20}?$")  # 认真听取发言, 听取了某委工作汇报: others spoke
# 参加调研, 陪同慰问: joining the article's inspection or visit, not the meeting after it
_JOINS_KIND = re.compile(r"(?:等[^,。;]{0,8}?)?(?:分别|一同|一起|全程)?(?:参加|陪同|随同|出席|参与)了?(?:此次|这次|本次)?(调研|检查|督导|视察|考察|慰问|走访|看望)")
# 作关于…的报告, 作《…》的说明, 发表了题为《…》的讲话: a talk named between the verb and the noun
_REPORT_ON = re.compile(r"(?:作|做)(?![为出])了?[\u4e00-\u9fff0-9]{2,30}?报告(?![会团厅])|"  # 作了先进事迹报告, 作人大常委会工作报告
                        r"(?:作|发表)了?(?:(?:关于|题为|《)[^,。;:]{1,60}?|[“『「][^”』」]{1,40}[”』」]的?[^,。;:]{0,8}?)"
                        r"(?:报告|说明|讲话|演讲|致辞|辅导|授课|发言|讲座)"
                        r"|(?:从[^,。;:]{1,20}?)?(?:就|对|围绕)[^,。;:]{1,40}?(?:作|做|进行)了?[^,。;:]{0,6}?"
                        r"(?:报告|讲话|辅导|讲座|讲解|授课|解读|宣讲|部署|推介|点评|提醒|解答)"  # 从四个方面对某某作了推介
                        r"|(?:以[^,。;]{1,40}?为题,?|(?:结合|围绕)[^,。;:]{1,16}?)?"  # 结合分管工作作了交流发言
                        r"[作做](?!出)了?[^,。;:]{1,16}?(?:报告|说明|推介|演讲|发言|辅导|总结|交流|解读|讲座)(?![会厅人])"  # 作提案工作情况报告
                        r"|发表了?[^,。;:]{0,6}?(?:意见|看法)")  # 发表了检察意见
_MADE_REPORT = re.compile(r"(?:受[^,。;:]{1,12}委托)?所作的?(?:《[^》]{1,40}》|[^,。;:]{0,30}?(?:报告|说明))")
_SAID_SO = re.compile(r"(?:他|她)(?:还|又|也)?说[,:]|(?:^|(?<=[。\n]))(?:全会|会议|大会)(?:还|又|也)?(?:认为|指出)[,:]")
# what follows is what was said (not after 提出希望, 提出要求 and a comma: 出席并提出希望,乙主持)
_SAYS_WHAT = re.compile(r"(?:指出|强调|表示|说|认为|(?<!提出)要求|提出|(?<!提出)希望)[,:]?$|提出(?:希望|要求):$")
# 在接受采访时表示, 告诉记者: said to the press, not at the event
_TO_REPORTER = re.compile(r"(?:在|于)?接受[^,。;]{0,10}?采访|告诉记者|对记者(?:说|表示)")
_WRITTEN = re.compile(r"批示|题词|贺信|贺电|致信|来信|书面")
_INVITED = re.compile(r"(?:^|(?<![申提聘]))(?:邀请|特邀|请)了?[^,。;:]{0,8}$")  # 邀请了…, 请另一位艺术家

# 代表常委会向大会报告工作, 向大会作政府工作报告: whoever does it reports to the meeting
_REPORT_TO = re.compile(r"向(?:大会|会议|全会|常委会会议)(?:作|做)?了?[^,。;:]{0,30}?(?:报告|说明)")

_NOTE_BEFORE_NAME = re.compile(f"(?:{LIST_NOTE.pattern}|{POST_NOTE.pattern})$")
_PAST_YEAR = re.compile(r"(?:去年|前年|往年|历年)(?![0-9一二三四五六七八九十元]{1,2}月|底|末)")
_LIST_TAIL = re.compile(rf"等(?![与同和跟])[^,。;:]{{0,10}}?(?:{_GROUP_WORDS})$")
_DESCRIBED_GROUP = r"(?:代表|群众|干部|职工|人员|党员|居民|村民|师生|嘉宾|委员|亲属|家属|亲友|好友|记者|游客|市民|客商|来宾|专家|学生|企业家|人士|学者|侨胞|乡贤|志愿者)"
_POSTS_ONLY = re.compile(r"(?:[\u4e00-\u9fff]{2,16}?(?:长|书记|主任|主席)[、和及]?)+(?=列席|出席|参加|陪同)")
_UNNAMED_GROUP = re.compile(r"(?:[^,。;:]{0,60}?(?:负责同志|负责人|有关同志|领导同志|(?:有关|相关)领导|班子成员|领导成员|小组成员|干部职工|党员干部)"
                            r"|各[^,。;:]{1,30}?(?:主任|书记|局长|主席|主委|部门|单位)"
                            # 以及亲属代表、各界群众代表100余人 / 学生代表和家长代表: people described, not named
                            r"|(?:(?:以及|及|和)[^,。;:]{0,60}|[^,。;:]{1,30}?)" + _DESCRIBED_GROUP +
                            r"(?:(?:和|及|与|、)[^,。;:]{1,30}?" + _DESCRIBED_GROUP + r")*"
                            r"(?:共?[0-9一二三四五六七八九十百千]+(?:余|多)?[人名])?)等?")
# 受甲(、乙)委托: who sends someone else
_ENTRUSTED = re.compile(r"(?:同志)?(?:[、和][^,。;]{1,20}?)?的?委托")
# the session itself again after its presidium's meeting; a chair's cue that names a meeting
_SPEECH_TITLE = re.compile(r"在(.{4,40}?)上的(?:重要|主旨|总结)?(?:讲话|致辞|发言|主持词)(?:稿|全文|\((?:摘要|摘登|节选)\))?")
_ON_SCREEN = re.compile(r"(?:字幕:)?[\u4e00-\u9fff·、()]{3,40}")  # a line naming who speaks next, nothing else
# 观摩团总结大会, 拉练点评会: the sitting that closes a 现场观摩会 or 拉练活动
_TOUR_SUMMARY = re.compile(r"(?:观摩|拉练)(?:团|活动)?(?:总结|点评|讲评)(?:大)?会(?:议)?$")
_TOUR = re.compile(r"(?:观摩|拉练)(?:会|会议|推进会|活动)$")
_BARE_OPENING = re.compile(r"(?:开幕|开赛|开工|开园|开营|开馆|开业|启动|开班|开学)(?:仪式|式|典礼)")
_SPLIT_UP = re.compile(r"分赴|分头|兵分")  # leaders who went each their own way
_SIDE_SITTING = re.compile(r"主席团|预备会议?")  # a session's presidium or preparatory meeting
_SESSION_AGAIN = re.compile(r"(?:主持|出席|列席|参加)(?:开幕|闭幕)?大会|(?:开幕|闭幕)(?:大会|式|讲话)|主席台|就[座坐]"
                            r"|选举大会|大会(?:进行|举行)?选举")
_OWN_MEETING = re.compile(r"主持(?:会议|大会|并讲话|并作?讲话)|(?:出席|参加)(?:会议|大会)")
# 第二巡察组, 第58次: a number in a series; 同日 (同一天, 当天) opening an item
# the body that meets: 党组会议, 主任会议 (not 党工委 as a meeting's convener)
_BODY = re.compile(r"(?:党组|党委|党工委|党支部)(?:\(?扩大\)?)?(?:会议|会)|主任会议|主席会议|主席团|常务会议|办公会")
_ORDINAL = re.compile(r"第([0-9]+|[一二三四五六七八九十]+)")
_SAME_DAY = re.compile(r"(?:[^,。;:]{0,16}?)(?:同日|同一天|当天|当日|当晚)")
_FEEDBACK_MEETING = re.compile(r"(?:^|(?<=[,。;:\n]))(?:[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日|同日|当天|近日|日前)?"
                               r"(?:上午|下午)?,?((?:[^,。;:\n]{0,16}?)(?:巡察|巡视|督察|督导|考核|审计)组向[^,。;:\n]{2,30}?"
                               r"反馈(?:(?:巡察|巡视|督察|督导|考核|审计)(?:情况|意见|工作|结果)|意见))")
_DESCRIBES = re.compile(r"(?:据了解|据悉|据介绍)?,?(?:这|此|那|它|本次[^,。;]{0,12}?|此次[^,。;]{0,12}?)(?:也|还|已|已经)?是"
                        r"(?:在[^,。;]{1,20}?)?(?:首次|第一次|成功)?")
_WHILE_THERE = re.compile(r"[^,。;]{0,20}?(?:时|期间)[,]")  # (在某地调研)…时,: the doer comes after
# 某某一行,赴某地学习考察 / 某某带队到某地推进…工作: a named doer going somewhere on business
_TRIP = re.compile(r"(?:一行|带队|率队|率团|等|同志|(?:率领?|带领)[^,。;:赴到]{1,30}?)*[,，]?"
                   r"(?:先后|专程|一同|近日|日前|当天|上午|下午|冒雨|冒雪|(?:冒着|顶着)[^,。;]{1,6}?|又|还|再次)*"
                   r"((?:赴|到(?![会场])|前往|来到|深入(?!学习|贯彻|推进|开展|实施|研究|落实|调查|调研|基层))[^,;:。!?]{2,24}?[,，]?"
                   r"(?:就[^,;:。!?]{2,30}?(?:进行)?)?(?:先后|相继|实地|详细|认真)*"
                   r"(?:学习|考察|调研|推进|指导|查看|察看|了解|检查|督导|督办|对接|交流|参观|走访|走进|洽谈|拜访|开展|现场(?:办公|调处|协调|处置|解决))"
                   r"[^,;:。!?、]{0,12})")
_DESTINATION = re.compile(r"(?:到|赴|前往|深入|来(?=[我本该此]))[\u4e00-\u9fff]{2,20}(?:、[\u4e00-\u9fff]{2,20})*$")  # 到某集团(调研)
_MEETING_NOUN_END = re.compile(r"会(?:议)?(?=[,。;:、并和及上\s]|$)")  # (出席反馈)会, not 表示会(全力支持)
_COUNT_BEFORE = re.compile(r"了?[0-9一二三四五六七八九十两几多]+(?:余|多)?(?:次|场|轮)")
# (在县委党校)开展“某某”专题宣讲, 为村民开展面对面宣讲: who gives the talk
_GIVES_TALK = re.compile(r"(?:并|还)?(?:在[^,。;]{1,20}?|为[^,。;]{1,20}?|以[^,。;]{1,40}?为题,?)*"
                         r"(?:开展|进行|作|做|讲授|讲|上)了?[^,。;]{0,20}?(?:宣讲|课)(?![会团队员])")
# 在茶话会上发表了热情洋溢的讲话: a speech told with words of praise between
_GIVES_SPEECH = re.compile(rf"(?:并|还)?(?:在[^,。;]{{1,20}}?)?(?:发表|(?<![{_ZUO_IN_WORD}])作|做)了?[^,。;]{{1,12}}?的(?:讲话|致辞|演讲|报告)(?!精神)")
_LED_BY_HEAD = re.compile(r"了?以[^,。;:]{1,40}?为(?:总?团长|组长|首|领队)的")
_HONORIFIC_AFTER = re.compile(r"院士|教授|博士|研究员|先生|女士|老师|法师|长老|道长|阿訇|神父|牧师|主教|活佛")
_PHOTO_CREDIT = re.compile(r"(?:记者|通讯员|摄影)[^,。;]{0,12}摄\)?\s*$")  # …签署协议。 记者 某某 摄: a caption
_CAPTION = re.compile(r"(?:图为|图[:：]|[\[【(]图(?:片)?[\]】)]|[上下左右]图[:：为])")
_ALL_ABOVE = re.compile(r"(?:参加|出席|陪同)了?(?:上述|以上|前述)(?:活动|会见|会议|仪式)")
_SPAN = re.compile(r"至|到|[~～—-][0-9]")
_ALSO_JOINED = re.compile(r"并(?:参加|出席)了?(座谈会|座谈|汇报会|会议|活动)")
# signs for a side (在主会场代表某县与某公司签约), or signs a contract (乙签订了园区开发合同)
_SIGNS_FOR = re.compile(r"(?:在[^,。;代]{1,12}?)?(?:分别)?代表[^,。;]{1,20}?(?:在[^,。;]{1,24}?上)?(?:签字|签约|签署|签订)"
                        r"|(?:签订|签署)了?[^,。;]{0,30}?(?:合同|协议|协定|备忘录|意向书|议定书)")
# 甲代表县政府与某公司董事长乙签订…: 甲's predicate ends at 乙's title, and 乙 signs too
_SIGNS_WITH = re.compile(r"(?:分别)?代表[^,。;]{1,20}?(?:与|同)")
_BECAUSE = re.compile(r"(?<![原基])(?:因|由于)(?!此|而)")  # a reason given for the person: what they did elsewhere
_LEADS_GROUP = re.compile(r"率领?(?:观摩|调研|考察|督导|督查|检查|视察|巡查)[团队组](?![长员])")  # 率观摩团, 率调研组: leads it
_GOES_TO_ATTEND = re.compile(r"(?:等)?(?:前往|来到|赶到|到)(?:[^,。;:]{1,12}?(?:送别|吊唁|悼念|祭扫|参加|出席|观摩)"
                             r"|[^,。;:]{2,16}?(?:代表团|讨论组|联组)(?=[,。;]|$))")  # 来到经济界讨论组: its sitting
_JOINS_IN = re.compile(r"(?:并|还|又|也)?(?:与|同|和|跟)")  # (并)与乙共同…: 乙 joins in the act
_TOGETHER = re.compile(r"(?:等[^,。;:]{0,8}?)?(?:共同|一起|一同|一道)")
_TOGETHER_WITH = re.compile(r"(?:与|同|和)[^,。;:]{1,36}?(?:一起|一道|一同|欢聚一堂)")  # 与首都军民欢聚一堂
# (a list of titled names, commas and all; 与会长甲等商会负责人座谈: the other side of talks)
_TOGETHER_WITH_LIST = re.compile(r"(?:与|同|和)[^。;:]{1,60}?(?:一起|一道|一同|欢聚一堂|(?<=[等人])座谈)")
# 参观展览, 巡览成就展: who tour a show are there
_TOURS_SHOW = re.compile(r"(?:参观|观看|巡览|巡馆|观展)了?[^,。;:]{0,12}?(?:展览|展会|展|博览会|交易会|展区|展馆|展台|展位)")
_HEARS = re.compile(r"(?:聆听|收听|收看|观看|听取)了?$")
_HELD_BEFORE = re.compile(r"(?:举行|进行)了?[^,;:。!?、与和及]{0,10}$")  # (进行了看望与考察: one act)
# 与某地干部进行了座谈 / 某某等参加座谈: talks held during an inspection or a visit, a frame of their own
_TALKS_DURING_VISIT = re.compile(r"(参加了?|出席了?)?(?:进行了?|举行了?)?(座谈交流|交流座谈|座谈)(?![会室厅])")
# 某某(分别)到某村开展…活动: who goes somewhere to carry out the activity leads it
_JOURNEY_WITH = re.compile(r"(?:一起|一道|共同)?与[^,。;:]{1,40}?(?:一起|一道|共同)?(?:来到|前往|赶到|走进)[^,。;:]{2,20}")
_HELD_TOGETHER = re.compile(r"(?:一起|一道|共同)?举行了?[^,;:。!?]{2,30}?活动")  # (…来到陵园,)举行祭扫活动: those who came are there
_LEADS_ACTIVITY = re.compile(r"(?:(?:率领?|带领)[^,;:。!?赴到]{1,20}?)?(?:分别|先后|一同|专程)?(?:到|赴|深入|前往|来到|走进)[^,;:。!?]{1,24}?,?开展"
                             r"|开展了?[^,;:。!?]{1,30}?活动"  # 局长甲开展“局长坐席”接听活动: who does it in person
                             r"|(?:也|还)?(?:一同|一起|共同)(?:调研|检查|督导|视察|考察|慰问|走访|看望)")  # 乙一同督导: a doer too
_ACTIVITY_NAME = re.compile(r"^[^,;:。!?]{0,30}?活动")
# 甲带领乙、丙到某镇调研 / 甲带队,乙、丙对…进行视察: the ones led go along and do it too
_LEADS_TEAM = re.compile(r"(?:带领|率领|率|带着)(?:[\u4e00-\u9fff]{0,6}?(?:员|干部))?|带队,|率队,")  # (带领队员甲)
_ALONG = re.compile(r"(?:也|还)?(?:一同|一起|共同)$")
# 会见某某(一行)时说: what the one who holds the talks said during them
_SAID_DURING = re.compile(r"[^,。;:]{0,30}?时(?:说|表示|指出|强调|称)")
# 甲、乙等县领导出席: a title written after a list of names
_TITLE_AFTER_LIST = re.compile(r"(?:同志)?等(?:同志)?([\u4e00-\u9fff]{0,10}?(?:领导|负责人|负责同志|领导同志))"
                               r"(?=出席|参加|列席|陪同|到会|一同|一起|等?[,。;])")
_BARE_TALK = re.compile(r"座谈(?:交流)?|交流座谈")
_JOINED_TALKS = re.compile(r"(?:参加|出席)了?(座谈|会谈|会见)(?![会室厅])")
# 出席会议, 主持大会, 在会上讲话: a meeting the article takes part in without naming it
# a clause whose subject is a group of unnamed people (社会各界人士代表, 与会人员, 委员们)
_GROUP_SUBJECT = re.compile(r"[^,。;:]{0,8}?(?:代表们?|人士|群众|与会人员|参会人员|委员们|干部们|大家|同学们)"
                            r"(?:先后|纷纷|一致|还|也|都|们)?(?:实地|认真|积极)?(?:观摩|参观|表示|认为|观看|听取|围绕|交流|发言|走进|来到)")
_SPEECH_BEFORE = re.compile(r"(?:强调|指出|要求|表示|提出|说|告诉记者)[:,]|(?:强调|指出|要求|提出|表示|建议)(?:要|应|应当|必须|务必)|(?:通报|汇报|总结|听取)了[^,。;:]{0,16}$|愿意|有意|希望(?:到|来|赴)|"
                            r"(?:通报|汇报|总结|介绍|听取)了[^,。;:]{2,40}?(?:及|和|、)|"  # 通报了…情况及现场观摩评比结果: told of
                            r"表示(?!慰问|欢迎|感谢|祝贺|问候)[^。;:]{0,40}?(?:将|要|愿)|(?:希望|勉励|号召|鼓励|叮嘱|嘱咐)[^,。;:]{0,4}?(?:大家|同志们|各位|广大|全体|同学们|干部|党员)"
                            r"|要求(?:各|全体|大家|相关|有关|全[县市区镇乡])")  # 要求各乡镇…开展…验收: the directive
_JOINED_MEETINGS = re.compile(r"和|及|以及|、")
_OTHER_GATHERING = re.compile(r"仪式|典礼|[汇调会展]演|演出$|茶话会|联欢会|晚会|音乐会|团拜会|招待会|酒会|宴会|午宴|晚宴|活动$|行动$|展览?$|开幕式|闭幕式|博览会|交易会|展览会|运动会|(?:文化|艺术|旅游|美食|音乐|电影|读书|采摘|丰收)节$|灯会$|庙会$|灯展$|赛$|演练$")


@dataclass(frozen=True)
class _Patterns:
    held: re.Pattern
    suffixes: re.Pattern
    triggers: re.Pattern
    cues: _RoleCues
    described: re.Pattern  # 全国劳动模范田某、郑某作典型发言: who they are, before untitled names


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """The lexicon regexes, compiled once per process."""
    lex = load_lexicons()
    return _Patterns(
        # (上 of 上专题党课 only before a 党课: every 上 of 会上 would be read and dropped)
        # (主持 of 主持欢迎仪式 only before what it chairs: not 主持人, 主持词, 主持召开, 主持工作)
        held=re.compile(alternation(lex.cue_words("held") | lex.cue_words("attend")).pattern
                        + "|(?:" + alternation(lex.cue_words("preside")).pattern + r")(?!了?(?:召开|举行|人|词|工作|下))"
                        + "|(?:" + alternation(lex.cue_words("lesson")).pattern + r")(?=[^,。;]{0,10}?党课)"),
        suffixes=alternation(lex.meeting_suffixes),
        triggers=alternation(lex.event_triggers),
        cues=_RoleCues(lex),
        described=re.compile(r"(?:(?![向为给对把被请让由从]|在(?!外))[^,。;:]){0,24}?"  # (在外乡贤: from home, working away)
                             f"(?:{alternation(lex.cue_words('descriptor')).pattern}|{OCCUPATION}|(?<![记作读])者|(?<!用)户)"),
    )


@dataclass
class _Frame:
    event: Event
    sentence_index: int
    trigger_end: int
    people: dict[str, Participant] = field(default_factory=dict)
    headline_people: dict[str, Participant] = field(default_factory=dict)
    is_lead: bool = False
    shares_with: _Frame | None = None  # the meeting held with this one (召开A和B), whose people it shares
    doers_from: int = 0  # its doers stand after here (某某调研,县领导甲参加座谈; 甲到A镇督导,乙到B镇督导)
    past: bool = False  # named for a year gone by: a meeting referred to, not reported
    doer: str | None = None  # who did a trip or visit told by its trigger (甲 of 甲到某镇调研)
    dated_before: bool = False  # its day is one told in an earlier sentence, not its own


def resolve_date(text: str, anchor: DateAnchor | None) -> tuple[date | None, int | None, int | None, str]:
    """(date, month, day, source) for a date phrase read against the issue date (``anchor``,
    whose day may be unknown); source text | relative | vague."""
    m = DATE.fullmatch(text) or DATE.search(text)
    if not m:
        return None, None, None, "unknown"
    issue = anchor.date if anchor else None  # relative words need the day
    if m.group(7):
        word = m.group(7)
        delta = {"今天": 0, "今日": 0, "今晚": 0, "昨天": -1, "昨日": -1, "昨晚": -1, "昨夜": -1, "前天": -2}.get(word)
        if word[1:2] == "周" and issue is not None:  # 上周五, 本周一: weeks start on Monday
            weekday = "一二三四五六日".index(word[2]) if word[2] != "天" else 6
            delta = weekday - issue.weekday() - (7 if word[0] == "上" else 0)
            if delta > 0:
                return None, None, None, "vague"  # 本周五 in a Wednesday paper: not yet
        if delta is None or issue is None:
            return None, None, None, "vague"
        d = shift(issue, delta)
        return d, d.month, d.day, "relative"
    if m.group(6):
        day = int(m.group(6))
        if anchor is None:
            return None, None, day, "text"
        month, year = anchor.month, anchor.year
        if anchor.day is not None and day > anchor.day:
            month, year = (12, year - 1) if month == 1 else (month - 1, year)
        try:
            d = date(year, month, day)
        except ValueError:
            return None, month, day, "text"
        return d, month, day, "text"
    month, day = cn_number(m.group(4)), cn_number(m.group(5))
    year = None
    if m.group(2):
        year = int((m.group(1) or "20") + m.group(2))
    elif m.group(3) and anchor is not None:
        year = anchor.year - {"今年": 0, "去年": 1, "前年": 2}[m.group(3)]
    elif anchor is not None:
        year = anchor.year - (1 if month > anchor.month else 0)
    if year is None:
        return None, month, day, "text"
    try:
        return date(year, month, day), month, day, "text"
    except ValueError:
        return None, month, day, "text"


def _meeting_end(text: str, start: int, end: int, suffixes) -> int | None:
    """End of the longest meeting name in text[start:end] that ends on a suffix and
    does not run into another clause (``X会议的代表参加了会议``)."""
    best = None
    for i in range(start, end):  # every start, so that 总结会议 ends on 会议, not on 总结会
        m = suffixes.match(text, i, end)
        if m is None or (best is not None and m.end() <= best):
            continue
        if _NOT_A_NAME.search(text[start : m.end()]) or best is not None and text[best] == "并":
            break  # 出席会议并对…大型活动…作了部署: the name ended before 并 and the next act
        best = m.end()
    return best


def _clause_start(text: str, pos: int, floor: int) -> int:
    i = pos
    while i > floor and (text[i - 1] not in _NAME_STOP or _CLOCK_COLON.match(text, i - 2)):
        i -= 1
    return i


def _strip_subject(subject: str) -> str:
    subject = _WEB_TAGS.sub("", subject)  # [图]【聚焦两会】: a web page's tags before a title
    subject = subject.lstrip(_BULLETS + "·")  # ▲“书香润童心”阅读活动启动仪式: a digest's bullet
    subject = _BYLINE_PARENS.sub("", _LEAD_PREFIX.sub("", subject))
    subject = _CLOCK.sub("", DATE.sub("", subject))
    subject = re.sub(r"(?:全天|上午|下午|晚上|当天|当日|近日|日前|前不久|不久前|最近|(?:回来|返回|回国|会|赛|事|此|之|其|然)后)", "", subject)
    subject = re.sub(r"^(?:并|还|又|同时|随后|随即|其间)", "", subject)  # …来到某镇,并召开座谈会
    subject = re.sub(r"(?<![党团])组织(?![部人])[^,。;]*$", "", subject)  # 某社区组织(市民代表)召开…: the organiser names it
    subject = re.sub(r"(?:围绕|针对)[^,。;]+$", "", subject)  # 中心组围绕“严以用权”开展学习研讨: the topic
    while True:
        trimmed = _TRAILING_MODIFIERS.sub("", subject)
        if trimmed == subject:
            subject = re.sub(r"^[^,。;]*(?:一行|代表团|考察团|访问团)$", "", subject.strip())  # 考察团一行召开座谈会: visitors, no organ
            subject = re.sub(r"^(?:与会|参会)(?:人员|同志|代表)[^,。;]*$", "", subject)  # 与会人员回到某镇召开推进会: the meeting's own people
            quoted = re.fullmatch(r"“([^“”]+)”", subject)  # “某某研讨会”8日在某地举行
            return quoted.group(1) if quoted else subject
        subject = trimmed


def _meeting_events(text: str, sent: Sentence, suffixes, lex,
                    persons: Sequence[Mention] = ()) -> list[tuple[str, int, int, str | None]]:
    """(name, start, end, place) of meetings reported as held in a sentence (``persons``:
    the people named in it; one who holds a meeting names no organ)."""
    out = []
    said = _SAID.match(text, sent.start, sent.end)
    paragraph = max(text.rfind("\n", max(0, sent.start - 1500), sent.start) + 1, sent.start - 1500)
    if _SAID_SO.search(text, paragraph, sent.start):
        return out  # 他说,过去的一年…。随后,某党召开X大会: the paragraph goes on with what was said
    if text[sent.start - 1 : sent.start] == ";":
        whole = max(text.rfind(stop, paragraph, sent.start) for stop in "。!?") + 1
        if _TITLED_SAID.match(text, max(whole, paragraph), sent.start):
            return out  # 局长甲介绍,全市开通…;同时举办X活动, 甲强调,…;要广泛开展X活动: still what was said
    for hm in _patterns().held.finditer(text, sent.start, sent.end):
        if said and hm.start() >= said.end():
            break  # 他说,广州召开X大会,对于…: a meeting in what someone said
        if _in_quoted_speech(text, hm.start()):
            continue
        if text.endswith(("曾", "曾经"), 0, hm.start()):
            continue  # 去年12月,县政府曾召开常务会议…: background, not the news
        if _TOPIC_OPENS.search(text, _clause_start(text, hm.start(), sent.start), hm.start()) \
                and _TOPIC_CLOSES.match(text, hm.end(), sent.end):
            continue  # 双方就开通包机、举办展销会等事宜交换了意见: a topic talked over, nothing held
        attend = hm.group(0) in lex.cue_words("attend") or hm.group(0) in lex.cue_words("preside")
        if attend and re.match(r"单位|人员|对象|范围|人数|者", text[hm.end() : hm.end() + 2]):
            continue  # 政协参加单位代表作大会发言: 参加单位 names who, no act of attending
        # 召开X / 召开的X / 出席X
        right_end = hm.end()
        if text.startswith("后", right_end) or re.match(r"(?:的)?(?:全过程|过程|情况|(?:重大|重要|深远|历史|现实)?意义|背景|阶段|前夕|之际|期间)",
                                                        text[right_end : right_end + 6]):
            continue  # 大会召开全过程, 从全会召开的重大意义: the holding as a thing watched or told of
        if hm.group(0) in ("开幕", "闭幕") and (text[right_end : right_end + 1] in ("式", "会", "词", "前") or text.startswith("大会", right_end)) \
                or hm.group(0) in ("启动", "开班") and text.startswith(("仪式", "典礼", "式"), right_end):
            continue  # 开幕式, 开幕会, 在启动仪式上: a part of the event or the event itself, not one it holds
        if text.startswith("的", right_end):
            right_end += 1
        if adjective := re.match(r"(?:隆重|盛大|简朴|简短|热烈)(?:而(?:隆重|热烈|简朴|庄重))?的?", text[right_end : right_end + 8]):
            right_end += adjective.end()  # 举行隆重招待会: the manner, no part of the name
        if one := re.match(r"一[场堂](?:[^,。;]{0,20}?的)?", text[right_end : right_end + 24]):
            right_end += one.end()  # 讲授了一堂生动的专题党课: one, told as such
        if attend and (own := re.match(r"所在的?", text[right_end : right_end + 3])):
            right_end += own.end()  # 参加所在的某党支部组织生活会: the branch the person belongs to
        stop = right_end
        quoted_name = re.match(r"“([^“”,;:。!?\n]{2,40})”", text[right_end : right_end + 44])
        quoted_end = right_end + 1 + len(quoted_name.group(1)) if quoted_name else -1
        if quoted_name and _meeting_end(text, right_end + 1, quoted_end, suffixes) == quoted_end:
            right_end, stop = right_end + 1, quoted_end  # 出席在东莞举办的“某某招商推介会”: the name in quotes
        while stop < sent.end and stop != quoted_end:
            quoted = _QUOTED_WORD.match(text, stop)
            if quoted and quoted.end() <= sent.end:  # 村“两委”干部培训会: a quoted phrase inside the name
                stop = quoted.end()
            elif text[stop] in ",;:。!?“”\n/|":
                break
            else:
                stop += 1
        # X活动走进P, X音乐会在P奏响, X长跑在P鸣枪起跑: held, with the name before (走进X馆 names no event)
        name_end = None if hm.group(0) in _HELD_AFTER_NAME else _meeting_end(text, right_end, stop, suffixes)
        if name_end is None and (of := _CEREMONY_OF.match(text, right_end, stop)) \
                and _meeting_end(text, of.start(1), of.end(1), suffixes) == of.end(1):
            right_end, name_end = of.start(1), of.end(1)  # 出席了某某协定的签字仪式: the ceremony of a thing
        if out and re.fullmatch(r"(?:进行|开展)了?", hm.group(0)):
            continue  # 举行专题学习会,围绕…进行集中学习研讨: what the meeting just named did
        if hm.group(0).startswith("开展") and (not name_end or text[name_end - 2 : name_end] not in ("活动", "行动", "宣讲", "学习", "研讨")):
            continue  # 开展X活动 (X行动) reports an activity; 开展工作, 开展调研 report none
        if name_end and _TIMES.match(text, name_end) or _COUNT_BEFORE.match(text, right_end):
            continue  # 先后召开常委会会议、常务会议40余次, 召开3次学习会: a tally, not a meeting held
        ongoing = text.startswith("的", hm.end()) and "正在" in text[max(sent.start, hm.start() - 24) : hm.start()]
        if name_end and (ongoing or not _REFERENCE_AFTER.match(text, name_end)) and name_end - right_end <= 50:
            name = _DOUBLED_SUFFIX.sub(r"\1", _DATE_WORDS.sub("", text[right_end:name_end]))  # 誓师大会大会: a typo
            if _REACH_ONLY.fullmatch(name):
                continue  # the county's meeting told before, by its reach alone
            if name == "仪式" and re.match(r",?欢迎", text[name_end : name_end + 3]):
                name = "欢迎仪式"  # 主持仪式,欢迎某总理访华: the welcome it holds names it
            bare = name.lstrip("了")
            if attend and text[hm.start() - 1 : hm.start()] == "所":
                continue  # 对所参加的专题民主生活会进行点评: the ones they took part in, elsewhere
            if attend and (len(bare) <= 2 or bare in lex.meeting_suffixes and not bare.endswith("仪式")
                           or _SITTING.fullmatch(bare)  # 出席了开幕大会: a sitting of the article's session
                           or re.fullmatch(r"[主分]会场(?:会议|大会)?", bare)  # 出席主会场会议: where, not what
                           or re.fullmatch(r"(?:观摩|拉练)活动", bare)):  # 参加观摩活动: the article's 现场观摩会
                continue  # 出席会议, 出席开幕式: the article's own meeting, not a new one (出席签约仪式 is one)
            if attend:
                name = re.sub(r"(代表团|组)的(审议|讨论)$", r"\1\2", re.sub(r"^了", "", name))  # 参加了高新区代表团的审议
                if name.startswith(("有关", "各")) or _KINDS_JOINED.match(name):
                    continue  # 分别参加了有关代表团的审议: sittings not named, no event to join; 参加考察和会议: those told
                clause_start = _clause_start(text, hm.start(), sent.start)
                if _PLAN.search(text, clause_start, hm.start()):
                    continue  # 此次来访将参加X: a plan
                if _BECAUSE.search(text, clause_start, hm.start()):
                    continue  # 甲因在京出席X,未出席本次会议: why someone was elsewhere
                if _COUNTED_PEOPLE.search(text, clause_start, hm.start()):
                    continue  # 全市共1100名领导干部参加了X: a tally of many meetings' people
                if _REPORTED_PAST.search(text, clause_start, hm.start()):
                    continue  # 报告了一年来参加闭会期间活动的情况: what a report tells of
                if not _NOT_A_NAME.search(name):
                    out.append((name, right_end, name_end, None))
                continue
            if _planned(text, _clause_start(text, hm.start(), sent.start), hm.start()):
                continue  # 关于召开…, 将在…举行, 会议决定,下周二召开…: a plan, not a report
            if _MANY_ORGANS.search(text[_clause_start(text, hm.start(), sent.start) : hm.start()]):
                continue  # 各乡镇分别召开人民代表大会: many meetings at once, none of them told
            if _MEANS_BEFORE.search(text, sent.start, hm.start()) and _MEANS_AFTER.match(text, name_end):
                continue  # 采取发放意见表、召开座谈会等方式: a way of working, no event told
            if _PAST_YEAR.search(text, _clause_start(text, hm.start(), sent.start), hm.start()):
                continue  # 去年举办了3期培训班: a tally of last year, no news
            if _DESCRIBES.fullmatch(text, _clause_start(text, hm.start(), sent.start), hm.start()):
                continue  # 这是在华东举行的首个博览会: what the event just told is, not another one
            if not _NOT_A_NAME.search(name):
                subj_start = _clause_start(text, hm.start(), sent.start)
                raw_subject = text[subj_start : hm.start()]
                if out and hm.group(0).startswith("讲授") and raw_subject.startswith(("并", "还")):
                    continue  # 开展主题党日活动,并讲授微党课: the lesson is part of the activity
                if out and out[-1][0].endswith("活动") and hm.group(0).startswith("举行") and not name.endswith("活动"):
                    continue  # 开展主题党日活动,在操场举行升旗仪式: what the activity did
                if _DURING_MEETING.match(raw_subject) or _AT_THE_MEETING.match(text, sent.start) \
                        or re.search(r"(?:出席|参加)(?:会议|大会|活动)并$", raw_subject):
                    continue  # 会上还举行了宣誓仪式, 出席会议并讲授党课: a part of the meeting, not another event
                if raw_subject.startswith("图为"):
                    continue  # 图为开班仪式现场: a picture of what the story told
                # 某某主持召开…: a person holds it, no organ to name it after
                held_by_person = any(subj_start <= p.start and p.end <= hm.start() for p in persons)
                subject = "" if held_by_person or re.search(r"主持|出席|参加|会见|(?<![针相绝面应核])对(?![口接标照])", raw_subject) \
                    or hm.group(0).startswith("开展") and not name.endswith(("学习", "研讨")) or re.search(r"[和与、].*(?:联合|共同)$", raw_subject) \
                    else _strip_subject(raw_subject)
                if subject and subject not in _SUBJECT_SKIP and not name.startswith(subject) \
                        and not re.match(r"[为向给对]", raw_subject) \
                        and not re.match(r"全(?:国|省|市|县|区|州|盟|旗|镇|乡|系统|行业)", name) \
                        and len(re.sub(r"\([^()]*\)", "", subject)) <= 16 and not re.search(r"[长记任席]$", subject) \
                        and not text[right_end - 1] == "的":
                    name = subject + name
                if len(name) <= 2:
                    continue  # a bare 会议 with no one holding it
                place = None
                pm = _PLACE.search(text, sent.start, name_end + 12)
                if pm and pm.end() <= sent.end:
                    place = pm.group(1)
                cut = _joined_meeting_cut(text, right_end, name_end, suffixes)
                if cut:  # 主持召开A和B: two meetings, one after the other
                    out.append((name[: len(name) - (name_end - cut[0])], right_end, cut[0], place))
                    out.append((text[cut[1] : name_end], cut[1], name_end, place))
                else:
                    out.append((name, right_end, name_end, place))
                continue
        if attend or hm.group(0).startswith("开展"):
            continue
        # X召开 / X在P举行
        left = _clause_start(text, hm.start(), sent.start)
        if text[left - 1 : left] == "的":  # X今天在他的家乡P举行: the 的 is inside the place
            wide = left - 1
            while wide > sent.start and text[wide - 1] not in ",;:。!?\n":
                wide -= 1
            if 0 <= text.rfind("在", wide, hm.start()) < left:
                left = wide
        seg_end = hm.start()
        if _planned(text, left, hm.start()) or re.match(r"[前后时]|之[前后]", text[hm.end() : hm.end() + 2]):
            continue  # (座谈会召开前,甲来到…: when, not a meeting held)
        if re.search(r"对(?:此次|本次|这次|该次?|今天的)", text[left : hm.start()]) \
                or hm.group(0).startswith("进行") and re.search(r"(?<![针相绝面应核])对[^,。;]{1,16}$", text[left : hm.start()]):
            continue  # 甲对此次民主生活会进行了点评, 甲对观摩活动进行了点评: what is commented on, not held
        if _MANY_ORGANS.search(text[left : hm.start()]):
            continue  # 各乡镇相继召开人民代表大会: many meetings at once, none of them told
        pm = re.search(r"在(?!这里|那里|此地)([\u4e00-\u9fff0-9A-Za-z]{1,24}?)(?:隆重|联合|共同|正式|胜利|圆满|顺利|精彩|如期|盛大|组织|鸣枪|鸣锣)?$", text[left:seg_end])
        place = pm.group(1) if pm else None
        seg = re.sub(r"^.*宣布", "", text[left:seg_end])  # 某某宣布大会开幕: a person opens it, no organ names it
        seg = _DATELINE_OFF.sub("", seg)  # 新华社某地1月29日电(记者某某)X年会29日在某地开幕
        seg = re.sub(r"^(?:(?:[0-9]{1,2}月)?[0-9]{1,2}[日号]|备受瞩目的|隆重)", "", seg)
        seg = re.sub(r"^一[场次堂](?:[^,。;]{0,20}的)?", "", seg)  # 一场围绕“停车难”的居民议事会: one, told as such
        stripped = _strip_subject(seg)
        if not stripped and left - 1 > sent.start and text[left - 1] == ",":
            # X在完成各项议程后,在某地胜利闭幕: the subject stands in the clause before
            seg_end = left - 1
            seg = _AFTER_AGENDA.sub("", text[_clause_start(text, seg_end, sent.start) : seg_end])
            seg_end -= len(text[_clause_start(text, seg_end, sent.start) : seg_end]) - len(seg)
            stripped = _strip_subject(seg)
        seg_end -= len(seg) - seg.rfind(stripped) - len(stripped) if stripped and stripped in seg else 0  # seg ends at seg_end
        # (X演练在某村举行: a drill held is named like a meeting, though 观摩演练 names none)
        drill = stripped.endswith("演练") and not hm.group(0).startswith("进行") and "对" not in stripped
        # (X典礼暨“开学第一课”: a joint event named by its first part)
        if stripped and (any(_SERIES_NUMBER.sub("", part).rstrip("”").endswith(lex.meeting_suffixes)
                             for part in stripped.split("暨")) or drill) \
                and len(stripped) <= 50 and not _NOT_A_NAME.search(stripped) and len(stripped) > 2:
            start = seg_end - len(stripped)
            # X活动在某地启动, X培训班开班: the ceremony that starts it
            ceremony = "启动仪式" if hm.group(0).startswith("启动") and stripped.endswith(("活动", "行动")) \
                else "开班仪式" if hm.group(0).startswith("开班") and stripped.endswith("班") else ""
            if not _REFERENCE_BEFORE.search(text[sent.start : start]):
                out.append((stripped + ceremony, start, seg_end, place))
    for om in _OPENED.finditer(text, sent.start, sent.end):
        if _in_quoted_speech(text, om.start()):
            continue
        # 某中心正式揭牌投用, 首届樱桃节在某镇开幕: the ceremony that opens it, named after it
        left = _clause_start(text, om.start(), sent.start)
        if text[left - 1 : left] == "的":
            continue  # 大会在雄壮的国歌声中开幕: the clause goes back past 的 to what opens
        if re.search(r"(?:同步|同时|随即)$", text[left : om.start()]) or _AT_A_CEREMONY.match(text, sent.start):
            continue  # 启动仪式上,…非遗市集同步开市: a part of the ceremony told
        if any(s <= om.start() < e or left <= s < om.end() for _, s, e, _ in out) or _planned(text, left, om.start()):
            continue
        if any(left <= p.start < om.start() and _OPENS_IT.search(text, p.end, om.start()) for p in persons):
            # 会后,甲、乙共同为县“职工书屋”揭牌: after the meeting, a ceremony of its own
            after = _AFTER_MEETING.match(text, sent.start)
            unveiled = re.search(r"为([^,。;为]{2,20})$", text[left : om.start()]) if after and om.group(2) == "揭牌" else None
            if unveiled:
                out.append((unveiled.group(1) + "揭牌仪式", left + unveiled.start(1), om.end(), None))
            continue  # 县长甲宣布夜市开市: who opens it (甲院士专家工作站揭牌: a name inside the place's)
        pm = re.search(r"在([\u4e00-\u9fff0-9A-Za-z]{2,16}?)$", text[left : om.start()])
        seg_end = pm.start() + left if pm else om.start()
        seg = re.sub(r"^(?:(?:[0-9]{1,2}月)?[0-9]{1,2}[日号]|备受瞩目的|隆重)", "", _DATELINE_OFF.sub("", text[left:seg_end]))
        seg = re.sub(r"^“[^“”]{2,24}”——", "", seg)  # “奋斗七十载”——某某成就展: its motto before its name
        stripped = _strip_subject(seg)
        jointly = om.group(1)  # 二季度15个重点项目集中开工: many at one ceremony, not a tally
        if jointly and re.search(f"集中{om.group(2)}[\u4e00-\u9fff]{{0,4}}(?:活动|仪式|典礼|大会)", text[max(0, om.start() - 400) : om.start()]):
            continue  # 集中开工活动在某地举行。全市64个项目集中开工: the ceremony told already
        told = _COUNTED.sub("", stripped) if jointly else stripped
        if 3 <= len(stripped) <= 30 and text.endswith(stripped, 0, seg_end) and not _NOT_A_NAME.search(told) \
                and not _NOT_OPENED.search(told) and (_OPENING_CEREMONY[om.group(2)] or _SHOW.search(stripped)):
            out.append((told + (jointly or "") + _OPENING_CEREMONY[om.group(2)], seg_end - len(stripped), om.end(),
                        pm.group(1) if pm else None))
    # 市委第二巡察组向某局党组反馈巡察情况: the feedback meeting, named by the whole clause
    for fm in _FEEDBACK_MEETING.finditer(text, sent.start, sent.end):
        if not out and not _planned(text, fm.start(), fm.start(1)):  # (X反馈会召开,巡察组向…反馈: what it did)
            out.append((fm.group(1), fm.start(1), fm.end(1), None))
    # 县法院公开开庭审理了被告人甲故意伤害一案 / 一起某某案在这里公开开庭审理: a public hearing
    for cm in _HEARING.finditer(text, sent.start, sent.end):
        case = re.sub(r"^(?:了|被告人?|原告|一起)+|一$", "", cm.group(1) or cm.group(2) or cm.group(3))
        if 2 <= len(case) <= 40 and not _planned(text, _clause_start(text, cm.start(), sent.start), cm.start()):
            name = "旁听" + case + "案庭审" if cm.group(3) else "公开开庭审理" + case + "案"
            out.append((name, cm.start(), cm.end(), None))
    # 某某在X会议上指出, 在X闭幕式上: a named meeting someone took part in
    caption = text.startswith("图为", sent.start)  # 图为新党员在入党宣誓仪式上宣誓: the article's event, pictured
    for am in () if caption else _AT_MEETING.finditer(text, sent.start, said.end() if said else sent.end):
        if text.startswith("中", am.end()) and not re.search(r"代表团的?(?:讨论|审议)$", am.group(1)):
            continue  # 组成人员在分组审议中认为: the sitting's business, no delegation's sitting
        # 在银监会的年度工作会议上, 在某代表团的讨论中: the organ's meeting, the delegation's sitting
        name = re.sub(r"^([\u4e00-\u9fff]{2,8}(?:会|委|部|局|厅|院|办))的(?=[^的]{2,}(?:会议|大会)$)|(?<=代表团)的(?=讨论$|审议$)", r"\1",
                      _DATE_WORDS.sub("", am.group(1)))
        if _REACH_ONLY.fullmatch(name):
            continue  # the county's meeting told before, by its reach alone
        if len(name) > 3 and (name.endswith(lex.meeting_suffixes) or re.search(r"代表团(?:讨论|审议)$", name)) \
                and not _NOT_A_NAME.search(name) and not _REFERENCE_AFTER.match(text, am.end()) \
                and not _PLAN.search(text, _clause_start(text, am.start(), sent.start), am.start()) \
                and all(not (s <= am.start(1) < e) for _, s, e, _ in out):
            out.append((name, am.start(1), am.end(1), None))
    # 当天下午,甲在某医院为医务人员作了题为《…》的学术讲座: a lecture of its own time and place
    lecture = _LECTURE.search(text, sent.start, sent.end) if _OWN_TIME.match(text, sent.start) else None
    if lecture and all(not (s <= lecture.start(2) < e) for _, s, e, _ in out):
        out.append((f"《{lecture.group(2)}》{lecture.group(3)}", lecture.start(2) - 1, lecture.end(3), lecture.group(1)))
    return out


def _names_a_gathering(text: str, start: int, end: int) -> bool:
    """A meeting's name ending between start and end (组建“百姓宣讲团”: a team, none)."""
    return any(not re.match(r"[团队员]", text[m.end() : m.end() + 1])
               for m in _patterns().suffixes.finditer(text, start, end))


def _in_quoted_speech(text: str, pos: int) -> bool:
    """“审批快了,项目就能早一天开工。”: inside what someone said, no event is held (a quoted
    name, 村“两委”会议, holds no punctuation)."""
    line = text.rfind("\n", 0, pos) + 1
    opened = text.rfind("“", line, pos)
    if opened < 0 or text.rfind("”", opened, pos) >= 0:
        return False
    closed = text.find("”", pos)
    return bool(re.search(r"[,。!?;:]", text[opened + 1 : closed if closed >= 0 else len(text)]))


def _planned(text: str, clause_start: int, held: int) -> bool:
    """Whether the clause holding a meeting announces it (将于…召开) or follows a decision
    (会议确定,X于2月12日召开)."""
    return bool(_PLAN.search(text, clause_start, held) or _DECIDED.search(text, max(0, clause_start - 8), clause_start))


def _joined_meeting_cut(text: str, start: int, end: int, suffixes) -> tuple[int, int] | None:
    """(end of A, start of B) where text[start:end] is ``A和B`` and both are meeting names
    (县政府党组会议和县政府常务会议); None for one name (县住房和城乡建设局工作会议)."""
    joins = list(_JOINED_MEETINGS.finditer(text, start, end))
    if len(joins) != 1:
        return None  # 先后召开A、B和C: a list, not two meetings held in a row
    for m in joins:
        first, second = text[start : m.start()], text[m.end() : end]
        if len(first) > 3 and len(second) > 3 and any(suffixes.fullmatch(first, k) for k in range(max(0, len(first) - 6), len(first) - 1)):
            return m.start(), m.end()
    return None


def _trigger_events(text: str, sent: Sentence, persons: list[Mention], lex,
                    until: int | None = None) -> list[tuple[str, str, int, int, Mention]]:
    """(name, kind, start, end, doer) for talks, inspections and visits with a doer
    (a trigger before ``until``, where the sentence's meeting begins)."""
    kind_of = lex.event_triggers.get
    out = []
    for tm in _patterns().triggers.finditer(text, sent.start, sent.end if until is None else until):
        doers = [p for p in persons if sent.start <= p.start and p.end <= tm.start() and not _entrusting(text, p)]
        doer_after = None if doers else _doer_after_while(text, sent, persons, tm)
        if doer_after is not None:
            doers = [doer_after]  # 在某地调研时,市委书记甲强调: the one who speaks did it
        if not doers:
            continue
        parallel = _parallel_doer(text, out[-1][3], doers, out[-1][4]) if out else None
        if parallel is not None and kind_of(tm.group(0)) == out[-1][1]:
            doers = [parallel]  # 甲到A镇督导,乙到B镇督导
        elif out and (kind_of(tm.group(0)) == out[0][1] or not _HELD_BEFORE.search(text, sent.start, tm.start())):
            continue  # one event a sentence, unless another kind is held (考察交流,两地举行座谈)
        clause_end = tm.end()
        while clause_end < sent.end and text[clause_end] not in ",。;":
            clause_end += 1
        if _REFERS_TO_SPEECH.search(text, tm.end(), clause_end + 1) and "时指出" not in text[tm.end() : clause_end + 2]:
            continue
        if _REGARDS.search(text, sent.start, tm.start()) and not _WENT.search(text, sent.start, tm.start()):
            continue
        if _TRIGGER_NOT_EVENT.search(text, sent.start, tm.start()) or _TRIGGER_NOT_EVENT_AFTER.match(text, tm.end()) \
                or text[tm.start() - 1 : tm.end()] == "团拜会":
            continue
        if _IN_PAPER_TITLE.search(text, sent.start, tm.start()) and _PAPER_AFTER.match(text, tm.end()):
            continue
        if kind_of(tm.group(0)) == "talks" and (_TRIGGER_AFTER_TIME.match(text, tm.end()) or
                                                text[tm.start() - 1 : tm.start()] == "在" and text[tm.end() : tm.end() + 1] in ("中", "时", "上")):
            continue  # 会见时在座, 会谈后, 某某在会见中表示: the talks already reported
        if kind_of(tm.group(0)) == "talks" and (text[tm.start() - 1 : tm.start()] == "的"
                                                or _TALKS_TOLD_OF.match(text, tm.end())):
            continue  # 与某某的会谈是…, 华盛顿会谈的情况, 会谈没有取得…: talks told of, not reported here
        if _SENTENCE_PLAN.search(text, _clause_start(text, doers[0].start, sent.start), tm.start()):
            continue  # (戏台即将投入使用,7月3日,某某来到该村…看望慰问: an earlier clause's plan)
        if _ELSEWHERE.search(text, doers[0].end, tm.start()):
            continue  # 也分别到有关讨论组看望委员: the groups are not named, no event to join
        if tm.group(0) in ("赶赴", "奔赴", "坐镇") and not _COMMANDS_ON_SCENE.search(text, tm.end(), sent.end):
            continue  # 连夜赶赴现场,组织指挥抢险: leading a rescue in person (赶赴北京参加会议 is a journey)
        if tm.group(0) == "参观" and not (text.startswith("一行", doers[0].end)
                                         or _ESCORTED_BY.search(text, doers[0].end, tm.start())):
            continue  # 甲一行在乙陪同下参观了…: a guest's tour; 参观展览 beside a ceremony is part of it
        if _ATTENDED_THEN.search(text, doers[0].end, tm.start()):
            continue  # 出席活动,并到各诊台看望医务人员: a part of the event attended
        if _SPEECH_BEFORE.search(text, doers[0].end, tm.start()):
            continue  # 某某强调:一是加强监督检查: a task in what was said, not an inspection
        if tm.group(0).endswith("察看") and _WENT_TO.search(text, doers[-1].end, tm.start()):
            continue  # 深入柳溪镇、东关镇,实地察看…: the trip names the inspection
        if _TOPIC_BEFORE.search(text, max(sent.start, tm.start() - 40), tm.start()) \
                and _ADVICE.match(text, tm.end(), clause_end + 40) \
                or _SPEECH_TOPIC.search(text, max(sent.start, tm.start() - 40), tm.start()) and _SPOKE_ON.match(text, tm.end(), clause_end):
            continue  # 围绕规范执法检查、加强用工保障等提出意见建议, 就某某督导等工作作交流发言: a topic of what they said
        if _MEETING_SUBJECT.match(text, sent.start):
            continue  # 会议学习贯彻某某的讲话精神,观摩交流…经验: what the meeting did, no trip of its own
        if _HABITUAL.search(text, doers[0].end, tm.start()):
            continue  # 多次到湘西视察: a habit, not a reported event
        kind = lex.event_triggers[tm.group(0)]
        led = _LED_BY_HEAD.match(text, tm.end(), clause_end)  # 会见了以某某为团长的某某代表团: the delegation
        om = _EVENT_OBJECT.match(text, led.end() if led else tm.end(), clause_end)
        what = om.group(1)  # 会见了X一行, 调研X工作
        if what.endswith("一") and text.startswith("行", om.end(1)):
            what = what[:-1]  # (…克劳斯·贝克尔一|行: the object cut at the limit inside 一行)
        if doer_after is not None:
            what = re.sub(r"(?:时|期间)$", "", what)
        if kind == "inspection":
            pm = re.search(r"在([\u4e00-\u9fff]{2,8})$", text[sent.start : tm.start()])
            if pm and pm.group(1).endswith(("陪同下", "带领下", "陪同")):
                pm = None  # 在乙的陪同下参观: who went along, no place
            mod = re.search(r"(专题|实地|蹲点|督导|走访|检查|执法)$|(?<=开展)([\u4e00-\u9fff]{2,8})$", text[sent.start : tm.start()])
            name = ("在" + pm.group(1) if pm else mod.group(mod.lastindex) if mod else "") + tm.group(0) + what  # (开展安全生产检查)
            if not what and (om := _OBJECT_BEFORE.search(text, sent.start, tm.start())):
                name = tm.group(0) + om.group(1)  # 对城区宾馆消防安全工作进行检查: 检查城区宾馆消防安全工作
            elif not what and not pm and (dest := _DESTINATION.search(text, doers[-1].end, tm.start())):
                name = re.sub(r"(?:进行|开展)$", "", dest.group(0)) + tm.group(0)  # 到某集团(进行)调研: where, when nothing says what
        else:
            name = tm.group(0).removeprefix("举行") + what
        out.append((name, kind, tm.start(), doer_after.end if doer_after else tm.end(), doers[0]))
    if not out and until is None:  # (某某到某地开展走访慰问活动: the activity is the event)
        out += _trip(text, sent, persons)
    return out


def _reports_heard(text: str, sent: Sentence, persons: list[Mention]) -> list[tuple[str, int, int, str | None]]:
    """当晚,甲在某宾馆听取了市委、市政府工作汇报: a sitting of its own, told by the time that opens it
    (on a visit, after the day's stops), named by what was reported."""
    opening = _NEW_SITTING_TIME.match(text, sent.start)
    if not opening:
        return []
    heard = _HEARD_REPORTS.search(text, opening.end(), sent.end)
    if not heard or not any(opening.end() <= p.start and p.end <= heard.start() for p in persons) \
            or re.search(r"[,;]", _CONVENED.sub("", text[opening.end() + 1 : heard.start()])):
        return []
    return [("听取" + heard.group(2) + "汇报", heard.start(2), heard.end(), heard.group(1))]


def _entrusting(text: str, person: Mention) -> bool:
    """受县委书记甲委托,乙…调研: 甲 sends 乙 and takes no part."""
    start = _title_start(text, person)
    return bool(_ENTRUSTED.match(text, person.end)) and re.search(r"受(?:[^,。;受]{0,40}?[、和])?$", text[max(0, start - 45) : start]) is not None


def _doer_after_while(text: str, sent: Sentence, persons: list[Mention], tm: re.Match) -> Mention | None:
    """在某地调研时,市委书记甲强调: the person who opens the clause after 在…时, the trip's doer."""
    opening = text[_clause_start(text, tm.start(), sent.start) : tm.start()]
    during = _WHILE_THERE.match(text, tm.end(), sent.end)
    if not during or not re.fullmatch(r"(?:[0-9一二三四五六七八九十]{1,3}月)?(?:[0-9一二三四五六七八九十]{1,3}日)?"
                                      r"(?:上午|下午)?[,]?(?:在|到)[^,。;]{1,30}", opening):
        return None
    return next((p for p in persons if p.start >= during.end() and _title_start(text, p) == during.end()), None)


def _led_in_headline(kind: str, roles: set[str]) -> bool:
    """A headline says who led an inspection or a visit (甲率团赴某省考察): its chair,
    whatever else the body tells of them."""
    return kind in ("inspection", "visit") and "chair" in roles


def _same_trip(told: str, kind: str) -> bool:
    """A later trigger of ``kind`` by the same doer is a stop of the ``told`` event:
    the same kind, or a visit on an inspection and back (调研…,并看望慰问值班民警)."""
    return told == kind or {told, kind} == {"inspection", "visit"}


def _parallel_doer(text: str, last_end: int, doers: list[Mention], last_doer: Mention) -> Mention | None:
    """The one who opens a new clause after the last trigger and does the same again
    (县委书记甲到A镇督导,县长乙到B镇督导): that clause's doer, else None."""
    later = [p for p in doers if p.start > last_end and p.text != last_doer.text]
    if not later or not re.search(r"[,;,;]", text[last_end : later[0].start]):
        return None
    return later[0]


def _trip(text: str, sent: Sentence, persons: list[Mention]) -> list[tuple[str, str, int, int, Mention]]:
    """某某一行赴某地学习考察: an inspection with no trigger word, told as the doer's journey."""
    for p in persons:
        if p.start < sent.start:
            continue
        m = _TRIP.match(text, p.end, sent.end)
        if m and not _SENTENCE_PLAN.search(text, sent.start, m.start(1)) and not _HABITUAL.search(text, p.end, m.start(1)):
            doers = [q for q in persons if sent.start <= q.start and q.end <= p.end]
            return [(re.sub(r"[,，]", "", m.group(1)), "inspection", m.start(1), m.end(1), doers[0])]
    return []


def _event_id(doc_id: str, name: str, start: int) -> str:
    return hashlib.sha1(f"{doc_id}|{start}|{name}".encode()).hexdigest()[:16]


def _sentence_date(text: str, sent: Sentence, before: int) -> str | None:
    """The date phrase of an event: the last one before its trigger, else the first."""
    found = [m for m in DATE.finditer(text, sent.start, sent.end)
             if not _SPAN_START.match(text, m.end())]  # 自1998年1月1日起: when a rule starts, no event's day
    if not found:
        return None
    clause_end = re.compile(r"[,;。]").search(text, before, sent.end)
    bound = clause_end.start() if clause_end else sent.end  # “某研讨会”8日在某地举行: 8日 is the meeting's
    prior = [m for m in found if m.start() < bound]
    m = prior[-1] if prior else found[0]
    return m.group(0)


def _opens_news_item(text: str, sent: Sentence) -> bool:
    """A paragraph that opens with its own date (``日前,``, ``9月2日,``): on a digest page
    it starts another item, whatever the article split made of it."""
    at_paragraph = sent.start == 0 or text[sent.start - 1] == "\n"
    if at_paragraph and (_MONTH_HEADING.search(text, 0, sent.start) or _CHRONICLE_YEAR.search(text, 0, 80)):
        return True  # a chronicle (大事记): each paragraph is an item of its own
    m = DATE.match(text, sent.start + (text[sent.start : sent.start + 1] in _BULLETS))
    return at_paragraph and m is not None and re.match(r"(?:上午|下午|晚上|中午|凌晨)?(?:,|$)", text[m.end() : m.end() + 3]) is not None \
        or at_paragraph and _NEXT_DAY.match(text, sent.start) is not None  # 翌日上午,某某又深入…: another day's trip


def _earlier_date(text: str, art: Article, before: int, reach: int = 300) -> re.Match | None:
    """The date of a sentence that gives none: the last date phrase opening a clause in
    the article's sentences before it (``11月19日上午,…。上午11时许,某某到…看望``), not one
    in a plan (``11月20日,将召开…``); at most ``reach`` characters back."""
    floor = max(art.start, before - reach)
    for m in reversed(list(DATE.finditer(text, floor, before))):
        if _in_quoted_speech(text, m.start()):
            continue  # “昨晚下了一夜雨。”: a day in what someone said
        opens_clause = m.start() == floor or text[m.start() - 1] in ",;:。!?\n) 讯电【〔[”" + _BULLETS
        if not (opens_clause or m.group(7) and text[m.start() - 1] not in "了的将对把和与及" and m.group(7) not in ("近期", "连日来")
                or text.startswith(("电", "讯"), m.end())):
            continue  # inside a clause (去年12月以来的…, 通报了近期雨情): not the date of what follows
        begin = max(text.rfind("。", floor, m.start()), text.rfind("\n", floor, m.start())) + 1
        end = text.find("。", m.end(), before)
        if not _SENTENCE_PLAN.search(text, begin, end if end > 0 else before):
            return m
    return None


def _days_after(text: str, since: int, until: int) -> int:
    """How many days on from a date told at ``since`` the text has moved by ``until``:
    the clauses opened by 次日 or 翌日 in between (6月14日…。次日上午,…。当天下午,…), less those
    opened by the day before (推介会前一天,…)."""
    def opening(pattern: re.Pattern) -> int:
        return sum(1 for m in pattern.finditer(text, since, until) if m.start() == since or text[m.start() - 1] in ",;:。\n")
    return opening(_NEXT_DAY) - opening(_DAY_BEFORE)


def _heading_date(text: str, art: Article, sent: Sentence) -> re.Match | None:
    """The day a heading of its own gives an item (5月6日(星期一), 【10月15日】 over a leader's
    week told day by day), unless a paragraph in between opens with its own date."""
    for start, end in reversed(art.headline_spans):
        m = DATE.search(text, start, end)
        if m and m.group(7) is None and re.search(r"[月/.-]", m.group(0)) \
                and _BARE_DAY_HEADING.fullmatch(text[start : m.start()] + text[m.end() : end]):
            if any(DATE.match(text, art.start + para.end()) for para in re.finditer(r"\n\s*", text[art.start : sent.start])):
                return None
            return m
    return None


def _lead_date(text: str, art: Article, sent: Sentence) -> re.Match | None:
    """The date that opens an article's lead (``12月5日上午,某某到…``), for an event told
    further on with no date of its own, unless a paragraph in between opens with its own
    date (another news item on a digest page)."""
    lead = _LEAD_PREFIX.match(text, art.start)
    m = DATE.match(text, lead.end() if lead else art.start)
    if m is None or m.end() > sent.start:
        return None
    for para in re.finditer(r"\n\s*", text[m.end() : sent.start]):
        if DATE.match(text, m.end() + para.end()):
            return None
    return m


def _bigrams(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)} or {s}


# the long and short forms of the same organs and sessions (中央纪委第二次全体会议 / 中纪委二次全会)
_SHORT_FORMS = (("人民代表大会", "人大"), ("政治协商会议", "政协"), ("纪律检查委员会", "纪委"), ("中央纪委", "中纪委"),
                ("常务委员会", "常委会"), ("全体委员会议", "全会"), ("全体会议", "全会"))


_HELD_AFTER_NAME = {"走进", "奏响", "开跑", "起跑", "开赛", "开演"}
_AFTER_AGENDA = re.compile(r"在[^,。;]{1,16}?(?:后|之后|之际|声中)$")  # (X)在完成各项议程后
_AT_DELEGATION = re.compile(r"在((?!有关|各)[\u4e00-\u9fff、]{2,16}?(?:代表团|讨论组|联组))(?:,|上,?|审议时,?|讨论时,?)")
_TO_DELEGATION = re.compile(r"(?:来到|到)((?!有关|各)[\u4e00-\u9fff、]{2,16}?(?:代表团|讨论组|联组))(?=[,。;])")
_DELEGATION_REVIEWS = re.compile(r"(?:(?<=[的,。;\n])|^)(?!上午|下午|晚上|当天)((?:(?![的在和与了各])[\u4e00-\u9fff]){1,8}代表团)"
                                 r"(?:在[^,。;]{1,10}?)?(分组|全体会议)?审议了?([^,。;]{2,20}?报告)", re.MULTILINE)
_ELSEWHERE = re.compile(r"分别(?:参加|出席|来到|到)了?(?:有关|所在)[^,。;]{0,8}?(?:代表团|讨论组|小组|界别|分会场)")
_EACH_ELSEWHERE = re.compile(r"(?:分别|分头)(?:到|深入|前往|来到)(?:各自|所|有关|各)")  # 等县领导分别到各自联系乡镇
_GROUP_REVIEW = re.compile(r"(?:代表团|讨论组|小组|联组)(?:分组)?(?:审议|讨论)")
_GROUP_SESSION = re.compile(r"(?:代表团|讨论组|小组|联组)(?:审议|讨论)$")  # a session's group sitting
_SCOPE = re.compile(r"全(?:国|省|市|县|区|州|盟|旗)")  # the reach a meeting's name opens with


def _apart_by_name(a: str, b: str) -> bool:
    """Two meetings whose names differ only where they say whose they are: 全国X电视电话会议 /
    全省X电视电话会议 (the province's own, held after the nation's), 河东区代表团审议 /
    高新区代表团审议 (two delegations' sittings), a session and its presidium's meeting."""
    reach_a, reach_b = _SCOPE.match(a), _SCOPE.match(b)
    group_a, group_b = _GROUP_SESSION.search(a), _GROUP_SESSION.search(b)
    return bool(reach_a and reach_b and reach_a.group(0) != reach_b.group(0)
                or group_a and group_b and a[: group_a.start()] != b[: group_b.start()]
                or ("主席团" in a) != ("主席团" in b))  # 某会议 / 某会议主席团第四次会议: its presidium's meeting


def _short_form(name: str) -> str:
    for long, short in _SHORT_FORMS:
        name = name.replace(long, short)
    return re.sub(r"第(?=[0-9一二三四五六七八九十百]+[次届期])", "", name)


def similar_names(a: str, b: str) -> bool:
    short_a, short_b = _short_form(a), _short_form(b)
    if (short_a, short_b) != (a, b):
        return _similar_names(short_a, short_b)
    return _similar_names(a, b)


def _similar_names(a: str, b: str) -> bool:
    if a == b:
        return True
    if _apart_by_name(a, b):
        return False
    ordinals_a, ordinals_b = [[cn_number(n) for n in _ORDINAL.findall(name)] for name in (a, b)]  # 第九次 = 第9次
    if ordinals_a and ordinals_b and ordinals_a != ordinals_b:
        return False  # 第二巡察组 / 第三巡察组, 第58次 / 第59次常务会议: two of a series
    if (len(a) >= 4 and a in b) or (len(b) >= 4 and b in a):
        return True
    if set(_BODY.findall(a)) != set(_BODY.findall(b)):
        return False  # 人大常委会第23次会议 / 人大常委会党组会议: another body's meeting
    if bool(_NUMBERING.search(a)) != bool(_NUMBERING.search(b)):  # 县政府常务会议 / 县政府2026年第9次常务会议
        return _similar_names(_NUMBERING.sub("", a), _NUMBERING.sub("", b))
    x, y = _bigrams(a), _bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y)) >= 0.6


class _RoleCues:
    def __init__(self, lex):
        self.cues = lex.role_cues
        # 作报告 also written 作了报告 and 做报告 (the lexicon lists each cue once)
        ordered = sorted(self.cues, key=len, reverse=True)
        self.pattern = re.compile("|".join(
            "[作做]了?" + re.escape(c[1:]) if c.startswith("作") and not c.startswith("作了") else re.escape(c)
            for c in ordered))
        self.fillers = lex.cue_words("filler") | lex.cue_words("group")
        self.filler_pattern = alternation(self.fillers)
        self.notperson = lex.cue_words("notperson")
        self.speech_pattern = alternation(lex.cue_words("speech"))

    def _long_occasion(self, predicate: str, pos: int) -> int | None:
        """The end of 在…上 (up to 48 characters, quotes allowed) when a role cue or a verb of saying follows."""
        if not predicate.startswith("在", pos) or re.search(r"[,。;:]", predicate[pos : pos + 48]):
            return None
        for m in _OCCASION_END.finditer(predicate, pos + 2, min(len(predicate), pos + 48)):
            if self.pattern.match(predicate, m.end()) or self.speech_pattern.match(predicate, m.end()):
                return m.end()
        return None

    def roles_in(self, predicate: str, window: int | None = None) -> set[str]:
        """Roles of the cues a predicate opens with (and those joined by 并/和/、)."""
        roles: set[str] = set()
        pos = 0
        on_occasion = False
        if _BECAUSE.match(predicate):
            return roles  # 甲因在省里参加会议,委托乙…: why 甲 was elsewhere
        while pos < len(predicate):
            if _IN_WRITING.match(predicate, pos) or _TO_REPORTER.match(predicate, pos):
                return roles
            m = _GROUP_TAIL.match(predicate, pos) or _ON_BEHALF.match(predicate, pos) or self.filler_pattern.match(predicate, pos) \
                or _ON_OCCASION.match(predicate, pos) or _FOR_WHOM.match(predicate, pos) or _AS_WHO.match(predicate, pos) \
                or _WHERE_FOR_WHOM.match(predicate, pos)
            if m and m.end() > pos:
                on_occasion = on_occasion or m.re is _ON_OCCASION
                pos = m.end()
                continue
            if (end := self._long_occasion(predicate, pos)) is not None:
                on_occasion, pos = True, end
                continue
            break
        if _WILL.match(predicate, pos):
            return roles  # 某某将出席会议并讲话: a plan, no role in what is reported
        if on_occasion and self.speech_pattern.match(predicate, pos) or _IN_OWN_SPEECH.match(predicate):
            roles.add("speaker")  # 在发布会上称, 在发言中透露: said at the event; 在致辞中代表…向…: a speech given
        if _REPORT_ON.match(predicate, pos) or window is None and _REPORT_TO.search(predicate, pos) \
                or _GIVES_TALK.match(predicate, pos) or _GIVES_SPEECH.match(predicate, pos):
            roles.add("speaker")
        if _LEADS_GROUP.match(predicate, pos):
            roles.add("chair")
        if _GOES_TO_ATTEND.match(predicate, pos) or _TOGETHER_WITH.match(predicate, pos) or _TOURS_SHOW.match(predicate, pos) \
                or _SIGNS_FOR.match(predicate, pos) or _SIGNS_WITH.fullmatch(predicate):
            roles.add("attendee")  # 等前往殡仪馆送别, 与社区居民一起包月饼, 分别代表两国政府在协定上签字
        for m in self.pattern.finditer(predicate, pos):
            if window is not None and m.start() - pos > window:
                break
            before = predicate[pos : m.start()]
            if _REF_SPEECH.search(before) or _HEARD.search(before) or predicate.startswith("精神", m.end()) \
                    or _NOT_DONE.search(before):
                continue  # (未参加此次活动: one who was not there)
            if predicate.startswith("人", m.end()) \
                    or _MEETING_NOUN_END.match(predicate, m.end()) and self.cues.get(m.group(0)) == ("speaker",):
                continue  # 主持人, 发言人, 出席反馈会: a noun, not the act
            if _HEARS.search(predicate, 0, m.start()):
                continue  # 聆听宣讲, 收看讲话: what they heard, not what they did
            if m.group(0)[:1] in "作做" and m.start() > 0 and predicate[m.start() - 1] in _ZUO_IN_WORD \
                    and re.match(r"大会|会议|会|精神", predicate[m.end() :]):
                continue  # 工作动员大会: 作 inside a meeting's name, no act
            if m.group(0) == "接待" and re.search(r"的(?:热情|亲切|盛情)?$", before):
                continue  # (受到)某某等领导的热情接待: the hosts of a visit told in passing
            if m.group(0) == "召开" and predicate.startswith("的", m.end()):
                continue  # 出席在某地召开的会议: who attends, not who holds it
            if m.group(0) == "举行" and (not _HOLDS_IN_PERSON.fullmatch(before) or predicate.startswith("的", m.end())
                                         or re.match(r"了?[^,。;]{0,8}?(?:会谈|会见|会晤|座谈|谈判|磋商|交流|签字|签约)", predicate[m.end() :])):
                continue  # 甲与乙举行会谈: the sides of talks, who hold nothing alone (甲对某公司来京举行董事会表示欢迎)
            if m.group(0) == "表示" and (re.match(r"(?:深切|亲切|诚挚|衷心|沉痛)?的?(?:慰问|哀悼|悼念|问候)", predicate[m.end() :])
                                         or re.search(r"以[^,。;]{0,6}方式$", before)):
                continue  # 握手,表示深切慰问; 以不同方式表示哀悼: regards, not a speech
            cue = m.group(0).replace("做", "作", 1)
            roles.update(self.cues.get(cue) or self.cues[cue.replace("作了", "作", 1)])
        return roles


def extract_events(clean: CleanDocument, articles: list[Article], sentences: list[Sentence],
                   mentions: list[Mention], cfg: RelationsConfig | None = None) -> list[Event]:
    """Event frames with participants for one document."""
    cfg = cfg or RelationsConfig()
    lex = load_lexicons()
    suffixes = _patterns().suffixes
    cues = _patterns().cues
    text = clean.text
    persons = [m for m in mentions if m.label == "PERSON" and m.kind != "reporter"]
    absent = {(m.article_id, m.text) for m in persons if _commemorated(text, m) or _accused(text, m)}
    persons = [m for m in persons if (m.article_id, m.text) not in absent]
    # a person's title told elsewhere in the article: the body's first, else the headline's
    # (县长某某连续三天… over a lead's 县委副书记、县长某某 shortens it)
    headlines = sorted(span for a in articles for span in a.headline_spans)

    def in_headline(m: Mention) -> bool:
        k = bisect_right(headlines, (m.start, len(text))) - 1
        return k >= 0 and m.start < headlines[k][1]

    titles_by_article: dict[tuple[str, str], str] = {}
    for m in sorted(persons, key=in_headline):
        if m.title and len(m.title) <= cfg.max_title_chars:
            titles_by_article.setdefault((m.article_id, m.text), m.title)
    persons.sort(key=lambda m: m.start)
    persons = _full_foreign_names(persons)
    _titles_after_lists(text, persons, titles_by_article)
    starts = [m.start for m in persons]

    def persons_in(sent: Sentence) -> list[Mention]:
        return persons[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]

    frames: list[_Frame] = []
    floating: list[tuple[_Frame, Mention, set[str], Sentence]] = []
    by_article: dict[str, list[Sentence]] = {}
    for s in sentences:
        by_article.setdefault(s.article_id, []).append(s)

    for art in articles:
        sents = by_article.get(art.article_id, [])
        art_frames: list[_Frame] = []
        speakers: list[Mention] = []  # who gave the speech an article prints in full
        named_so_far: set[str] = set()  # people named in the article before this sentence
        for si, sent in enumerate(sents):
            sent_persons = persons_in(sent)
            found = _meeting_events(text, sent, suffixes, lex, sent_persons) or _reports_heard(text, sent, sent_persons)
            if sent.start > art.start + 2 and not _opens_news_item(text, sent):
                # 开展X活动 opens a story (9月18日,某某开展…活动); further on it is part of another one
                found = [f for f in found if not re.search(r"开展了?$", text[max(0, f[1] - 3) : f[1]])]
            if art_frames and not DATE.search(text, sent.start, sent.end):
                # 甲为党员干部讲授了专题党课 after the article's meeting: a part of it, told on
                found = [f for f in found if not re.search(r"(?:讲授了?|上了一[场堂][^,。;]{0,20}?)$", text[max(0, f[1] - 26) : f[1]])]
            # 会见了某代表团一行,双方举行协作工作座谈会: one occasion, the talks
            found = [f for f in found if not (_BOTH_SIDES_HOLD.search(text, max(sent.start, f[1] - 8), f[1]) and any(
                lex.event_triggers.get(tm.group(0)) == "talks" for tm in _patterns().triggers.finditer(text, sent.start, f[1])))]
            # 出席开班仪式 after 某培训班开班 (its 开班仪式): the event told before, no other
            found = [f for f in found if not _CEREMONY_END.search(f[0]) or not any(
                g.event.name != f[0] and _CEREMONY_END.sub("", g.event.name).endswith(_CEREMONY_END.sub("", f[0]))
                and not g.event.from_headline for g in art_frames)]  # (开班典礼 after 某班开班: its 开班仪式)
            # 培训会在某地举行。甲出席开班仪式: the course's own opening, no other event
            found = [f for f in found if f[0] not in ("开班仪式", "开班式", "开班典礼", "开训仪式") or not any(
                re.search(r"培训|研修|班$|训练营", g.event.name) for g in art_frames)]
            # 组织开展旁听庭审警示教育活动。…旁听了某某一案的庭审: the activity told, no other event
            found = [f for f in found if not f[0].startswith("旁听") or not any(
                re.search(r"旁听|庭审", g.event.name) for g in art_frames)]
            # 宣布运动会开幕 in the 运动会开幕式's article: declares the event told, holds no other
            found = [f for f in found if text[max(0, f[1] - 2) : f[1]] != "宣布"
                     or not any(f[0] in g.event.name for g in art_frames)]
            meetings = [_frame(clean, art, sent, si, name, "other" if _OTHER_GATHERING.search(name) else "meeting",
                               start, end, place) for name, start, end, place in found]
            if si <= 2 and sent.is_headline and (speech := _SPEECH_TITLE.fullmatch(sent.text.strip())):
                # 在全县经济工作会议上的讲话 / 县委书记 甲 / (2008年3月10日): a speech printed in full
                dated = next((line for line in sents[si + 1 : si + 4] if len(line.text) <= 24 and DATE.search(line.text)), sent)
                meetings = [_frame(clean, art, dated, si, speech.group(1), "meeting", sent.start + speech.start(1),
                                   sent.start + speech.end(1), None)]
                speakers = [p for line in sents[si + 1 : si + 3] if line.is_headline for p in persons_in(line)][:1]
            # 到某地调研…,并主持召开座谈会: the inspection, then the meeting held during it
            until = min((start for _, start, _, _ in found), default=None)
            if until is None or until > sent.start:
                told_here = _trigger_events(text, sent, sent_persons, lex, until)
                for i, (name, kind, start, end, doer) in enumerate(told_here):
                    # 甲赶赴A镇,检查…;乙赶赴B港,检查…: another doer's own trip, told in parallel
                    parallel = any(k == kind and d.text != doer.text for _, k, _, _, d in told_here[:i]) \
                        or text[sent.start - 1 : sent.start] == ";" and any(
                            f.sentence_index == si - 1 and f.event.kind == kind and f.doer not in (None, doer.text)
                            for f in art_frames)
                    # (当天下午,甲一行来到某部,看望慰问官兵: after the morning's inspection, a visit of its own)
                    new_part = _LATER_PART.match(text, sent.start) is not None
                    if doer.text in named_so_far and not parallel and not _opens_news_item(text, sent) and \
                            any(_same_trip(f.event.kind, kind) and not f.event.from_headline and not (new_part and f.event.kind != kind)
                                and (kind != "talks" or similar_names(f.event.name, name)) for f in art_frames):
                        continue  # the article's own inspection or visit told stop by stop (talks with someone else are others)
                    # (someone not named before doing it is another one: 同日,市长某某…看望慰问)
                    if _escorting(text, sent, doer, end) and any(
                            f.event.kind == kind and (_SPAN.search(f.event.date_text or "")
                                                      or not DATE.search(text, sent.start, start)) for f in art_frames):
                        continue  # (4月12日至13日考察…。)13日,代表团在甲陪同下考察了…: the trip told before
                    if _CAPTION.match(text, sent.start) and any(f.event.kind == kind for f in art_frames):
                        continue  # 图:甲会见乙一行。: the article's talks, pictured
                    if re.search(r"接待|接访|下访", name) and any(re.search(r"接待|接访|信访", f.event.name) for f in art_frames):
                        continue  # 人大代表接待日活动举行。甲、乙接待来访群众: what the day is for, no other event
                    if kind == "talks" and text.startswith("后", end) and any(f.event.kind == "talks" for f in art_frames):
                        continue  # 会见后对报界说: the talks told before
                    if kind == "talks" and (at_talks := _AT_TALKS_WITH.match(text, start - 1)) and any(
                            f.event.kind == "talks" and at_talks.group(1) in f.event.name for f in art_frames):
                        continue  # (分别会见了甲和乙。)在会见乙时说: the talks with 乙 told before
                    if kind == "talks" and re.fullmatch(r"座谈(?:交流)?", name) \
                            and any(f.event.kind == "talks" and f.sentence_index >= si - 1 for f in art_frames):
                        continue  # 甲会见了访问团。乙主持座谈: the same occasion, 座谈 after 会见
                    if _ALONG.search(text, max(0, start - 4), start) and any(f.event.kind == kind for f in art_frames):
                        continue  # 甲带队督导…。乙、丙一同督导: the same inspection, more doers
                    if (kind == "inspection" and _BARE_INSPECTION.fullmatch(name) or _AT_A_SHOW.search(name)) \
                            and any(f.event.kind in ("meeting", "other") for f in art_frames):
                        continue  # 到现场观摩指导 in a meeting's or a drill's article: they watch it (观摩: attendee);
                        # 走访招聘展位 at a job fair: a part of the fair
                    if kind == "inspection" and any(f.event.kind in ("meeting", "other") and not f.event.from_headline
                                                    and re.search(re.escape(text[start : start + 2])
                                                                  + r"[\u4e00-\u9fff]{0,4}(?:会|活动)$", f.event.name)
                                                    for f in art_frames):
                        continue  # 观摩(推进)会举行。甲带领观摩团实地观摩了36个项目: the 观摩会 itself, told on
                    if kind == "inspection" and doer.text in named_so_far and not DATE.search(text, sent.start, start) \
                            and any(f.event.kind == "meeting" and _ON_SITE.search(f.event.name) for f in art_frames):
                        continue  # 召开现场办公会。在施工现场,甲察看…: the on-site meeting's own walk round the site
                    watched = re.search(r"(?:观摩|观看)了?((?:(?!观摩|观看).){2,})$", name)
                    if kind == "inspection" and watched and any(f.event.name.endswith(watched.group(1)) for f in art_frames):
                        continue  # 演练在某校举行…。甲在现场观摩演练: they watch the drill the article told
                    if kind == "inspection" and _LEADS_CAMPAIGN.search(text, doer.end, start) and art_frames \
                            and art_frames[-1].sentence_index == si - 1 and _CAMPAIGN.search(art_frames[-1].event.name):
                        continue  # 开展专项执法行动。副县长某某带队检查了…: who leads the campaign just told
                    pm = _PLACE.search(text, sent.start, end + 1)
                    frame = _frame(clean, art, sent, si, name, kind, start, end,
                                   pm.group(1) if pm and pm.end() <= end + 1 else None)
                    frame.doer = doer.text
                    before = [f for f in art_frames if f.sentence_index == si and f.event.kind == kind]
                    frame.doers_from = before[-1].trigger_end if before else 0  # (甲到A镇督导,乙到B镇督导)
                    art_frames.append(frame)
            if not found and not sent.is_headline and si + 1 < len(sents) \
                    and not any(f.sentence_index == si for f in art_frames) \
                    and (trip := _organ_trip(text, sent, sent_persons, sents[si + 1], persons_in(sents[si + 1]), lex)):
                art_frames.append(_frame(clean, art, sent, si, *trip, None))
            group_sitting = None if found or sent.is_headline or not sent_persons \
                else _AT_DELEGATION.match(text, sent.start, sent.end) or _TO_DELEGATION.search(text, sent.start, sent.end)
            if group_sitting:
                # 在南峪县代表团,市长甲与代表们交流 / 甲来到经济界讨论组: a delegation's or group's sitting
                unit = group_sitting.group(1)
                art_frames.append(_frame(clean, art, sent, si, unit + ("审议" if unit.endswith("代表团") else "讨论"),
                                         "meeting", group_sitting.start(1), group_sitting.end(1), None))
            reviews = None if found or group_sitting or sent.is_headline or any(f.sentence_index == si for f in art_frames) \
                else _DELEGATION_REVIEWS.search(text, sent.start, sent.end)
            if reviews and not _planned(text, sent.start, reviews.start()):
                # 出席省人代会的某市代表团在驻地分组审议政府工作报告: the delegation's sitting
                art_frames.append(_frame(clean, art, sent, si, reviews.group(1) + (reviews.group(2) or "") + "审议" + reviews.group(3),
                                         "meeting", reviews.start(), reviews.end(), None))
            signing = None if found or sent.is_headline else _signing(text, sent, sent_persons, art_frames)
            if signing:
                art_frames.append(_frame(clean, art, sent, si, *signing, None))
            talks = None if found or sent.is_headline else _talks_during_visit(text, sent, sent_persons, art_frames)
            if talks and any(f.event.name.endswith(("座谈会", "座谈")) for f in art_frames):
                talks = None  # 参加会见和座谈 after the 座谈会 was told: that one
            if talks:
                frame = _frame(clean, art, sent, si, talks.group(2), "talks", talks.start(2), talks.end(2), None)
                frame.doers_from = max((f.trigger_end for f in art_frames if f.sentence_index == si), default=0)
                art_frames.append(frame)
            for a, b, (_, _, a_end, _), (_, b_start, _, _) in zip(meetings, meetings[1:], found, found[1:]):
                if _JOINED_MEETINGS.fullmatch(text, a_end, b_start):
                    a.shares_with = b  # 主持召开A和B: who took part in B took part in A
            art_frames.extend(m for m in meetings if not m.past)
            named_so_far.update(p.text for p in sent_persons)
        art_frames = art_frames or _joined_talks(clean, art, sents, persons_in) \
            or _referred_meeting(clean, art, sents, persons_in) or _minutes_meeting(clean, art, sents)
        if not art_frames:
            continue
        _assign_roles(text, sents, persons_in, art_frames, cues, titles_by_article, art, cfg, floating)
        for p in speakers:  # (the one whose speech it is speaks there)
            _add(art_frames[0], p, {"speaker"}, titles_by_article, art.article_id, sents[art_frames[0].sentence_index])
        for f in art_frames:
            if f.shares_with is not None:
                for name, part in f.shares_with.people.items():
                    f.people.setdefault(name, Participant(part.person, set(part.roles), part.title, part.evidence,
                                                          part.start, part.end))
                f.event.participants = list(f.people.values())
        for f in art_frames:
            for name, part in f.headline_people.items():
                if name not in f.people:  # the body's roles win over a headline's
                    f.people[name] = part
                    f.event.participants.append(part)
                elif _led_in_headline(f.event.kind, part.roles):
                    f.people[name].roles.add("chair")
        frames.extend(frame for f in art_frames for frame in _severally(text, clean.doc_id, f))

    _settle_floating(floating, frames, titles_by_article)
    issued = clean.issue_anchor
    issued = date(issued.year, issued.month, issued.day) if issued and issued.day else None
    # (an event dated after the issue is a plan: 现将7月接访安排公布如下)
    frames = [f for f in frames if _is_reported(f) and not (issued and f.event.date and f.event.date > issued)]
    events = _merge(frames, cfg)
    if cfg.attendance_model:  # a trained model decides who took part, from the rules' output
        from pipeline.stages import attendance

        events = attendance.apply_model(clean, articles, sentences, mentions, events,
                                        attendance.load_model(cfg.attendance_model))
    # a headline's event with no one named stays only when the headline itself dates it
    return [e for e in events if e.participants or not e.from_headline
            or (e.date is not None or e.day is not None) and bool(e.date_text) and e.date_text in e.evidence]


def _commemorated(text: str, person: Mention) -> bool:
    """纪念某某主席讲话发表三周年, 某某同志诞辰90周年: whom a gathering remembers, not one who
    came (nowhere in the article)."""
    titled_from = person.start - len(person.title or "") if text.endswith(person.title or "", 0, person.start) else person.start
    return bool(_REMEMBERED_BEFORE.search(text, max(0, person.start - 8), person.start)
                or _REMEMBERED_AFTER.match(text, person.end)
                or _DECEASED.search(text, max(0, titled_from - 4), titled_from)  # 已故某村原支书某某
                or bool(re.search(r"已故|生前", person.title or "")))  # (今天到已故全国劳动模范某某家中)


def _accused(text: str, person: Mention) -> bool:
    """被告人某某, 某某涉嫌受贿一案: a party to the case a hearing tries, not one who takes part
    (nowhere in the article)."""
    return bool(_ACCUSED_BEFORE.search(text, max(0, person.start - 4), person.start)
                or _ACCUSED_AFTER.match(text, person.end))


def _is_reported(frame: _Frame) -> bool:
    """An event names people or has a day of its own: 近日,某局召开… names neither, and a
    meeting a later sentence only mentions (据悉,该局已多次召开专题会议) has no day but the
    one told before it."""
    if frame.people or frame.headline_people:
        return True
    return frame.event.day is not None and not frame.dated_before


def _ends_with_post(clause: str) -> bool:
    """县法院院长、县检察院检察长: posts whose holders the list leaves unnamed."""
    return any(m.end() == len(clause) for m in title_heads_pattern().finditer(clause))


def _told_above(current: list[_Frame]) -> list[_Frame]:
    """What 参加上述活动 joins: every event told so far, from the last trip on if there is
    one, with those of the trip's own day (带队赴深圳招商: its talks and its fair, not the
    meeting held at home the day before; a ceremony, then a tour the same day: both)."""
    trips = [i for i, f in enumerate(current) if f.event.kind in ("inspection", "visit")]
    if not trips:
        return current
    day = current[trips[-1]].event.date
    return [f for i, f in enumerate(current) if i >= trips[-1] or day is not None and f.event.date == day]


def _unread_titled_item(clause: str) -> bool:
    """县佛教协会会长、某寺住持都罕听: a list item, titled, whose name was not read."""
    return any(re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", clause[m.end() :]) for m in title_heads_pattern().finditer(clause))


def _after_unnamed_group(clause: str) -> str:
    """A clause without its unnamed subjects (市法院、市检察院负责同志列席会议 → 列席会议; 市中级人民法院院长、
    市人民检察院检察长列席会议: posts whose holders are not named); a clause
    that joins others (与干部职工一起植树) has none."""
    while not _TOGETHER_WITH.match(clause) and (m := _UNNAMED_GROUP.match(clause) or _POSTS_ONLY.match(clause)) and m.end():
        clause = clause[m.end() :]  # (各县负责人及参建单位代表共600余人参加: one group after another)
    return clause


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _organ_trip(text: str, sent: Sentence, persons: list[Mention], next_sent: Sentence,
                next_persons: list[Mention], lex) -> tuple[str, str, int, int] | None:
    """(name, kind, start, end) of an inspection an organ sends out, whose leader or members the
    next sentence names (县人大常委会组织代表对X进行视察。甲带队,乙参加视察)."""
    led = _LED_NEXT.search(text, next_sent.start, next_sent.end)
    if led is None or not any(p.end <= led.start() for p in next_persons):
        return None
    for tm in _patterns().triggers.finditer(text, sent.start, sent.end):
        if lex.event_triggers[tm.group(0)] != "inspection" or any(p.start < tm.start() for p in persons) \
                or _planned(text, sent.start, tm.start()):
            continue
        kind_of_check = re.search(r"(?:执法|专项|专题|集中)$", text[sent.start : tm.start()])  # (开展执法检查)
        if om := _OBJECT_BEFORE.search(text, sent.start, tm.start() - (len(kind_of_check.group(0)) if kind_of_check else 0)):
            # 对全县农村公路建设情况进行视察
            return tm.group(0) + om.group(1), "inspection", tm.start(), tm.end()
        if re.search(r"组织[^,。;:]{0,12}$", text[sent.start : tm.start()]):  # 组织部分委员视察全区河道整治工作
            return tm.group(0) + _EVENT_OBJECT.match(text, tm.end(), sent.end).group(1), "inspection", tm.start(), tm.end()
    return None


def _signing(text: str, sent: Sentence, persons: list[Mention], frames: list[_Frame]) -> tuple[str, str, int, int] | None:
    """(name, kind, start, end) of a signing by named people (会谈后,甲和乙分别代表两国政府签署了
    《X》), reported alone or after talks; one told at a ceremony or a meeting is part of it."""
    if frames and (frames[-1].event.kind != "talks" or any(_CEREMONY_ACT.search(f.event.name) for f in frames)) \
            or _CAPTION.match(text, sent.start) or _PHOTO_CREDIT.search(text, sent.start, _line_end(text, sent.start)):
        return None  # (a photo's caption: the ceremony its story tells)
    sm = _SIGNED.search(text, sent.start, sent.end)
    if sm is None or _AT_THE_MEETING.match(text, sent.start) or not any(
            _clause_start(text, sm.start(), sent.start) <= p.start for p in persons if p.end <= sm.start()):
        return None
    return "签署" + sm.group(1), "other", sm.start(), sm.end()


def _talks_during_visit(text: str, sent: Sentence, persons: list[Mention], frames: list[_Frame]) -> re.Match | None:
    """座谈 with nobody named holding it (与村干部座谈交流, 某某等参加座谈), once in an article
    about an inspection or a visit: the talks held during it."""
    if not any(f.event.kind in ("inspection", "visit") for f in frames) \
            or any(f.event.kind == "talks" or "座谈" in f.event.name for f in frames):
        return None  # 座谈会在县行政中心召开…某某参加座谈: the 座谈会 told of
    m = _TALKS_DURING_VISIT.search(text, sent.start, sent.end)
    if m and (m.group(1) or not any(p.end <= m.start() for p in persons)):
        return m
    return None


def _joined_talks(clean: CleanDocument, art: Article, sents: list[Sentence], persons_in) -> list[_Frame]:
    """赴省厅对接工作…厅长某某参加座谈: talks an article reports only through who joined
    them. The frame has no doer: everyone gets the roles of their own clause."""
    for si, sent in enumerate(sents):
        m = _JOINED_TALKS.search(clean.text, sent.start, sent.end)
        if m and not sent.is_headline and any(p.end <= m.start() for p in persons_in(sent)):
            return [_frame(clean, art, sent, si, m.group(1), "talks", sent.start, sent.start, None)]
    return []


def _referred_meeting(clean: CleanDocument, art: Article, sents: list[Sentence], persons_in) -> list[_Frame]:
    """某某…出席会议, 在会上讲话, 甲、乙出席联欢会 (a headline): an article (often a fragment)
    that never names its meeting but has people attend or address it. Its frame, named
    by the kind of gathering (会议, 联欢会; a kind named anywhere wins over 会议), starts
    at the body sentence that tells of it (at the body's first for a headline)."""
    body = [(si, s) for si, s in enumerate(sents) if not s.is_headline]
    if not body:
        return []
    found = []
    for si, sent in body + [(si, s) for si, s in enumerate(sents) if s.is_headline]:
        m = _attends_unnamed().search(clean.text, sent.start, sent.end)
        if m and any(p.end <= m.start() for p in persons_in(sent)):
            found.append((si, sent, m.group(1) or "会议"))
    if not found:
        return []
    si, sent, name = next((f for f in found if f[2] not in ("会议", "大会")), found[0])
    if sent.is_headline or _opens_with_date(clean.text, art):
        si, sent = body[0]  # 本报讯 今天上午,…欢聚一堂。…致辞。…出席今天的茶话会: the lead tells of it
    kind = "other" if _OTHER_GATHERING.search(name) else "meeting"
    return [_frame(clean, art, sent, si, name, kind, sent.start, sent.start, None)]


def _minutes_meeting(clean: CleanDocument, art: Article, sents: list[Sentence]) -> list[_Frame]:
    """某县人大常委会第二十七次会议纪要 over 时间:… 主持:甲 出席:乙: minutes whose headline
    names their meeting; its frame starts at the body's first line (时间:…)."""
    text = clean.text
    body = [(si, s) for si, s in enumerate(sents) if not s.is_headline]
    if not any((field := MINUTES_FIELD.match(text, s.start)) and field.group(1) for _, s in body):
        return []
    suffixes = load_lexicons().meeting_suffixes
    names = [re.sub(r"(?:纪要|简报|记录)$", "", text[s.start : s.end].strip()) for s in sents if s.is_headline]
    names = [n for n in names if len(n) > 3 and n.endswith(suffixes) and not _NOT_A_NAME.search(n)
             and not re.search(r"[>|/\s]", n)]  # (鹤浦人大网>>常委会会议: a site's breadcrumbs)
    if not names:
        return []
    # (its 时间: line dates it, not a web page's 发布时间 line before)
    si, first = next(((si, s) for si, s in body if re.match(r"时间\s*:", text[s.start : s.end])), body[0])
    place = next((m.group(1) for _, s in body if (m := re.match(r"地点\s*:\s*([^,。;:\s]{2,30})$", text[s.start : s.end]))),
                 None)
    return [_frame(clean, art, first, si, max(names, key=len), "meeting", first.start, first.start, place)]


@lru_cache(maxsize=1)
def _attends_unnamed() -> re.Pattern:
    """出席会议, 参加座谈会, 出席开幕式, 在会上讲话: a gathering of some kind, not named."""
    kinds = sorted((k for k in load_lexicons().meeting_suffixes if re.fullmatch(r".{2,}(?:会|式|典礼)", k)),
                   key=len, reverse=True)
    return re.compile(rf"(?:出席|参加|列席|主持)了?(?:今天|昨天|当天|本次|这次|此次)?的?({'|'.join(kinds)}"
                      r"|[^的,。;:\s]{2,4}(?:典礼|仪式)|会议|大会)(?![室厅场])"  # 开工典礼, 签约仪式
                      r"|在(?:会议|大会)?上(?:讲话|发言|作)")


def _opens_with_date(text: str, art: Article) -> bool:
    """The article's lead opens with when (本报讯 今天上午,…): its first sentence is the news."""
    lead = _LEAD_PREFIX.match(text, art.start)
    at = lead.end() if lead else art.start
    m = DATE.match(text, at)
    return m is not None and text[m.end() : m.end() + 1] in (",", "")


def _text_year(text: str, art: Article) -> int | None:
    """The latest year an article writes (``2013年``, ``2011杭州…慈善日``), not a target
    (``到2020年``, ``力争2015年``) nor a count (``2000余人``)."""
    years = [int(m.group(1)) for m in _WRITTEN_YEAR.finditer(text, art.start, art.end)
             if not _TARGET_BEFORE.search(text, max(art.start, m.start() - 4), m.start())]
    return max(years, default=None)


def _leap_year_day(month: int, day: int) -> date | None:
    """Month and day on a stand-in year, a leap one so that 2月29日 exists."""
    try:
        return date(2000, month, day)
    except ValueError:
        return None


def _frame(clean, art, sent, si, name, kind, start, end, place) -> _Frame:
    text = clean.text
    date_text = _sentence_date(text, sent, start)
    days_on = 0  # 次日: a day after the date told before
    month_only = _MONTH_ONLY.search(text, sent.start, start) if date_text is None else None
    dated_before = False
    if month_only:
        date_text = month_only.group(0)
    elif date_text is None and not sent.is_headline:
        # 会见后,举行了签约仪式 / 次日上午,…: the same day or the next, however long the story before
        reach = 1500 if _THEN.match(text, sent.start) or _NEXT_DAY.match(text, sent.start) \
            or _DAY_BEFORE.match(text, sent.start) else 300
        told = _earlier_date(text, art, sent.start, reach) or _lead_date(text, art, sent) or _heading_date(text, art, sent)
        if told is None and _SAME_DAY.match(text, sent.start):  # 同日下午 opening an item: the item before's day
            told = _earlier_date(text, replace(art, start=max(0, art.start - 3000)), sent.start, 3000)
        if told is not None:
            date_text, days_on = told.group(0), _days_after(text, told.end(), start)
            # (当天下午,…上了一堂党课 and a chronicle's lines under their day go on from that day)
            dated_before = not _GOES_ON.search(text, sent.start, start) and not _MONTH_HEADING.search(text, 0, sent.start)
    elif date_text is None and art.start < art.end:  # a headline's event: its article's lead tells the day
        lead_end = text.find("。", art.start, art.end)
        told = _earlier_date(text, art, lead_end) if lead_end > 0 else None
        date_text = told.group(0) if told else None
    anchor = clean.issue_anchor
    dateline = _DATELINE.search(text, art.start, min(art.end, art.start + 40)) \
        or _AGENCY_DATELINE.search(text, art.start, min(art.end, art.start + 300))  # after ●-summary lines
    if dateline is None and _FURTHER_ITEM.match(text, art.start):  # 又讯: told from where the item before was
        dateline = next(reversed(list(_DATELINE.finditer(text, max(0, art.start - 3000), art.start))), None)
    yearless = False
    if dateline and date_text and DATE.fullmatch(date_text) and DATE.fullmatch(date_text).group(7):
        told, month, day, _ = resolve_date(dateline.group(1), anchor)
        if told is None and anchor is None and month and day:  # no year anywhere: a leap year stands in
            told, yearless = _leap_year_day(month, day), True
        anchor = DateAnchor.of(told) or anchor  # 今天 in a 1月8日电 story
    chronicle = _CHRONICLE_YEAR.search(text, 0, 80)
    if chronicle:  # 大事记(2002年): its dates are of that year, whenever the page was posted
        anchor = DateAnchor(int(chronicle.group(1) or chronicle.group(2)), 12)
    if month_only:
        d, month, day, source = None, int(month_only.group(1)), None, "text"
    else:
        d, month, day, source = resolve_date(date_text, anchor) if date_text else (None, None, None, "unknown")
        told_date = DATE.fullmatch(date_text) if date_text else None
        day_only = told_date.group(6) if told_date else None
        told_month = next((m for m in reversed(list(DATE.finditer(text, art.start, sent.start)))
                           if m.group(4) and text[m.end() : m.end() + 1] not in "前起后底以之"), None) if day_only else None
        if told_month:  # 12月28日至29日,…。29日上午,…: the day of the month told before
            d, month, day, source = resolve_date(f"{told_month.group(4)}月{day_only}日", anchor)
    headings = _MONTH_HEADING.findall(text, 0, sent.start) if day is not None else []
    if headings and DATE.fullmatch(date_text).group(6):  # a chronicle's 6日 under its month's heading (十一月)
        month = cn_number(headings[-1])
        year = anchor.year - (month > anchor.month) if anchor else None
        try:
            d = date(year, month, day) if year else None
        except ValueError:
            d = None
    if days_on and d is not None:
        d = shift(d, days_on)
        month, day, source = d.month, d.day, "relative"
    elif days_on and month and day and (stand_in := _leap_year_day(month, day)):
        moved = shift(stand_in, days_on)  # no year known: the day moves on all the same
        month, day = moved.month, moved.day
    if yearless and d is not None:
        d, month, day = None, d.month, d.day
    named_year = _NAMED_YEAR.match(name)
    if d is None and anchor is None and month and day and named_year:  # 2011年三秋工作动员会 9月21日召开
        try:
            d = date(int(named_year.group(1)), month, day)
        except ValueError:
            pass
    if d is None and (anchor is None or yearless) and month and day and (year := _text_year(text, art)):
        try:  # a page with no issue date: the latest year its article writes (公布2013年上半年业绩)
            d, source = date(year, month, day), "year_in_text"
        except ValueError:
            pass
    event = Event(
        meeting_id=_event_id(clean.doc_id, name, start),
        doc_id=clean.doc_id, article_id=art.article_id, name=name, kind=kind,
        date=d, month=month, day=day, date_text=date_text, date_source=source,
        place=place, evidence=sent.text, start=sent.start, end=sent.end,
        from_headline=sent.is_headline,
    )
    # 是在1996年全国…会议上提出来的 (a page of Dec 1997): a past meeting the text refers to;
    # a year's name early in the next year (2023年经济工作会议 in Jan 2024) may still be news
    past = bool(named_year and anchor and int(named_year.group(1)) < anchor.year - (anchor.month <= 3))
    return _Frame(event, si, end, is_lead=not sent.is_headline and sent.start <= art.start + 2, past=past,
                  dated_before=dated_before)


def _title_start(text: str, person: Mention) -> int:
    """Where the title written before a name begins (市领导(按姓氏笔画排序):甲 too); the
    name's start when no title is written right before it."""
    title, end = person.title or "", person.start
    if title and text[end - len(title) : end] == title:
        pass  # 副局长(主持工作)某某: the note written inside the title
    elif note := _NOTE_BEFORE_NAME.search(text, max(0, end - 16), end):
        end = note.start()
    if not title or text[end - len(title) : end] != title:
        return person.start
    start = end - len(title)
    return start - 2 if _OUR_PLACE.search(text, max(0, start - 2), start) else start  # 我市副市长某某


def _end_with_suffix_title(text: str, person: Mention) -> int:
    """Where a person's mention ends, counting a title written after the name (孙潮区长)."""
    title = person.title or ""
    if title and text.startswith(title, person.end) and text[person.start - len(title) : person.start] != title:
        return person.end + len(title)
    honorific = _HONORIFIC_AFTER.match(text, person.end)  # 某某院士作了…报告
    return honorific.end() if honorific else person.end


def _respective_roles(cues: _RoleCues, predicate: str, n: int) -> list[set[str]] | None:
    """The roles of ``n`` people who 分别 do one act each (分别作工作部署和主持会议), in
    their order; None unless the acts are as many as the people and give different roles."""
    m = _RESPECTIVELY.match(predicate)
    if m is None or n < 2:
        return None
    acts = re.split(r"和|、|及", predicate[m.end() :].rstrip("。;,"))  # (分别签约并致辞: both do both)
    each = [cues.roles_in(act) for act in acts]
    if len(each) != n or not all(each) or len({frozenset(r) for r in each}) < 2:
        return None
    return each


# 甲和优秀护士代表、急诊科护士乙先后发言: the next item described by what it is, not by a title
_JOINED_DESCRIBED = re.compile(r"(?:[和与及]|以及)[\u4e00-\u9fff、]{0,16}(?:代表|护士|医生|医师|教师|老师|职工|工人|学生|村民|农民|党员|志愿者)")


def _groups(text: str, clause_start: int, clause_end: int, people: list[Mention]) -> list[tuple[list[Mention], int, int]]:
    """Subject groups of a clause: (members, group end, predicate end)."""
    groups: list[tuple[list[Mention], int, int]] = []
    cursor = clause_start
    members: list[Mention] = []
    for p in people:
        end = _end_with_suffix_title(text, p)
        title_start = _title_start(text, p)
        gap = text[cursor:title_start]
        if members and (re.fullmatch(r"、?(?:[和与及同]|以及)?", gap)  # 甲、乙、和丙: a list's last name
                        or re.fullmatch(r"、?(?:[和与及]|以及)[\u4e00-\u9fff]{2,10}的", gap)  # 甲和某村的乙
                        or _JOINED_DESCRIBED.fullmatch(gap) and not _ends_with_cue(gap) and not _patterns().triggers.search(gap)
                        or _UNREAD_ITEMS.fullmatch(gap)  # 甲、阿的伍各、乙: an item whose name was not found
                        # 甲代表县政府、某大学处长乙代表学校签订协议: each signs for a side, one act
                        or re.fullmatch(r"[^,。;、]{2,16}、", gap) and (text.endswith("代表", 0, cursor) or gap.startswith("代表"))
                        or gap[:1] == "、" and _ORGAN_LEAD.fullmatch(gap, 1) and end > p.end  # 甲总经理、某公司乙董事长
                        or gap[:1] in (",", "、") and (_patterns().described.fullmatch(gap, 1)  # 甲,某处清扫工人乙
                                                        or _ATTRIBUTIVE.fullmatch(gap, 1) and title_start < p.start
                                                        or _APPOINTEE.fullmatch(gap, 1))):  # 甲、拟任某局局长的乙
            members.append(p)
            cursor = end
            continue
        if not members and (gap == "" or _SUBJECT_FILLERS.fullmatch(gap) or _patterns().described.fullmatch(gap)
                            or _ATTRIBUTIVE.fullmatch(gap) and title_start < p.start  # 排名末位的某小区物业经理甲
                            or _ORGAN_LEAD.fullmatch(gap) and end > p.end  # 县人武部甲部长
                            or re.fullmatch(r"[和与及]|以及", gap)  # 甲、乙,和丙共同按下…: a list's last name
                            or _unread_first_items(gap)):
            members = [p]
            cursor = end
            continue
        if members and re.search(r"(?:向|对|给|为|跟)$", gap) and not _ends_with_cue(gap):
            continue  # 甲在会见中向乙介绍了…: 乙 is whom 甲 speaks to; 甲's predicate goes on
        if members:
            groups.append((members, cursor, title_start))
            members = []
            if gap and not _ends_with_cue(gap) and not gap.endswith("委托") and not _SIGNS_WITH.fullmatch(gap):
                cursor = end  # 甲会见乙: 乙 is no subject (甲委托乙,向…祝贺: 乙 is; 甲代表某方与乙签订: 乙 signs too)
                continue
            members = [p]
            cursor = end
    if members:
        groups.append((members, cursor, clause_end))
    return groups


_CUE_END = None


def _unread_first_items(lead: str) -> bool:
    """区政协委员朗月、|阿依古丽·热西提等参加: titled list items whose names were not read
    (企业名称、|某某等企业家: no title, no names)."""
    return bool(_UNREAD_ITEMS_FIRST.fullmatch(lead)) and bool(title_heads_pattern().search(lead))


def _ends_with_cue(gap: str) -> bool:
    global _CUE_END
    if _CUE_END is None:
        lex = load_lexicons()
        _CUE_END = re.compile("(?:" + alternation(lex.role_cues).pattern + ")$")
    return bool(_CUE_END.search(gap))


def _meeting_before(current: list[_Frame], frame: _Frame) -> bool:
    """Whether a meeting frame came before ``frame`` in the article (its visit held 会前)."""
    return any(f.event.kind == "meeting" for f in current if f is not frame and f.sentence_index <= frame.sentence_index)


_BOTH_SIDES_HOLD = re.compile(r"双方(?:还)?(?:举行|召开)了?$")
_AT_TALKS_WITH = re.compile(r"在(?:会见|会谈|会晤)([^,。;]{1,12}?)时")  # 在会见什瓦赫时: the talks with that guest
_AROUND_TALKS = re.compile(r"(?:会谈|会见|会晤)[前后][,]")
_ATTENDED_THEN = re.compile(r"(?:出席|参加)了?(?:活动|仪式|典礼|开幕式|启动仪式)[,]?并(?:到|来到|前往|深入)?[^,。;]{0,12}$")
_TOPIC_OPENS = re.compile(r"就[^,。;]{2,}$")
_TOPIC_CLOSES = re.compile(r"[^,。;]*?(?:事宜|事项|问题)")
_BEFOREHAND = re.compile(r"(?:此前|之前|早在)[,]")
_YEAR_OPENS = re.compile(r"((?:19|20)[0-9]{2})年[,]")


def _another_day(text: str, sent: Sentence, event: Event) -> bool:
    """Whether a sentence opens with a month and day (10月23日,) that is not the event's day
    nor within the days it was told to span, with another year (2019年,) or with 此前."""
    if _BEFOREHAND.match(text, sent.start):
        return True  # 此前,州长甲已于9月率团赴广州拜访了该集团: an earlier occasion, told as background
    year = _YEAR_OPENS.match(text, sent.start)
    if year and event.date is not None and int(year.group(1)) != event.date.year:
        return True  # 2019年,时任市长甲曾率团访问该市: another year's occasion
    opening = _DAY_OPENS.match(text, sent.start)
    if opening is None or event.day is None or not re.match(r"(?:上午|下午|晚上|晚|凌晨)?,", text[opening.end() : opening.end() + 4]):
        return False
    _, month, day, _ = resolve_date(opening.group(0), None)
    return (month, day) != (event.month, event.day) and not _within_span(month, day, event)


def _assign_roles(text, sents, persons_in, frames, cues: _RoleCues, titles, art: Article, cfg, floating) -> None:
    last_subject: list[Mention] = []
    carried: list[Mention] = []
    # the list a sentence introduced: one ending in ; (出席会议的有甲;) or naming no one (…的有各界人士。)
    listed: tuple[_Frame, str, str] | None = None
    left_presidium: _Frame | None = None  # a presidium's meeting the text has gone back from to the session
    left_trip: _Frame | None = None  # a trip the text has gone back from to the meeting told before it
    on_trip: _Frame | None = None  # the trip whose stops the text tells, though a meeting was named after it
    indices = [f.sentence_index for f in frames]  # frames come in sentence order: found by bisection
    for si, sent in enumerate(sents):
        current = frames[: bisect_right(indices, si)]
        frame = current[-1] if current else frames[0]
        if frame.event.kind != "meeting" and frame.sentence_index < si \
                and _DURING_MEETING.match(sents[frame.sentence_index].text) \
                and (_BACK_AT_MEETING.search(sent.text) or frame is left_trip):
            # 会议期间,甲会见全体代表。乙作了重要讲话: the meeting's business again, not the talks'
            # (and for what follows: 会前,甲调研…。会议由乙主持。丙作了工作报告)
            left_trip = frame
            frame = next((f for f in reversed(current) if f.event.kind == "meeting"), frame)
        elif frame.event.kind != "meeting" and frame.sentence_index < si and (_AT_THE_MEETING.match(sent.text) or frame is left_trip) \
                and _meeting_before(current, frame):
            # 会前,与会常委视察了…。会上,甲、乙作交流发言: back at the meeting held before the visit (and there
            # for what follows, until another event is told)
            left_trip = frame
            frame = next(f for f in reversed(current) if f.event.kind == "meeting")
        elif (at_talks := _AT_TALKS_WITH.search(sent.text)) and (with_guest := next(
                (f for f in reversed(current) if f.event.kind == "talks" and f.event.name.endswith(at_talks.group(1))), None)):
            frame = with_guest  # (分别会见了甲和乙。)在会见乙时,某某说: the talks with 乙
        elif frame.event.kind != "talks" and frame.sentence_index < si and _AROUND_TALKS.match(sents[frame.sentence_index].text) \
                and not re.search(r"仪式|宴|签约|签署|签字|见证", sent.text) \
                and (talks := next((f for f in reversed(current) if f.event.kind == "talks" and f.sentence_index < frame.sentence_index), None)):
            # 会谈前,甲为乙举行欢迎仪式。甲表示…: the talks again, the ceremony before them told aside
            frame = talks
        elif _SIDE_SITTING.search(frame.event.name) and frame.sentence_index < si and not _SIDE_SITTING.search(sent.text) \
                and (frame is left_presidium or _SESSION_AGAIN.search(sent.text)):
            # 开幕前,主席团举行第一次会议…。县人大常委会主任甲主持开幕大会: back at the session itself
            left_presidium = frame
            frame = next((f for f in current if f.event.kind == "meeting" and not _SIDE_SITTING.search(f.event.name)), frame)
        elif frame.event.kind not in ("inspection", "visit") and frame.sentence_index < si and _DURING_TRIP.match(sent.text) \
                and (trip := next((f for f in reversed(current) if f.event.kind in ("inspection", "visit")), None)):
            frame = trip  # (…与村干部座谈。)调研中,甲强调: what was said on the trip, not at the talk on its way
        elif frame.event.kind in ("meeting", "other") and frame.sentence_index < si \
                and (_TRIP_STOP.match(sent.text) or on_trip is not None and not _NEW_TIME.match(sent.text)) \
                and not _patterns().suffixes.search(sent.text) \
                and (trip := next((f for f in reversed(current) if f.event.kind in ("inspection", "visit")), None)):
            # 走访调研,并主持召开协调会。上午,甲先后来到…。乙陪同: the stops of the trip, before the meeting
            frame = trip
        on_trip = frame if frame.event.kind in ("inspection", "visit") and frame.sentence_index < si else None
        if sent.is_headline:
            frame = frames[0]
        elif not current and "\n" in text[sent.end : sents[frames[0].sentence_index].start] \
                and _DAY_OPENS.match(text, sents[frames[0].sentence_index].start) \
                and not _TELLS_OF_EVENT.search(text, sent.start, sent.end) \
                and not _names_a_gathering(text, sent.start, sent.end) \
                and not _patterns().triggers.search(text, sent.start, sent.end):
            continue  # a feature's story paragraphs before the dated event it comes to: no one takes part yet
        elif not current and _BACKGROUND.match(text, sents[frames[0].sentence_index].start):
            continue  # 甲介绍,…。据了解,日前召开的常务会议已审议通过…: a meeting told of after, not theirs
        elif text[sent.start : sent.start + 1] in _BULLETS and _opens_news_item(text, sent) and frame.sentence_index < si:
            continue  # ◆近日,街道邀请甲开展培训: a digest's item of its own, whose event was not read
        sent_frames = current[bisect_left(indices, si) :]
        if not sent_frames and frame.sentence_index < si and _another_day(text, sent, frame.event):
            continue  # 会议召开(22日)…。23日,县领导甲、乙等分别开展接访: another day's doings, not the meeting's
        caption = _ON_SCREEN.fullmatch(sent.text)
        if caption and si + 1 < len(sents) and sents[si + 1].text.startswith("“") and current:
            # 【同期声】甲 市委书记 / “…”: an official at the event says it on screen
            for p in persons_in(sent)[:1]:
                if is_official_title(p.title or titles.get((art.article_id, p.text))):
                    _add(frame, p, {"speaker"}, titles, art.article_id, sent)
            continue
        if sent.text.startswith("“") and not _HONOUR_FIRST.match(sent.text) or (si > 0 and sents[si - 1].text.endswith("”")
                                         and re.search(r"表示|说|认为|介绍|坦言|感慨|告诉", sent.text[:60])):
            continue  # a quotation and who said it: quoted in passing, not a participant
        people = persons_in(sent)
        if _INTERVIEWED.search(text, max(art.start, sent.start - 60), sent.end):
            # 记者随机采访了几位市民。退休职工某某说: people a reporter talked to, no officials, take no part
            people = [p for p in people if is_official_title(p.title or titles.get((art.article_id, p.text)))]
        for f in sent_frames:
            if f.event.kind in ("inspection", "visit", "talks"):
                doers = [p for p in people if f.doers_from <= p.start and p.end <= f.trigger_end
                         and not _entrusting(text, p)]
                escorts = [p for p in doers if _escorting(text, sent, p, f.trigger_end)]
                for k in range(len(doers) - 1, 0, -1):  # 甲、乙陪同此次调研: the whole list escorts
                    if doers[k] in escorts and doers[k - 1] not in escorts and \
                            re.fullmatch(r"[、和与及,]", text[doers[k - 1].end : _title_start(text, doers[k])]):
                        escorts.append(doers[k - 1])
                doers = [p for p in doers if p not in escorts]
                doer_group = doers[:1]
                for p in doers[1:]:
                    between = text[doer_group[-1].end : p.start - len(p.title or "")]
                    together = re.fullmatch(r"(?:一行)?[、和与及同]", between) or between == "" \
                        or re.fullmatch(r",[与和同]", between) and re.match(r",?(?:一起|一道|一同)", text[p.end : p.end + 3]) \
                        or (between == "," and p.title is not None) \
                        or f.event.kind != "talks" and _LEADS_TEAM.fullmatch(between) \
                        or re.fullmatch(r"为(?:总?团长|组长|领队)[,、]", between)  # 区委副书记甲,区委常委乙深入…; 以甲为团长、乙为副团长的…: both lead
                    # talks: 甲(今天在某地)同乙举行会谈 makes both principals
                    if together or (f.event.kind == "talks" and re.search(r"[同与和]", between)):
                        doer_group.append(p)
                for p in escorts:
                    _add(f, p, {"attendee"}, titles, art.article_id, sent)
                # 主持座谈: who chairs talks is their chair, not one of the sides
                chaired = bool(doer_group) and text.startswith("主持", doer_group[-1].end)
                # talks: the sides speak when the talks are held as such (会谈, 双方交换了意见);
                # at a 会见 only what the text has them say (他说, 某某表示) makes them speakers
                sides = "speaker" if _TALKED.search(text, art.start, art.end) else "attendee"
                joined = bool(doer_group) and re.search(r"参加|出席", text[doer_group[-1].end : f.trigger_end])
                role = "attendee" if f.event.kind == "talks" and joined else \
                    sides if f.event.kind == "talks" and not chaired else "chair"  # 某某等参加座谈: they join
                if f.event.kind == "talks" and _SAID_DURING.match(text, f.trigger_end, sent.end):
                    role = "speaker"  # 某某会见某某时说: the one who holds the talks speaks
                for p in doer_group:
                    _add(f, p, {role}, titles, art.article_id, sent)
                if f.event.kind == "talks":
                    for p in people:
                        if p.start >= f.trigger_end - 8 and p not in doer_group and \
                                (re.search(r"会见|会谈", text[sent.start : p.start])
                                     or re.search(r"会晤|接见", text[f.trigger_end - 2 : p.start]) and "," not in text[f.trigger_end : p.start]):
                            _add(f, p, {sides}, titles, art.article_id, sent)
        listed, list_before = None, listed
        more = list_before and (_LIST_GOES_ON.match(text, sent.start, sent.end) if list_before[2] == ";"
                                else _AMONG_THEM.match(text, sent.start, sent.end))
        if more or list_before and list_before[2] == ";" and people and not cues.pattern.search(text, sent.start, sent.end):
            # 参加会谈的中方人员有甲;外方人员有乙 / 就座的有:市领导甲、乙;市法院院长丙: the list goes on past the semicolon
            for p in people:
                if p.start >= (more.end() if more else sent.start):
                    _add(list_before[0], p, {list_before[1]}, titles, art.article_id, sent)
            if text[sent.end - 1 : sent.end] == ";":
                listed = list_before[:2] + (";",)
        for lm in _LIST_INTRO.finditer(text, sent.start, sent.end):
            # 出席会议的有:甲、乙 / 参加会议的还有甲: the names listed after it (出席会见的: the talks')
            role = "observer" if lm.group(1) == "列席" else "attendee"
            kind = next((k for k, words in _KIND_WORDS.items() if re.search(words, lm.group(0))), None)
            target = next((f for f in reversed(current) if f.event.kind == kind), frame) if kind \
                else _named_frame(lm.group(2), current, frame)
            for p in people:
                if p.start >= lm.end():
                    _add(target, p, {role}, titles, art.article_id, sent)
            if text[sent.end - 1 : sent.end] == ";":
                listed = (target, role, ";")
            elif not any(p.start >= lm.end() for p in people):
                listed = (target, role, "。")  # 参加招待会的有各界人士500多人。他们当中有:甲、乙
        if (field := MINUTES_FIELD.match(text, sent.start)) and re.match(r"请假|缺席", field.group(0)):
            continue  # 请假:副县长甲(在省行政学院参加培训): away, whatever they did instead
        if field and field.group(1):
            # 主持:甲(县人大常委会主任) / 出席:乙、丙 / 列席:丁: a line of the meeting's minutes
            roles = cues.roles_in(re.sub(r"(?:人员|人|领导)$", "", field.group(1))) or {"attendee"}
            for p in people:
                _add(frame, p, roles, titles, art.article_id, sent)
            continue
        if (roster := _ROSTER_HEADING.match(text, sent.start, sent.end)) and people \
                and people[0].start >= roster.end() and not cues.speech_pattern.search(roster.group(1)) \
                and ((cue := cues.pattern.search(roster.group(1))) or roster.group(1).endswith(("领导", "成员", "嘉宾"))):
            # 出席会议的区领导:甲(区委书记)、乙(区长) / 现场述职人员:某镇党委书记丙: a roster
            heading = re.sub(r"(?:人员|人|领导|成员|嘉宾)$", "", roster.group(1))
            roles = (cue and cues.roles_in(heading[cue.start() :])) or {"attendee"}
            for p in people:
                if p.start >= roster.end():
                    _add(frame, p, roles, titles, art.article_id, sent)
            continue
        for em in [*_ESCORTED_BY.finditer(text, sent.start, sent.end), *_WITNESSED_BY.finditer(text, sent.start, sent.end)]:
            group = em.lastindex or 1
            trip = next((k for k in ("inspection", "visit") if re.search(_KIND_WORDS[k], text[em.end() : sent.end])), None)
            # 代表团在甲、乙陪同下考察了…: the escorts join the delegation's trip the article told
            target = next((f for f in reversed(current) if f.event.kind == trip), frame) if trip else frame
            for p in people:
                if em.start(group) <= p.start - len(p.title or "") and p.end <= em.end(group):
                    _add(target, p, {"attendee"}, titles, art.article_id, sent)
        for gm in _HELD_FOR.finditer(text, sent.start, sent.end):
            for p in people:  # 甲为乙一行举行欢迎宴会: the guests it was held for are there
                if gm.start(1) <= p.start < gm.end(1):  # (a short form stands for the whole name)
                    _add(frame, p, {"attendee"}, titles, art.article_id, sent)
        for hm in _HEARD_REPORT.finditer(text, sent.start, sent.end):
            for p in people:
                if hm.start(1) <= _title_start(text, p) and p.end <= hm.end(1):
                    _add(frame, p, {"speaker"}, titles, art.article_id, sent)
        for p in people:  # 听取了甲所作《政府工作报告》和乙所作的《人大工作报告》: each one reported
            if _MADE_REPORT.match(text, p.end) and re.search(r"听取|审议", text[sent.start : p.start]):
                _add(frame, p, {"speaker"}, titles, art.article_id, sent)
        pending: list[Mention] = carried  # 甲,乙;丙,丁参加会议: a list that runs past a semicolon
        carried = []
        sentence_subject: list[Mention] = []
        subject_had_trigger = False
        in_speech = False
        for cm in _CLAUSE.finditer(text, sent.start, sent.end):
            cs, ce = cm.span()
            if in_speech:
                break  # 罗干指出,江泽民同志在十五大报告中指出: the rest is what was said
            in_speech = bool(_SAYS_WHAT.search(text, cs, ce))
            clause_people = [p for p in people if cs <= p.start < ce]
            clause_text = text[cs:ce]
            prefix = _LEAD_PREFIX.match(clause_text) or _NOTE_PREFIX.match(clause_text) or _ITEM_DATE.match(clause_text)
            if prefix and prefix.end() > 0:
                cs += prefix.end()
                clause_text = text[cs:ce]
            if clause_text[:1] in _BULLETS and clause_text:  # ▲区委书记甲出席大会: a bullet before the subject
                cs += 1
                clause_text = text[cs:ce]
            lead = text[cs : _title_start(text, clause_people[0])] if clause_people else ""
            if clause_people and pending and _NO_PREDICATE.fullmatch(rest := text[_end_with_suffix_title(text, clause_people[-1]) : ce]) \
                    and not cues.roles_in(lead):
                pending.extend(clause_people)  # 甲,中国某某协会会长乙,丙等参加: one more item of the list
                if sent_frames:
                    _there_together(frame, pending, rest, titles, art, sent)
                continue
            if not clause_people or len(lead) > 3 and not _SUBJECT_FILLERS.fullmatch(lead) and not _unread_first_items(lead) \
                    and not (_ORGAN_LEAD.fullmatch(lead) and _end_with_suffix_title(text, clause_people[0]) > clause_people[0].end) \
                    and not _patterns().described.fullmatch(lead) and clause_text[:2] not in ("会上",) \
                    and not (_ATTRIBUTIVE.fullmatch(lead) and _title_start(text, clause_people[0]) < clause_people[0].start):
                if pending and not clause_people and (_UNNAMED_GROUP.fullmatch(clause_text)
                                                      or (_LIST_TAIL.search(clause_text) or _ends_with_post(clause_text)
                                                          or _unread_titled_item(clause_text))
                                                      and not cues.roles_in(clause_text)):
                    continue  # 甲,市法院负责同志,各县人大常委会主任列席会议: 甲 waits for the verb
                    # (县政协主席某某等在家县级领导: an item whose name was not found ends the list)
                if pending and not clause_people and _JOURNEY_WITH.fullmatch(clause_text):
                    continue  # 甲,乙等县领导,与各界群众300余人来到陵园,举行祭扫活动: the list goes on to its act
                pron = _PRONOUN.match(clause_text)
                if _GROUP_SUBJECT.match(clause_text):
                    last_subject = []  # 各界人士代表观摩…。他们表示: 他们 are no named people
                if pron and cfg.pronoun_resolution and last_subject:
                    roles = cues.roles_in(clause_text[pron.end() :], window=8)
                    for p in last_subject:
                        _add(frame, p, roles, titles, art.article_id, sent)
                    if not _SPEAKS.search(clause_text):  # (他希望广大青年…,带领群众致富: what he said)
                        sentence_subject = last_subject  # 他先后察看了…,要求…: the clauses after go on with 他
                        subject_had_trigger = False
                elif pending and not clause_people and (not any(clause_text.startswith(w) for w in cues.notperson)
                                                        or _WIDER_CROWD.match(clause_text)) \
                        and (roles := {"attendee"} if _HELD_TOGETHER.match(clause_text)
                             else cues.roles_in(_after_unnamed_group(clause_text), window=12)):
                    # 甲,乙,县委常委出席会议: unnamed colleagues share the verb with the names before
                    targets = _joined_targets(_after_unnamed_group(clause_text), current, frame, cues) \
                        or [(_joined_noun_frame(_after_unnamed_group(clause_text), current, frame), roles)]
                    if _ALL_ABOVE.search(clause_text):  # 甲,各部门负责同志参加上述活动: each one told
                        targets = [(t, roles) for t in _told_above(current)]
                    for p in pending:
                        for t, t_roles in targets:
                            _add(t, p, t_roles, titles, art.article_id, sent)
                elif sentence_subject and not subject_had_trigger and not any(clause_text.startswith(w) for w in cues.notperson) \
                        and (not clause_people or re.match(r"(?:并|还|也|又)?(?:通过|借助)", clause_text)):
                    # 甲受某某委托,就X在某会议上作说明: a topic (就X) before the verb
                    # (甲、乙在县会议中心,通过视频旁听了丙一案的庭审: the means, then the verb)
                    topic_first = re.match(r"(?:并|还|也|又)?(?:就|围绕|针对|通过|借助|对)", clause_text)  # (并就X提出要求, 对X表示感谢)
                    roles = cues.roles_in(lead if clause_people else clause_text, window=None if topic_first else 4) \
                        or ({"chair"} if not clause_people and _LEADS_ACTIVITY.match(clause_text) else set()) \
                        or ({"attendee"} if not clause_people and _HELD_TOGETHER.match(clause_text) else set())
                    for p in sentence_subject:  # (甲走进某中心,开展接听活动: who does it; 县领导…来到陵园,举行祭扫活动: who are there)
                        _add(frame, p, roles, titles, art.article_id, sent)
                # 邀请了某某,就…作了专题辅导: the one invited does what the clause (or the next) says
                pending = list(clause_people) if clause_people and _INVITED.search(lead) else []
                roles = cues.roles_in(text[_end_with_suffix_title(text, pending[-1]) : ce]) if pending else set()
                for p in pending if roles else ():
                    _add(frame, p, roles, titles, art.article_id, sent)
                continue
            if clause_people and (sat_in := _SAT_IN.fullmatch(lead)):
                for p in clause_people:
                    _add(frame, p, {"observer" if sat_in.group(1) == "列席" else "attendee"}, titles, art.article_id, sent)
            if clause_people and sentence_subject and (together := _TOGETHER_WITH_LIST.match(text, cs, sent.end)):
                # 甲来到联络站,与代表乙,代表丙、丁一道参加接待活动: the subject joins them in it
                roles = cues.roles_in(text[together.end() : sent.end]) or {"attendee"}
                for p in sentence_subject:
                    _add(frame, p, roles, titles, art.article_id, sent)
                companions = [p for p in people if together.start() < p.start < together.end()]
                for p in companions if "attendee" in roles else ():  # (and they are there too)
                    _add(frame, p, {"attendee"}, titles, art.article_id, sent)
            if clause_people and _JOINS_IN.fullmatch(lead) and (
                    together := _TOGETHER.match(text, _end_with_suffix_title(text, clause_people[-1]), ce)):
                # 甲致辞,并与镇党委书记乙共同为中心揭牌: 乙 does the act with 甲
                roles = cues.roles_in(text[together.end() : ce]) or {"attendee"}
                for p in clause_people:
                    _add(frame, p, roles, titles, art.article_id, sent)
                continue
            for members, gend, pend in _groups(text, cs, ce, clause_people):
                predicate = text[gend:pend]
                each = _respective_roles(cues, predicate, len(pending + members))
                if each:  # 甲、乙分别作工作部署和主持会议: one act each, in order
                    for p, p_roles in zip(pending + members, each):
                        _add(frame, p, p_roles, titles, art.article_id, sent)
                    pending = []
                    last_subject = sentence_subject = members
                    continue
                if _ELSEWHERE.search(predicate) or _EACH_ELSEWHERE.search(predicate):
                    pending = []
                    continue  # 也分别参加了有关代表团的审议: sittings the article does not name
                leads = _LEADS_ACTIVITY.match(predicate)  # (率团赴港开展招商推介活动: the cues after the activity's name)
                roles = {"chair"} | cues.roles_in(_ACTIVITY_NAME.sub("", predicate[leads.end() :], 1)) \
                    if leads and leads.group(0).startswith(("率", "带领")) \
                    else cues.roles_in(predicate) or ({"chair"} if leads else set())
                if not roles and (_NO_PREDICATE.fullmatch(predicate)  # 甲,乙及各部门负责人,各乡镇…参加会议
                                  or re.match(r"(?:等[^,。;]{0,8}?)?(?:以及|及|和)", predicate) and _UNNAMED_GROUP.fullmatch(predicate)):
                    pending.extend(members)
                    if sent_frames:
                        _there_together(frame, pending, predicate, titles, art, sent)
                    continue
                if roles and _ANOTHER_OCCASION.search(text, sent.start, gend):
                    pending = []
                    continue  # 在2月下旬召开的一次市委常委会上,甲说: another, earlier meeting, told in passing
                if roles:
                    target = frame
                    ceremony = _CEREMONY_ACT.search(predicate)
                    act = ceremony and ("签约" if ceremony.group(0) == "签署" else ceremony.group(0))
                    if act and act not in frame.event.name and ceremony.group(0) not in frame.event.name:
                        # 甲与乙分别代表双方签约: the signing ceremony's, not the talks before it
                        target = next((f for f in reversed(current) if act in f.event.name), frame)
                    else:  # 市领导甲、乙参加活动 after talks held before the ceremony: the ceremony's
                        target = _joined_noun_frame(predicate, current, frame)
                    joined_targets = _joined_targets(predicate, current, frame, cues)
                    if joined_targets:  # 陪同调研(并参加座谈会): not its doer
                        target, roles = joined_targets[0]
                    # 甲开展下访活动,…并召开座谈会。乙、丙陪同: they escort all that sentence told
                    escorted = [f for f in current if f.sentence_index == target.sentence_index] \
                        if not sent_frames and target.sentence_index == si - 1 and _BARE_ESCORT.fullmatch(predicate) else []
                    if roles == {"speaker"} and all(p.text not in target.people for p in pending + members) \
                            and _aside(text, sents, sent, target, predicate):
                        pending = []
                        continue
                    for p in pending + members:
                        if not sent_frames and _unintroduced(p, target, titles) \
                                and not _OWN_MEETING.search(predicate) \
                                and target.sentence_index != si - 1:
                            # (甲主持会议并讲话 anywhere, 甲致辞 right after 某仪式举行…: the item's own event, whoever 甲 is)
                            floating.append((target, p, roles, sent))
                        else:
                            for t in _told_above(current) if _ALL_ABOVE.search(predicate) else escorted or [target]:
                                _add(t, p, roles, titles, art.article_id, sent)  # 参加上述活动: each one told
                            for t, t_roles in joined_targets[1:]:
                                _add(t, p, t_roles, titles, art.article_id, sent)
                # 区委书记甲,区长乙,区人大常委会主任丙等区领导来到…,参加…: the whole list goes on
                last_subject = sentence_subject = pending + members
                pending = []
                if _WRITTEN.search(predicate):
                    sentence_subject = []  # 为会议作出批示,要求…: written, not said there
                subject_had_trigger = any(f.sentence_index == si and f.trigger_end > cs for f in sent_frames) \
                    and bool(re.search(r"召开|举行", predicate))
        if pending and text[sent.end - 1 : sent.end] == ";" and not text[sent.start : _title_start(text, pending[0])].strip():
            carried = pending  # (only a sentence that is the list itself)
        for f in sent_frames:
            if f.event.kind in ("inspection", "visit") and f.people:
                # 在甲陪同下,乙来到…。他要求: 他 is who did the visit, not the escort
                last_subject = [p for p in people if p.text in f.people and "chair" in f.people[p.text].roles][:1] \
                    or [p for p in people if p.text in f.people][:1] or last_subject


def _full_foreign_names(persons: list[Mention]) -> list[Mention]:
    """史密斯说: a foreign name's last part, where the article gives it in full
    (弗雷德里克·史密斯; in its headline, the short form often comes first), is that person."""
    full: dict[tuple[str, str], str] = {}
    for m in persons:
        parts = re.split(r"[·•]", m.text)
        if len(parts) > 1 and len(parts[-1]) >= 2:
            full.setdefault((m.article_id, parts[-1]), m.text)
    return [replace(m, text=full[(m.article_id, m.text)]) if (m.article_id, m.text) in full else m for m in persons]


def _there_together(frame: _Frame, people: list[Mention], rest: str, titles, art: Article, sent: Sentence) -> None:
    """甲,乙与志愿者一起,为居民提供义诊: a list that joins others at the event told is there,
    whatever the rest of the sentence says they did."""
    if _TOGETHER_WITH.search(rest):
        for p in people:
            _add(frame, p, {"attendee"}, titles, art.article_id, sent)


def _joined_targets(predicate: str, current: list[_Frame], frame: _Frame, cues: "_RoleCues") -> list[tuple[_Frame, set[str]]]:
    """陪同调研并参加座谈会: the inspection (or visit) joined, as an attendee, and the
    meeting joined after it; [] when the predicate joins no inspection or visit."""
    if both := _JOINS_TWO.match(predicate):  # 参加会见和签约仪式: the talks and the ceremony after them
        kind = next(k for k, words in _KIND_WORDS.items() if re.fullmatch(words, both.group(1)))
        first = next((f for f in reversed(current) if f.event.kind == kind), None)
        second = _named_frame(both.group(2), current, frame)
        if first is not None and second is not first and second.event.name.endswith(both.group(2)):
            return [(first, {"attendee"}), (second, {"attendee"})]
    if both := _JOINS_BOTH_NAMED.match(predicate):  # 参加旁听和座谈: the hearing and the meeting, each told
        named = [next((f for f in reversed(current) if word in f.event.name), None) for word in both.groups()]
        if None not in named and named[0] is not named[1]:
            return [(named[0], {"attendee"}), (named[1], {"attendee"})]
    joined = _JOINS_KIND.match(predicate)
    if not joined:
        return []
    kind = "visit" if re.fullmatch(_KIND_WORDS["visit"], joined.group(1)) else "inspection"
    trip = next((f for f in reversed(current) if f.event.kind == kind), frame)
    targets = [(trip, {"attendee"} | cues.roles_in(predicate[joined.end() :]))]
    also = _ALSO_JOINED.match(predicate, joined.end())
    if also:
        meeting = _named_frame(also.group(1), current, frame)
        if meeting is not trip and meeting.event.name.endswith(also.group(1)):
            targets.append((meeting, {"attendee"}))
    return targets


def _joined_noun_frame(predicate: str, current: list[_Frame], frame: _Frame) -> _Frame:
    """The frame a predicate that joins an event by its noun names (参加活动, 陪同会见), else ``frame``."""
    joined_noun = _JOINED_NOUN.match(predicate)
    if joined_noun is None and _BARE_ESCORT.fullmatch(predicate):  # 县领导甲、乙陪同: the trip or talks they escort
        escorted = next((f for f in reversed(current) if f.event.kind in ("inspection", "visit", "talks")), frame)
        days = {(f.event.month, f.event.day) for f in (escorted, frame) if f.event.day is not None}
        return escorted if len(days) < 2 else frame  # (not a trip of another day: the lesson given today)
    if joined_noun is None:
        if _WATCHED_FAR.search(predicate):  # 在县分会场收听收看: the video conference, not the one held after it
            return next((f for f in reversed(current) if _BROADCAST.search(f.event.name)), frame)
        return frame
    noun = joined_noun.group(1)
    if len(noun) >= 2 and noun in frame.event.name:
        return frame  # 参加座谈 after the 座谈会 just told: that one, not the talks before it
    if noun in ("观摩", "拉练"):  # 参加观摩活动: the article's 现场观摩会, a meeting held on the move
        return next((f for f in reversed(current) if noun in f.event.name and not _TOUR_SUMMARY.match(f.event.name)), frame)
    kind = "other" if noun == "活动" else next((k for k, words in _KIND_WORDS.items() if re.fullmatch(words, noun)), None)
    return next((f for f in reversed(current) if f.event.kind == kind), frame) if kind else _named_frame(noun, current, frame)


def _named_frame(noun: str, current: list[_Frame], frame: _Frame) -> _Frame:
    """参加晚会的还有…: the latest event so far whose name ends in the noun the list
    names (晚会), when the nearest one (an 专场演出 in between) does not."""
    if len(noun) < 2 or frame.event.name.endswith(noun):
        return frame
    return next((f for f in reversed(current) if f.event.name.endswith(noun)), frame)


def _unintroduced(person: Mention, frame: _Frame, titles) -> bool:
    """A name that its article never introduced (no title, not yet taking part)."""
    return person.title is None and (frame.event.article_id, person.text) not in titles \
        and person.text not in frame.people


def _settle_floating(floating, frames: list[_Frame], titles) -> None:
    """Give an unintroduced speaker's roles to the page's event where that person
    already takes part (the one they chair first): on OCR'd pages a column of one
    article often lands inside another."""
    for frame, person, roles, sent in floating:
        homes = [f for f in frames if person.text in f.people and f is not frame
                 and f.people[person.text].roles & {"chair", "speaker"}]  # (one who only attended it is no one's there)
        homes.sort(key=lambda f: "chair" not in f.people[person.text].roles)
        target = homes[0] if homes else frame
        _add(target, person, roles, titles, target.event.article_id, sent)


def _escorting(text: str, sent: Sentence, person: Mention, trigger_end: int) -> bool:
    """``在X的陪同下`` or ``X陪同Y调研``: X accompanies, the doer is someone else."""
    before = text[sent.start : person.start]
    after = text[person.end : trigger_end]
    if re.search(r"在[^,。]*$", before) and re.match(r"[^,。]*陪同下", after) \
            or re.search(r"在[^。;在]*$", before) and (m := _ESCORTED_BY.search(text, sent.start, trigger_end)) \
            and m.start(1) <= person.start and person.end <= m.end(1):
        return True
    return bool(re.match(r"(?:等)?(?:一同|一起|分别)?[陪随]同", after))


def _titles_after_lists(text: str, persons: list[Mention], titles: dict[tuple[str, str], str]) -> None:
    """甲、乙、丙等常委会领导出席: the title after a list of untitled names is each one's."""
    run: list[Mention] = []
    for k, p in enumerate(persons):
        if p.title or run and not _LIST_GAP.fullmatch(text[run[-1].end : p.start]):
            run = []
        if p.title:
            continue
        run.append(p)
        nxt = persons[k + 1] if k + 1 < len(persons) else None
        if nxt is not None and not nxt.title and _LIST_GAP.fullmatch(text[p.end : nxt.start]):
            continue
        m = _TITLE_AFTER_LIST.match(text, p.end)
        if m:
            for q in run:
                titles.setdefault((q.article_id, q.text), m.group(1))
        run = []


def _aside(text: str, sents: list[Sentence], sent: Sentence, frame: _Frame, predicate: str) -> bool:
    """…。副局长甲介绍,今年… inside a paragraph after the event's, which tells nothing of the
    event (no 会上, no meeting, no act at it), by someone not yet in it: what they told the
    reporter, not a speech at it."""
    if not _TOLD.fullmatch(predicate):
        return False
    event_sent = sents[frame.sentence_index]
    if not frame.event.participants or "\n" not in text[event_sent.end : sent.start]:
        return False
    para_start = text.rfind("\n", 0, sent.start) + 1
    para_end = text.find("\n", sent.end)
    if _TELLS_OF_EVENT.search(text, para_start, para_end if para_end >= 0 else len(text)):
        return False
    if any(name in text[para_start : sent.start] for name, part in frame.people.items() if part.roles):
        return False  # 甲回顾了…。乙表示,…: the paragraph tells the event's speeches
    if _SUBHEADING.search(text, event_sent.end, para_start + 1):
        return True  # 【抓项目 重大工程全面提速】 between: another part of a feature
    # 经叔平表示,… opening its paragraph: the meeting's speeches told one by one, not an aside
    return bool(text[para_start : sent.start].strip())


def _severally(text: str, doc_id: str, frame: _Frame) -> list[_Frame]:
    """甲分别会见了乙和丙: one talk with each guest, each named after its guest; a guest
    listed with no post of their own (乙、丙) joins the talk of the guest before."""
    severally = _SEVERALLY.search(text, max(0, frame.trigger_end - 6), frame.trigger_end)
    if frame.event.kind != "talks" or not severally:
        return [frame]
    stop = re.compile(r"[。;]").search(text, frame.trigger_end)
    sent_end = stop.end() if stop else len(text)
    at = {name: text.find(name, frame.trigger_end, sent_end) for name in frame.people}
    hosts = [p for name, p in frame.people.items() if at[name] < 0]
    guests = sorted((p for name, p in frame.people.items() if at[name] >= 0), key=lambda p: at[p.person])
    groups: list[list[Participant]] = []
    for guest in guests:
        if groups and (not guest.title or guest.title == groups[-1][-1].title):
            groups[-1].append(guest)
        else:
            groups.append([guest])
    if not hosts or len(groups) < 2:
        return [frame]
    out = []
    for group in groups:
        name = severally.group(1) + (group[0].title or "") + group[0].person
        people = {p.person: replace(p, roles=set(p.roles)) for p in hosts + group}
        event = replace(frame.event, name=name, meeting_id=_event_id(doc_id, name, frame.event.start),
                        participants=list(people.values()))
        out.append(replace(frame, event=event, people=people, headline_people={}))
    return out


def _add(frame: _Frame, person: Mention, roles: set[str], titles, article_id: str, sent: Sentence) -> None:
    if not roles:
        return
    title = person.title or titles.get((article_id, person.text))
    people = frame.headline_people if sent.is_headline else frame.people
    part = people.get(person.text)
    if part is None:
        people[person.text] = Participant(person.text, set(roles), title, sent.text, sent.start, sent.end)
        if not sent.is_headline:
            frame.event.participants.append(people[person.text])
    else:
        part.roles |= roles
        part.title = part.title or title


@lru_cache(maxsize=1)
def _bare_names() -> frozenset[str]:
    return frozenset(load_lexicons().meeting_suffixes)


_DAY_SPAN = re.compile(r"(?:([0-9]{1,2})月)?([0-9]{1,2})日?(?:至|到|[~～—-])(?:([0-9]{1,2})月)?([0-9]{1,2})日")


def _within_span(month: int | None, day: int | None, event: Event) -> bool:
    """Whether a month and day fall within the days an event was told to span
    (23日至24日, 3月31日至4月1日)."""
    span = _DAY_SPAN.search(event.date_text or "")
    if day is None or span is None or event.month is None:
        return False
    first_month = int(span.group(1)) if span.group(1) else event.month
    last_month = int(span.group(3)) if span.group(3) else first_month
    return (first_month, int(span.group(2))) <= (month or event.month, day) <= (last_month, int(span.group(4)))


def _chairs(event: Event) -> set[str]:
    return {p.person for p in event.participants if "chair" in p.roles}


def _merge(frames: list[_Frame], cfg: RelationsConfig) -> list[Event]:
    """One event per real happening: merge same-name events whose dates agree."""
    merged: list[Event] = []
    ordered = sorted(frames, key=lambda f: (f.event.from_headline, f.event.start))
    held_together = {frozenset((id(f.event), id(f.shares_with.event))) for f in frames if f.shares_with}
    sentence_of = {id(f.event): f.sentence_index for f in frames}
    day_told_before = {id(f.event) for f in frames if f.dated_before}  # (巡查中,甲察看了…: the trip's day, told before)
    for f in ordered:
        ev = f.event
        target = None
        if cfg.merge_headline_events:
            for other in merged:
                if frozenset((id(ev), id(other))) in held_together:
                    continue  # 召开A和B: two meetings, whatever their names share
                same_day = (ev.month, ev.day) == (other.month, other.day)
                # (a month told without a day is still a month: 2013年6月 is not 11月5日)
                undated = (ev.day is None or other.day is None) and not (ev.month and other.month and ev.month != other.month)
                shared = {p.person for p in ev.participants} & {p.person for p in other.participants}
                # the same doers: one inspection or visit, unless the article told them apart
                apart = not ev.from_headline and not other.from_headline
                # talks: one shared host is not enough (江主席分别会见…: two guests, two talks)
                enough = len(shared) >= (2 if ev.kind == "talks" and not (ev.from_headline or other.from_headline) else 1)
                if ev.kind in ("inspection", "visit") and not (ev.from_headline or other.from_headline):
                    # the same doers, not one who joined: 甲调研,乙参加调研 / 乙率团考察 are two
                    enough = bool(shared & _chairs(ev) & _chairs(other))
                alike = similar_names(ev.name, other.name) or (ev.kind != "meeting" and enough and not apart)
                # 这次研讨会…: a bare kind of meeting later in the article is the one it named before
                named_before = ev.article_id == other.article_id and ev.name in _bare_names() \
                    and other.name.endswith(ev.name) and not ev.from_headline
                # 全国政协新年茶话会 / 政协全国委员会一九九八年新年茶话会: one article, one day, one ending
                same_ending = ev.article_id == other.article_id and same_day and ev.day is not None \
                    and len(os.path.commonprefix([ev.name[::-1], other.name[::-1]])) >= 4 \
                    and not _apart_by_name(ev.name, other.name) \
                    and (ev.kind not in ("inspection", "visit") or bool(shared & _chairs(ev) & _chairs(other)))  # (…建设情况: others' trips)
                # 升国旗仪式 … 一起参加升旗仪式, “河长巡河日”活动 … 参加了巡河活动: a short name for the article's
                # ceremony or activity of that day
                shortened = ev.article_id == other.article_id and ev.kind == other.kind == "other" and same_day \
                    and not ev.from_headline and len(ev.name) <= 6 and re.search(r"(?:仪式|典礼|式|活动)$", ev.name) is not None \
                    and ev.name[-2:] == other.name[-2:] and len(_bigrams(ev.name) & _bigrams(other.name)) * 3 >= len(_bigrams(ev.name)) * 2
                # 参加了誓师大会: the end of a name the article gave in full before
                stem = re.sub(r"(?<=.{3})(?:开幕式|闭幕式|开幕|闭幕)$", "", ev.name)  # 研讨会开幕式: the 研讨会's
                told_in_full = ev.article_id == other.article_id and len(stem) >= 3 and stem != other.name \
                    and other.name.endswith(stem) and not ev.from_headline and (same_day or undated)
                # 启动仪式暨第一次会议 … 召开第一次会议: one part of a joint event told again
                joint_part = ev.article_id == other.article_id and "暨" in other.name and (same_day or undated) \
                    and any(len(part) >= 4 and ev.name.endswith(part) or ev.name == part for part in other.name.split("暨")[1:])
                # a headline's meeting (某镇召开X会议 甲出席并讲话) is its article's, told with the same people
                headline_of = ev.from_headline and not other.from_headline and ev.article_id == other.article_id \
                    and bool(shared) and (same_day or undated)
                # 在首次全体会议上发言: a sitting of the article's meeting (a plenary on any of its days), named by no organ
                # (either way round: a headline's meeting is merged after the body's sitting)
                sitting = ev.article_id == other.article_id and any(
                    # (9日上午,大会举行开幕式: a ceremony on the session's first day is its opening sitting)
                    whole.kind == "meeting" and (part.kind == "meeting" or part.kind == "other" and same_day)
                    and (same_day or undated or part.name.endswith("会议") and bool(_SPAN.search(whole.date_text or ""))
                     or _within_span(part.month, part.day, whole)) and whole.start < part.start
                    and bool(_SITTING.fullmatch(part.name)) and not _SITTING.fullmatch(whole.name)
                    and not _GROUP_REVIEW.search(whole.name)  # (a delegation's review is no plenary's)
                    for part, whole in ((ev, other), (other, ev)))
                # 某邀请赛在某地开赛。甲、乙出席开赛仪式: the ceremony that opened what was told
                opening_of = ev.article_id == other.article_id and ev.kind == other.kind == "other" and same_day \
                    and not ev.from_headline and other.start < ev.start and _BARE_OPENING.fullmatch(ev.name) is not None \
                    and not _CEREMONY_END.search(other.name)
                # 篮球赛总决赛在某地举行…。甲在颁奖仪式上致辞: the awards that closed it
                awards_of = ev.article_id == other.article_id and ev.kind == other.kind == "other" and same_day \
                    and not ev.from_headline and other.start < ev.start and re.fullmatch(r"颁奖(?:仪式|典礼)", ev.name) is not None
                # 16日至17日,现场观摩会召开…17日下午,观摩团召开总结大会: the tour's closing sitting
                tour_summary = ev.article_id == other.article_id and _TOUR_SUMMARY.fullmatch(ev.name) is not None \
                    and _TOUR.search(other.name) is not None and other.start < ev.start \
                    and (same_day or undated or _within_span(ev.month, ev.day, other))
                # 甲等陪同乙进行了看望与考察活动: the trips the article told, summed up
                summed_up = ev.article_id == other.article_id and (same_day or undated) and ev.name.endswith("活动") \
                    and bool(shared & _chairs(ev) & _chairs(other))
                # 率团考察,并出席第21次联席会议 (a trip's span) … 9日,第21次联席会议召开: one numbered meeting
                numbered_again = ev.article_id == other.article_id and ev.kind == "meeting" and ev.name == other.name \
                    and bool(_NUMBERING.search(ev.name)) and _SPAN.search(other.date_text or ev.date_text or "")
                # 与青年代表座谈 / 参加座谈 beside the article's 青年代表座谈会: the 座谈会 itself
                talk_of_forum = ev.article_id == other.article_id and (same_day or undated) and any(
                    a.kind == "talks" and b.kind == "meeting" and b.name.endswith("座谈会") and _BARE_TALK.fullmatch(a.name)
                    for a, b in ((ev, other), (other, ev)))
                # 7月23日至24日,甲检查… 23日下午,甲一行察看险情: a stop on a day of the trip's span
                # (or a stop told with no date at all: 在青溪镇,甲实地察看了…)
                # (县领导分赴各乡镇督导 … 21日,甲来到某乡: one leader's own trip, not a stop of theirs all)
                stop_of_trip = ev.article_id == other.article_id and ev.kind in ("inspection", "visit") \
                    and not ev.from_headline and bool(shared & _chairs(ev) & _chairs(other)) \
                    and not (_SPLIT_UP.search(other.evidence) and len(_chairs(other)) > len(_chairs(ev))) \
                    and (other.kind == ev.kind and _within_span(ev.month, ev.day, other)
                         and not _SPAN.search(ev.date_text or "")
                         or other.kind in ("inspection", "visit", "other")
                         and (ev.month is None and not ev.date_text or id(ev) in day_told_before and same_day))
                # 开展“某某”主题党日活动。支部书记甲带领党员走访慰问…: what the activity named before was
                content_of = ev.article_id == other.article_id and other.kind == "other" and other.name.endswith("活动") \
                    and not other.participants and ev.kind in ("inspection", "visit") and same_day and not ev.from_headline \
                    and sentence_of.get(id(other), -2) + 1 == sentence_of[id(ev)]
                if other.kind == ev.kind and (alike and (same_day or undated) or named_before or same_ending or summed_up
                                              or headline_of or told_in_full or numbered_again or shortened) \
                        or told_in_full and stem != ev.name or joint_part or sitting or tour_summary or opening_of or awards_of or talk_of_forum or content_of or stop_of_trip \
                        or headline_of and {ev.kind, other.kind} <= {"inspection", "visit", "other"}:
                    # (研讨会开幕式, an opening, of the 研讨会, a meeting; 甲到某乡下访 over 开展下访活动)
                    target = other
                    break
        if target is None:
            merged.append(ev)
            continue
        if target.day is None and ev.day is not None or numbered_again and ev.day is not None and not ev.from_headline \
                and _SPAN.search(target.date_text or "") and not _SPAN.search(ev.date_text or ""):
            # (the day the numbered meeting was held, not the first of the trip's span it was told in)
            target.date, target.month, target.day = ev.date, ev.month, ev.day
            target.date_text, target.date_source = ev.date_text, ev.date_source
        target.place = target.place or (None if tour_summary else ev.place)  # (the tour was held all over)
        if opening_of:
            target.name += ev.name  # (某邀请赛开赛仪式)
        elif talk_of_forum and ev.kind == "meeting":
            target.kind, target.name = ev.kind, ev.name  # (the 座谈 told first is the 座谈会 named after it)
        elif len(ev.name) > len(target.name) and not ev.from_headline and not stop_of_trip \
                or sitting and _SITTING.fullmatch(target.name):  # (a stop is named after its trip)
            target.name = ev.name
        by_person = {p.person: p for p in target.participants}
        for p in ev.participants:
            if p.person in by_person:
                if not ev.from_headline:  # a headline adds no roles to what the body says…
                    by_person[p.person].roles |= p.roles
                elif _led_in_headline(target.kind, p.roles):  # …but who led a trip (率团考察)
                    by_person[p.person].roles.add("chair")
                by_person[p.person].title = by_person[p.person].title or p.title
            else:
                target.participants.append(p)
                by_person[p.person] = p
    return merged
