"""Sentence-level rules for officials: a name written after a title, name lists sharing
it, and the title itself, exactly as written (``临州区委副书记、区长``)."""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import alternation, load_lexicons
from pipeline.nlp.names import NOT_NAMES, PUNCT, name_model

HARD_STOP = set(",.;:!?。!?;:“”‘’\"《》\n []【】|■□●◆◇▲△★☆○◎—")
_SAME_WORDS = ("同乡", "同胞", "同学", "同志", "同盟", "同行", "同业", "同仁", "同济", "同心", "同德", "同江", "同安")
_DAY_BEFORE = re.compile(r"[0-9〇一二三四五六七八九十廿卅今昨明前]$")  # 6日本报讯, 今日本县: a day, not 日本
_CONJUNCTIONS = ("以及", "和", "与", "及")
_ORGAN_AFTER_HEAD = set("团处队组部局厅委办")
_ACTS = ("汇报", "通报", "讲话", "强调", "指出", "表示", "传达", "听取", "召开", "举行")
_SOFT_STOPS = ("主持召开", "主持", "出席", "参加", "列席", "陪同", "召开", "举行", "会见", "会同",
               "同", "由", "在", "对", "向", "是", "为", "了", "日", "时", "后",
               "等", "率", "带领", "要求", "责成", "邀请", "受邀", "应邀", "嘉宾", "受", "特邀", "委托", "讲话", "强调", "指出", "表示", "代表",
               "传达", "学习", "贯彻", "落实", "听取", "通报", "汇报", "的", "日电", "日讯", "随着", "见到", "询问")
# organ names that hold a stop word (市委理论学习中心组组长, 党史学习教育领导小组, 对外友好协会, 某日报社, 总后勤部)
_ORGANS_WITH_STOPS = ("学习中心组", "学习教育", "对外", "对口", "时代", "日报", "后勤", "代表团", "代表处", "代表大会", "的社会阶层")
# ranks and honorifics written after the previous name in a list (熊某中将、詹某少将)
_AFTER_PREVIOUS = re.compile(r"^(?:上将|中将|少将|大校|上校|同志|先生|女士)、?")
_QUOTED_IN_TITLE = re.compile(r"“[\u4e00-\u9fff]{1,6}”$")
# 参加会谈的中方人员有副省长某某: the list's heading, not the title
_LIST_HEADING = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:人员|人士|成员|代表|嘉宾)还?有(?![关限])")
# 本报讯 县长某某 / 我市副市长某某: the story's lead-in or 我市, not part of the title
OUR_PLACE = "我[省市县区州盟旗镇乡]"
_LEAD_IN = re.compile(rf"^(?:【?本[报台网刊]讯】?|本[报台网]消息|(?:本报)?[又另]讯)\s*|^{OUR_PLACE}(?=[\u4e00-\u9fff])")
# 以某集团董事长某某为团长的: 以 opens the phrase, not the title (以色列 is a country)
_LED_BY = re.compile(r"^(?:以(?!色列)|应(?!急)|据|经(?![济信开管贸侦理纬]))")  # 应某国总理某某的邀请, 据(经)某局局长某某介绍: 应, 据 open the phrase too
# a name right after a title needs less evidence (秘书长厍力参加: a rare surname and a
# rare given-name character), and less still when punctuation or a role cue closes it
# (县长仝建设,; 副县长钦建设主持); a first character that is no known surname needs more
TITLED_MIN_SCORE = 2.0
TITLED_CLOSED_MIN_SCORE = 1.0
UNKNOWN_SURNAME_MIN_SCORE = 3.0
_JOINING_CHARS = set("和与及同跟并或")
_ADDRESSED = frozenset("选民 群众 大家 他们 党员 干部 村民 居民 职工 学员 委员 市民 游客 学生 师生 农民 家属 社会 企业 宪法 国旗 党旗".split())
_PREPOSITIONS = set("向对为从在把被给")


def addressed_after_preposition(candidate: str) -> bool:
    """代表向选民述职, 镇长向宪法宣誓: a preposition (also a surname) before whom or what is
    addressed, no name."""
    return candidate[:1] in _PREPOSITIONS and candidate[1:] in _ADDRESSED  # also surnames (向, 从, 把 rarely): a name needs its own token
# a worker named by the work (挡车工, 队员, 厨师, 选手, 战士; not 困难户, whom a visit is to): a noun of
# two or more characters ending in a person suffix, written before an untitled name
OCCUPATION = r"[\u4e00-\u9fff](?<![开施竣复停完动])(?:工|员|师|手|(?<!人)士)"  # (人士: anyone)
# how a firm's or an organ's name ends, before a name with its title after it (湘源建材甲总经理, 县人武部乙部长)
FIRM_OR_ORGAN_END = r"(?:公司|集团|企业|建材|米业|合作社|银行|医院|商会|协会|(?<![干全内外])[部局委办厅院])"
# the fields of a meeting's minutes (主持:甲  出席:乙、丙  列席:丁), each a line of its own
MINUTES_FIELD = re.compile(r"(?:地点|(主持人?|出席(?:人员|领导|委员|成员)?|列席(?:人员|委员)?|(?:参加|参会)(?:单位及|单位和)?(?:人员)?)|缺席(?:人员)?|请假(?:人员)?|记录人?"
                           r"|(?:会议)?议程|议题)\s*:")
# 出席会议的有: / 参加会议人员: the start of a list of who attended
ATTENDANCE_LIST = re.compile(r"(?:出席|参加|列席|参会|与会|就座|就坐|在座)[^,。;:]{0,20}?(?:有|是|人员|名单)\s*:\s*")
# 市领导(按姓氏笔画排序):甲、乙 / 县领导还有:甲、乙: a note between a shared title and its list of names
LIST_NOTE = re.compile(r"(?:还?有)?(?:[(（](?:按|以)姓氏笔[画划]为?(?:序|排序|排列)[)）])?[:：]"
                       r"|[(（](?:按|以)姓氏笔[画划]为?(?:序|排序|排列)[)）]")
# 副局长(主持工作)某某, 副县长(挂职)某某: a note on the post between it and the name
POST_NOTE = re.compile(r"[(（](?:主持工作|挂职|援[藏疆青]|兼|正[处科厅局]级|副[处科厅局]级|代理?)[)）]")
OFFICIAL_HINT = re.compile(r"书记|长|主任|主席|委员|常委|领导|巡视员|调研员|专员|组长|政委|司令|总理|总统|首相|大臣|苏木达|嘎查达")


@lru_cache(maxsize=4)
def _acts_pattern(lexicon_dir: str | None = None) -> re.Pattern:
    """Role cues and verbs of saying: what a person does (出席, 表示), not a trip (走访)."""
    lex = load_lexicons(lexicon_dir)
    return alternation(set(lex.role_cues) | lex.cue_words("speech"))


@lru_cache(maxsize=4)
def title_heads_pattern(lexicon_dir: str | None = None) -> re.Pattern:
    return alternation(load_lexicons(lexicon_dir).title_heads)


# 某院工作报告和某院检察长: a paper named before the conjunction, no part of the title
_PAPER_END = re.compile(r"(?:报告|说明|议案|决定|意见|方案|规划|计划)$")


def _ends_in_titled_name(chunk: str, heads: re.Pattern) -> bool:
    """``某局主任甲`` or ``甲``: ``chunk`` ends in a name after a title head, or is one
    (甲与某集团总经理乙: 与 joins two people, not two parts of a title)."""
    model = name_model()
    whole = model.best_name_at(chunk + "。", 0, min_score=TITLED_MIN_SCORE)
    if whole and whole[0] == len(chunk):
        return True
    for m in heads.finditer(chunk, max(0, len(chunk) - 6)):
        n = len(chunk) - m.end()
        if 2 <= n <= 4:
            best = model.best_name_at(chunk + "。", m.end(), min_score=TITLED_MIN_SCORE)
            if best and best[0] == n:
                return True
    return False


def title_before(text: str, name_start: int, floor: int, max_chars: int = 60) -> str | None:
    """The title written right before a name: back to a stop, parentheses kept."""
    i = name_start
    depth = 0
    while i > floor:
        ch = text[i - 1]
        if ch == ")":
            opening = text.rfind("(", floor, i)
            if opening < 0 or re.search(r"记者|通讯员|摄", text[opening:i]):
                break  # a byline in parentheses ends the title
            depth += 1
        elif ch == "(":
            if depth == 0:
                break
            depth -= 1
        elif ch == "”" and (quoted := _QUOTED_IN_TITLE.search(text, max(floor, i - 8), i)):
            i = quoted.start()  # 村“两委”委员: a short quoted word inside the title
            continue
        elif depth == 0 and ch in HARD_STOP:
            break
        i -= 1
        if name_start - i > max_chars:
            return None
    chunk = text[i:name_start]
    cut, cut_at = 0, ""
    for stop in _SOFT_STOPS:
        k = chunk.rfind(stop)
        if k >= 0 and (chunk.startswith(_ORGANS_WITH_STOPS, k)
                       or chunk.startswith("、", k + len(stop)) and stop not in _ACTS  # (汇报、局长某某: an act)
                       or stop == "主持" and chunk.startswith("人", k + 2)
                       or stop == "日" and not _DAY_BEFORE.search(chunk, 0, k)
                       or stop == "同" and chunk.startswith(_SAME_WORDS, k)
                       or stop == "时" and chunk.startswith("时任", k)  # 时任副市长: a title of then
                       or stop == "后" and (k > 0 and chunk[k - 1] in "、,"  # 县人大代表、后坂村党支部书记: a place
                                           or _PLACE_AFTER_HOU.match(chunk, k + 1))  # 市派后洋村第一书记
                       or stop == "受" and chunk.startswith("表彰", k + 1)):  # 受表彰单位代表
            continue  # 学习中心组组长; 获奖企业代表、某公司董事长: one title of two; 电视台主持人; 日本首相, 留日;
            # 台湾同乡会, 同胞联谊会: 日 and 同 inside a name
        if k >= 0 and k + len(stop) > cut and k + len(stop) < len(chunk):
            cut, cut_at = k + len(stop), stop
    chunk = chunk[cut:]
    if cut and cut_at == "代表" and (side := re.match(r"[^、与和同]{2,12}?(?:与|同|和|、)", chunk)):
        chunk = chunk[side.end() :]  # 甲代表县政府与某公司董事长乙签订: the side signed for, then the other's title
        # (甲代表县政府、某大学处长乙代表学校签订: the same)
    # 和/与 end a title only after another title (企业代表和县委副书记), not inside an
    # organ's name (县住房和城乡建设局, 国家发展和改革委员会)
    heads = title_heads_pattern()
    for conj in _CONJUNCTIONS:
        k = chunk.rfind(conj)
        while k > 0:
            before = chunk[:k]
            if any(m.end() == len(before) for m in heads.finditer(before)) or _PAPER_END.search(before) \
                    or _ends_in_titled_name(before, heads):
                chunk = chunk[k + len(conj) :]
                break
            k = chunk.rfind(conj, 0, k)
    chunk = _AFTER_PREVIOUS.sub("", re.sub(r"^(?:并|还|也|分别|共同|一同|一起)?(?:以及|还?有(?!关)|[、和与及])+", "", chunk))  # 并与镇党委书记甲
    chunk = re.sub(r"^[0-9]{1,3}(?![0-9年月日号届次岁名个位])", "", chunk)  # a page or note number before it
    chunk = _LED_BY.sub("", _LEAD_IN.sub("", _LIST_HEADING.sub("", chunk.lstrip("·• "))))  # (· 县长某某: a bullet)
    return chunk or None


_PLACE_AFTER_HOU = re.compile(r"[\u4e00-\u9fff]{1,2}?[村屯寨镇乡庄湾坑岭港街]")
_WHOLE_BODY = ("全体", "全部", "全员")  # 镇党委委员全体参加: all of them, no one named


_SPEECH_OF = re.compile(r"的(?:工作|情况|专题|述职|有关情况)?(?:汇报|讲话|发言|报告|介绍|说明|致辞|通报)")


def _named_by_speech(text: str, p: int, model) -> int | None:
    """院长宁静之的工作汇报: after a title, a surname and one or two characters closed by
    的 and a speech is a name, even one spelt like a word."""
    if not model.surname_len(text, p):
        return None
    for n in (3, 2):
        name = text[p : p + n]
        if len(name) == n and all("\u4e00" <= c <= "\u9fff" for c in name) and name[-1] not in "作做们的所" \
                and _SPEECH_OF.match(text, p + n):
            return n
    return None


def _name_at(text: str, p: int, token_starts: set[int], unknown_surname: bool, min_score: float,
             lexicon_dir: str | None, closed_min_score: float | None = None) -> int | None:
    model = name_model(lexicon_dir)
    floor = min_score if closed_min_score is None else min(min_score, closed_min_score)
    best = model.best_name_at(text, p, allow_unknown_surname=unknown_surname, min_score=floor)
    if text[p : p + 2] in model.lex.not_names and text[p] != text[p + 1] and text[p + 1] not in "年月日" \
            and text[p : p + 2] not in _WHOLE_BODY \
            and model.surname_len(text, p) and _acts_pattern(lexicon_dir).match(text, p + 2) \
            and not model.boundary.match(text, p) and (not best or best[0] == 3 and model.boundary_strength(text, p + 3) == 0):
        return 2  # 镇人大主席黎明出席: a name that is also a word, between a title and a role cue (殷殷嘱托 is none)
    if not best or best[1] < floor:
        return _named_by_speech(text, p, model)
    n, score = best
    if not _SPEECH_OF.match(text, p + n) and (spoken := _named_by_speech(text, p, model)):
        return spoken  # 所长宁远之的工作汇报: not 宁远 (a place) and a stray 之
    closed = p + n >= len(text) or text[p + n] in PUNCT or model.cue.match(text, p + n) \
        or model.boundary_strength(text, p + n) >= 3  # 部长黄某东在会上说: 在 closes it too
    if score < min_score and (text[p] in _JOINING_CHARS or model.cue.match(text, p + 1) or not closed):
        return None  # 校长和夫人出席, 领导曾表示,: a conjunction or an adverb before a cue, no surname
    if score < UNKNOWN_SURNAME_MIN_SCORE and not model.surname_len(text, p):
        return None  # 负责人介绍, 总统访华: a verb, not a name with an unknown surname
    if addressed_after_preposition(text[p : p + n]):
        return None
    if token_starts and text[p] in _PREPOSITIONS and (p + 1) in token_starts and (p + n) not in token_starts \
            and p + n < len(text) and text[p + n] not in PUNCT:
        return None  # 乔某委员长向|广东省|人民表示: a preposition before a word the name would cut (副主任向明,: none)
    if token_starts and (p + n) not in token_starts and p + n < len(text):
        after = model.boundary.match(text, p + n)
        cue_after = model.cue.match(text, p + n)
        for alt in (2, 3):
            if alt > n and (after and after.end() <= p + alt or cue_after and cue_after.end() > p + alt):
                continue  # 教授宋嘉|作报告, 董事长乔安|作交流发言: a whole word or cue after the name stays out of it
            if text[p + alt - 1] in "和与及" and not model.ends_name(text, p + alt - 1):
                continue  # 主席诺哈|和|总理某某: the conjunction joins two titled names
            if alt != n and (p + alt) in token_starts and model.score(text[p : p + alt], 1) > 0 \
                    and model.at_boundary(text, p + alt):
                return alt
    if n == 3 and model.boundary_strength(text, p + 3) == 0 and model.boundary_strength(text, p + 2) >= 4:
        return 2  # 主委宁静|代表调研组发言, 副书记黎明|应邀出席: a name that is also a word, closed by a cue
    return n


# 甲、乙、和丙: the last name of a list (、和玉洁、: no conjunction inside a list, the surname 和)
_LIST_SEPARATOR = re.compile(r"、(?:以及|和(?![\u4e00-\u9fff]{2}[、,])|及)?")


def _joins_titled_name(text: str, p: int, found: int, lexicon_dir: str | None) -> bool:
    """``text[p]`` (和, 与, 及) is a conjunction: what follows it up to ``p + found`` is
    a likely name by itself (甲总书记和李鹏总理), not a given name after the surname 和."""
    inner = name_model(lexicon_dir).best_name_at(text, p + 1, min_score=TITLED_MIN_SCORE + 2.0)
    return bool(inner) and p + 1 + inner[0] == p + found


def _foreign_name_after(text: str, hm: re.Match, floor: int, found: int | None,
                        lexicon_dir: str | None) -> int | None:
    """A name the Chinese name model cannot spell: after a foreign post (以色列总理内塔尼亚胡,
    日本某市市长高岛宗一郎) or before 一行 (秘书长梅津采夫一行), the run up to the first sure
    boundary; else ``found``."""
    p = hm.end()
    model = name_model(lexicon_dir)
    run = model.foreign_name_at(text, p)
    if not run or run <= (found or 0):
        return found
    if text.startswith("一行", p + run):
        return run
    title = title_before(text, p, floor) or ""
    foreign = load_lexicons(lexicon_dir).foreign_countries
    if title.startswith(foreign) or title.startswith("驻华"):
        return run
    # 美国副国务卿甲、前国务卿乙: a list of one country's people names it once
    head = p - len(title)
    if title and text[head - 1 : head] == "、":
        clause = re.split(r"[。;:!?\n]", text[max(0, head - 80) : head])[-1]
        if any(country in clause for country in foreign):
            return run
    return found


def _third_name_char(text: str, p: int, model) -> bool:
    """Whether ``text[p+2]`` ends a three-character name cut to two: punctuation right after
    it, no cue or boundary word at it, and a name score that is not implausible."""
    return p + 3 < len(text) and text[p + 3] in PUNCT and "\u4e00" <= text[p + 2] <= "\u9fff" \
        and not model.cue.match(text, p + 2) and model.boundary_strength(text, p + 2) < 2 \
        and model.score(text[p : p + 3], 1) > -3.0


def _or_transcribed(text: str, p: int, found: int | None, model, list_item: bool = False) -> int | None:
    """The name found at ``p``, or a longer one spelt in transcription characters where the
    found one ends at no boundary (旗委书记那顺巴雅尔主持, not 那顺巴; 、苏日古嘎、). A list
    item so spelt ends at punctuation or a cue (、俄罗斯外长某某: a country before a post)."""
    transcribed = model.transcribed_name_at(text, p)
    if transcribed and list_item:
        end = p + transcribed
        if not (end >= len(text) or text[end] in PUNCT or model.cue.match(text, end)) \
                or text[p:end] in model.lex.foreign_countries:
            transcribed = None
    if transcribed and (not found or transcribed > found and (model.boundary_strength(text, p + found) < 3
                                                              or text[p + found] == "都"
                                                              and model.boundary_strength(text, p + transcribed) >= 4
                                                              or model.name_parts_only(text[p : p + transcribed]))):
        return transcribed  # (那仁满都拉陪同: 都 spells the name here, a cue follows it; 巴图孟和深入: 巴图 and 孟和)
    return found


def joins_groups(text: str, head: str, start: int, end: int) -> bool:
    """``text[start:end]`` after ``head`` is a conjunction and a group of the same kind, no
    name (在校生代表|和新生|代表): the head's last two characters follow it again."""
    return text[start] in "和与及" and text.startswith(head[-2:], end)


def titled_names(text: str, token_starts: tuple[int, ...] = (), lexicon_dir: str | None = None,
                 max_title_chars: int = 60) -> list[tuple[int, int, str | None]]:
    """(start, end, title) of names written after a title in one sentence."""
    heads = title_heads_pattern(lexicon_dir)
    starts = set(token_starts)
    out: list[tuple[int, int, str | None]] = []
    floor = 0
    for hm in heads.finditer(text):
        p = hm.end()
        if hm.start() < floor:
            continue
        note = LIST_NOTE.match(text, p)
        post = None if note else POST_NOTE.match(text, p)
        p = (note or post or hm).end()
        model = name_model(lexicon_dir)
        if text[p : p + 1] in _ORGAN_AFTER_HEAD:
            continue  # 党政代表|团来宁: the head is part of an organ's name (代表团), no name follows
        found = _name_at(text, p, starts, True, TITLED_MIN_SCORE, lexicon_dir, TITLED_CLOSED_MIN_SCORE)
        found = _or_transcribed(text, p, found, model)
        if found == 2 and _third_name_char(text, p, model):
            found = 3  # 院长黄秋月,: the name runs to the comma when its third character is no cue
        if not note and (not found or model.boundary_strength(text, p + found) < 3):
            found = _foreign_name_after(text, hm, floor, found, lexicon_dir)
        if not found or note and text[p + found : p + found + 1] != "、":
            continue  # after 市领导: only a list of names
        if text[p : p + found] in NOT_NAMES:
            continue  # 班子其他成员依次作…: how they act, spelt like a transcribed name
        if text[p] == "任" and (taken := heads.search(text, p + 1, p + 8)) and not any(c in PUNCT for c in text[p + 1 : taken.start()]) \
                and taken.group(0) != "代表":
            continue  # 市长任常务副组长: 任 takes up a post, no surname (书记任某某代表…作报告: one who speaks for it)
        if text[p] in "和与及" and found > 2 and _joins_titled_name(text, p, found, lexicon_dir):
            continue  # 总书记和李鹏总理: 和 joins the next titled name, no surname
        if joins_groups(text, hm.group(0), p, p + found):
            continue  # 在校生代表和新生代表: 和 joins two groups of the same kind, no surname
        if heads.search(text, p, p + found):
            continue  # 理事|会主席某某: the title goes on, its last head finds the name
        title = title_before(text, hm.end(), floor, max_title_chars)
        if title and post:
            title += post.group(0)  # 副局长(主持工作): the note is part of the title as written
        while found:
            out.append((p, p + found, title))
            p += found
            floor = p
            found = None
            sep = _LIST_SEPARATOR.match(text, p)
            if sep and any(m.start() == sep.end() for m in heads.finditer(text, sep.end(), sep.end() + 8)):
                sep = None  # 县委书记甲、县长古丽娜尔·艾山: the next item has a title of its own
            if sep:
                found = _or_transcribed(text, sep.end(), _name_at(text, sep.end(), starts, False, 4.0, lexicon_dir),
                                        name_model(lexicon_dir), list_item=True)
                if found and not name_model(lexicon_dir).at_boundary(text, sep.end() + found):
                    found = None  # 、江苏省文联: a list of organs, not of names
                p = sep.end() if found else p
    return out


REPORTER_TITLE = re.compile(r"(?:记者|通讯员|实习生|编辑)$")


def is_official_title(title: str | None) -> bool:
    return bool(title and OFFICIAL_HINT.search(title) and not REPORTER_TITLE.search(title))


def person_kind(title: str | None) -> str:
    """official, reporter or other, from the title written next to a name."""
    if title and REPORTER_TITLE.search(title):
        # 集团党委副书记、副总编辑: a Party post held beside the editing makes an official
        return "official" if any(is_official_title(part) for part in title.split("、")) else "reporter"
    return "official" if is_official_title(title) else "other"
