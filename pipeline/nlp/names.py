"""Chinese personal names: where a name starts and ends, and how to split name lists.

A small statistical model from the name tables in models/lexicons: surname
frequencies and, per character, how often it occurs in given names versus in all
text. It decides ``魏振东主持`` → 魏振东 (not 魏振), ``王刚参加`` → 王刚, and splits
run-together lists such as ``郭红胜王咏刚武国宏`` or ``刘华康桂芳``.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from pipeline.lexicons import Lexicons, alternation, load_lexicons

PUNCT = set(",.;:!?、。!?;:,()[]《》“”‘’\"'\n —-·…|/")
_NOT_GIVEN = set("的了在和是等及与对为于把被将从向以所其这那之而并或也都就还又再很更最各每该本我你他她它们个时分号省市县区镇乡村委局厅部处科")
# function characters no foreign name spells (本, 村, 市 and 和 do: 桥本, 村山富市, 小和田)
_NOT_IN_FOREIGN_NAMES = set("的了在是等及与对为于把被将从向以所其这那之而并或也都就还又再很更最各每该我你他她它们个年月日时号"
                            "兼局厅办委室团组处院会")
# what follows a foreign name and is no boundary of the Chinese name model (某某当天举行)
_AFTER_FOREIGN_NAME = re.compile(r"[时后](?=[,;:。!?]|表示|说|指出|强调|称|对)|率领?|当天|当日|[今昨明]天|[今昨]日|日前|近日|[上下]午|晚上|举行|发表|访问|抵达|说|称|同|就|已|曾|将|则"
                                 r"|充分|高度|详细|仔细|认真|亲切|热情")  # 某某·某某充分肯定: how they act
# verbs that start with a surname (纪, 欢, 会 …) and end a clause before a name: 纪念江主席…
_VERB_STARTS = {"纪念", "祝贺", "欢迎", "感谢", "慰问", "看望", "会见", "陪同", "出席", "参加", "主持", "邀请"}
MIDDLE_DOT = "·"
# a function or place character that is also a first given char (王向东, 沈从文, 刘和平, 温以宁, 吕镇南), never a last one
_MIDDLE_GIVEN = set("向其从和以镇")
_TOWN_WORDS = {"镇长", "镇政", "镇干", "镇里", "镇内", "镇上", "镇街", "镇直", "镇区", "镇域"}  # 王镇长, 李镇干部: a town's
_SOFT_LAST = set("和本之为年")  # function and date characters that also end names (覃永年主持)
_FUNCTION_START = set("到给让使由经据按照如若被把向往自打从朝沿随凭趁除连即便虽但")
NOT_NAMES = {"老婆", "老公", "夫人", "爱人", "家属", "同志", "同事", "同学", "同行", "同期", "干部", "群众", "党员",
             "职工", "成员", "代表", "人员", "双方", "各方",
             # whom an official speaks to (屠副市长向客人介绍): an audience, no given name
             "客人", "来宾", "嘉宾", "贵宾", "外宾", "客商", "大家", "记者", "朋友",
             "班子",  # 旗委常委班子作对照检查: a body, no name
             # 与会委员踊跃发言: how they act, no name
             "踊跃", "纷纷", "积极", "认真", "热烈", "一致", "先后", "依次", "逐一", "分别", "共同", "一同", "一起",
             "全程", "全天", "全员", "多次", "多年", "多名",  # 委员全程视察, 市领导多次带队: how long or often, no name
             "万余", "千余", "百余"}  # 社会各界群众万余人参加: a count, no name
# armed services that start with a surname (空, 海, 全): never a whole name, though 海军 is a given name (张海军)
NOT_WHOLE_NAMES = {"空军", "海军", "陆军", "武警", "全军", "军区", "军委"}


# the last characters of places and bodies (阿克苏市,): no Yi given name ends so
_PLACE_ENDS = set("市县区州镇乡村旗盟省委局厅办会部处所站队")


class NameModel:
    """Scores candidate names; see the module docstring."""

    def __init__(self, lex: Lexicons):
        self.lex = lex
        total_s = sum(lex.surnames.values()) or 1
        self.surname_logp = {s: math.log(n / total_s) for s, n in lex.surnames.items()}
        self.min_surname_logp = math.log(0.5 / total_s)
        g_total = sum(lex.given_chars.values()) or 1
        a_total = sum(lex.all_chars.values()) or 1
        self._ratio = {}
        for ch in set(lex.given_chars) | set(lex.all_chars):
            g = lex.given_chars.get(ch, 0)
            a = lex.all_chars.get(ch, 0)
            self._ratio[ch] = math.log((g + 0.3) / g_total) - math.log((a + 3.0) / a_total)
        self._unknown_ratio = math.log(0.3 / g_total) - math.log(3.0 / a_total)
        words = set(lex.role_cues) | set(lex.event_triggers) | lex.cue_words("filler") \
            | lex.cue_words("group") | lex.title_heads | _BOUNDARY_WORDS
        self.boundary = alternation(words)
        self.long_fillers = tuple(w for w in lex.cue_words("filler") if len(w) >= 2)  # 认真, 实地, 亲自
        self.name_parts = lex.tibetan_name_parts | lex.mongolian_name_parts | lex.turkic_name_parts
        self.transcription_chars = lex.transliteration_chars | {ch for part in self.name_parts for ch in part}
        self.cue = alternation(set(lex.role_cues) | set(lex.event_triggers) | lex.cue_words("group")
                               | lex.cue_words("speech"))

    def _transliterated_end(self, text: str, i: int, n: int) -> int:
        """A foreign name cut short by the Chinese name model (卢卡申|科是): run on over
        transliteration characters to a boundary; else ``n``."""
        chars = self.lex.transliteration_chars
        if 3 * sum(c in chars for c in text[i : i + n]) < 2 * n or self.boundary_strength(text, i + n) >= 3:
            return n
        end = i + n
        while end < len(text) and end - i < 6 and text[end] in chars:
            end += 1
            if self.boundary_strength(text, end) >= 3:
                return end - i
        return n

    def transcribed_name_at(self, text: str, i: int) -> int | None:
        """The length of a name spelt in transcription characters alone (朝鲁, 巴特尔, a
        Mongolian or foreign name with no surname) that starts at ``text[i]`` and ends at a
        boundary: the longest such run of two to nine characters (阿依努尔吐尔逊别克), or None."""
        if self.boundary.match(text, i):
            return None  # 负责人参加: a cue, no name
        end = i
        while end < len(text) and end - i < 9 and text[end] in self.transcription_chars:
            end += 1
        for n in range(end - i, 3, -1):  # 萨仁高娃|参加视察: listed name parts, before a cue spelt alike
            if self.name_parts_only(text[i : i + n]) and self.boundary_strength(text, i + n) >= 3:
                return n
        for n in range(end - i, 1, -1):
            if text[i + n - 1] in "和与及" and not self.ends_name(text, i + n - 1):
                continue  # 主席诺哈和总理某某: 和 joins two titled names
            if self.boundary_strength(text, i + n) >= 3 and text[i : i + n] not in self.lex.not_names:
                return n
        if end - i >= 4 and self.name_parts_only(text[i:end]):
            return end - i  # 盟委书记图门吉日嘎拉致贺词: known name parts from end to end, whatever follows
        return None

    def _dotted_end_strength(self, text: str, j: int) -> float:
        """boundary_strength inside a transcribed last part: a one-character word that also
        spells names (都 of 阿布都热依木) between two transcription characters is no boundary."""
        strength = self.boundary_strength(text, j)
        if strength == 3.0 and all(c in self.transcription_chars for c in text[j - 1 : j + 2]) and len(text[j - 1 : j + 2]) == 3:
            return 0.0
        word = self.boundary.match(text, j)
        if word and len(word.group(0)) == 1 and all(c in self.transcription_chars for c in text[j - 1 : j + 1]) \
                and self.boundary_strength(text, j + 1) >= 4:
            return 0.0  # 热依拉·阿不都|发言: 都 spells the name, the cue after it ends it
        return strength

    @staticmethod
    def _unlisted_half(text: str, j: int) -> bool:
        """Whether ``text[j:j+2]`` may be half of a name: two CJK characters, not a place's end."""
        return all(_is_cjk(c) and c not in _PLACE_ENDS for c in text[j : j + 2]) and len(text[j : j + 2]) == 2

    def name_parts_only(self, run: str) -> bool:
        """Whether ``run`` is made of listed Mongolian, Tibetan or Turkic name parts alone."""
        ends = {0}
        for k in range(1, len(run) + 1):
            if any(k - n in ends and run[k - n : k] in self.name_parts for n in range(2, 5)):
                ends.add(k)
        return len(run) in ends

    def foreign_name_at(self, text: str, i: int) -> int | None:
        """The length of a foreign name after a foreign post (日本某市市长高岛宗一郎,): the run
        of two to seven characters up to the first sure boundary, or None."""
        if i < len(text) and (not _is_cjk(text[i]) or text[i] in _NOT_IN_FOREIGN_NAMES) or _AFTER_FOREIGN_NAME.match(text, i):
            return None  # (拉脱维亚总理|举行会谈: no name after the post)
        for end in range(i + 2, min(i + 7, len(text)) + 1):
            if not _is_cjk(text[end - 1]) or text[end - 1] in _NOT_IN_FOREIGN_NAMES:
                return None
            if end - i >= 3 and all(c not in self.lex.transliteration_chars and self.given_ratio(c) <= -2.5
                                    for c in text[end - 2 : end]):
                return None  # 穆萨批评: a word no name spells (批评) ran into it
            if self.boundary_strength(text, end) >= 3 or _AFTER_FOREIGN_NAME.match(text, end):
                return None if text[i:end] in self.lex.not_names or text[i:end] in NOT_NAMES else end - i
        return None

    def joins_list(self, text: str, i: int, floor: int = 0) -> bool:
        """``text[i]`` is the conjunction that adds a name to a list (,和杨立同志), no name's start."""
        if text[i] == "和" and text[i - 1 : i] == "、" and text[i + 3 : i + 4] in ("、", ",") and _is_cjk(text[i + 2 : i + 3] or "。"):
            return False  # 蒋某、和玉洁、邱某: no conjunction inside a list, the surname 和
        return text[i] in "和与及" and (i == floor or text[i - 1] in PUNCT) and bool(self.surname_len(text, i + 1))

    def given_ratio(self, ch: str) -> float:
        if ch in _NOT_GIVEN or ch in PUNCT or not _is_cjk(ch):
            return -8.0
        return max(self._ratio.get(ch, self._unknown_ratio), -3.0)

    def surname_len(self, text: str, i: int) -> list[int]:
        """Lengths of surnames that start at ``text[i]`` (2 first)."""
        out = []
        if text[i : i + 2] in self.surname_logp and len(text[i : i + 2]) == 2:
            out.append(2)
        if text[i : i + 1] in self.surname_logp:
            out.append(1)
        return out

    def score(self, name: str, surname_len: int) -> float:
        """Log-odds that ``name`` is a personal name with that surname length."""
        sur, given = name[:surname_len], name[surname_len:]
        if not given or len(given) > 2 or name[:2] in _VERB_STARTS or name in NOT_NAMES or given in NOT_NAMES \
                or name[:2] in NOT_NAMES or name in NOT_WHOLE_NAMES \
                or name in self.lex.not_names or any(not _is_cjk(c) for c in name):
            return -99.0
        s = max(self.surname_logp[sur] + 8.0, -1.0) if sur in self.surname_logp else -3.0
        if len(given) == 2 and given[0] in _MIDDLE_GIVEN:
            if self.given_ratio(given[1]) <= -2.0 or given in _TOWN_WORDS:
                return -99.0  # 王其说, 李其所在: the word goes on, no given name
            return s + max(self._ratio.get(given[0], self._unknown_ratio), -3.0) + self.given_ratio(given[1])
        return s + sum(self.given_ratio(c) for c in given)

    def at_boundary(self, text: str, j: int) -> bool:
        return self.boundary_strength(text, j) > 0

    def ends_name(self, text: str, j: int) -> bool:
        """``text[j]`` is a function character that names also end with (和, 本, 之, 为),
        followed by punctuation, the end, 在, 率, 带领, 作了, 作《…》报告, 及, an adverb (认真), or a cue such as 主持 or 等: there it
        cannot be the function word (滕志和、, 邝立本主持, 副院长屈忍之在报告中说, 端木清和率…)."""
        if text[j : j + 1] not in _SOFT_LAST:
            return False
        return j + 1 >= len(text) or text[j + 1] in PUNCT or text.startswith("在", j + 1) and text[j + 2 : j + 3] not in ("场", "座") \
            or text.startswith("就", j + 1) and bool(re.match(r"[^,。;:]{1,30}?[作做进提发]", text[j + 2 : j + 34])) \
            or bool(self.cue.match(text, j + 1)) or text.startswith(("进行", "关于", "以及", "带领"), j + 1) \
            or text.startswith("率", j + 1) and not text.startswith("率先", j + 1) or text.startswith("作了", j + 1) \
            or bool(re.match(r"作(?:《|“|[^,。;]{0,12}?报告)|及(?!时)", text[j + 1 : j + 16])) \
            or text.startswith(self.long_fillers, j + 1)  # 景泰和认真听取

    def boundary_strength(self, text: str, j: int) -> float:
        """How surely a name ends before text[j]: 4 at punctuation, a digit or a Latin
        letter, or a two-character cue (主持, 表示), 3 before a one-character word (在, 同), else 0."""
        if j >= len(text) or text[j] in PUNCT or text[j].isdigit() or text[j].isascii() and text[j].isalpha():
            return 4.0  # 穆迪奥诺１０日说: no name holds a digit or a Latin letter
        if text[j] in "作做" and (text[j + 1 : j + 2] in ("《", "“", "了") or text[j + 1 : j + 2].isdigit()):
            return 4.0  # 副院长郎艳|作《财务工作报告》, 兰燕|作2021年度…报告: the verb before what was made
        if self.ends_name(text, j):
            return 0.0  # 滕志和、, 邝立本主持: the function character is the name's last char
        m = self.boundary.match(text, j)
        if not m:
            return 0.0
        if len(m.group(0)) >= 2 or self.boundary.match(text, j + 1):
            return 4.0  # 主持; 作+交流发言
        return 3.0

    def best_name_at(self, text: str, i: int, allow_unknown_surname: bool = False,
                     min_score: float = 0.0) -> tuple[int, float] | None:
        """(length, score) of the most likely name starting at ``text[i]``, or None."""
        if i >= len(text) or not _is_cjk(text[i]):
            return None
        before_dot = text[i + 4 : i + 5] == MIDDLE_DOT  # 阿尔瓦罗·门德斯: a first part, read below with its last
        if not before_dot and text[i : i + 2] in self.lex.tibetan_name_parts and text[i + 2 : i + 4] in self.lex.tibetan_name_parts:
            return 4, 5.0 + self.boundary_strength(text, i + 4)  # 次仁旺堆: two Tibetan name parts
        if not before_dot and text[i : i + 2] in self.lex.yi_clan_names and text[i + 2 : i + 4] in self.lex.yi_given_names:
            return 4, 5.0 + self.boundary_strength(text, i + 4)  # 吉克阿木: a Yi clan and a given name
        # four characters, one half listed, the other half unlisted but name-like, then a sure boundary
        strength = 0.0 if before_dot else self.boundary_strength(text, i + 4)
        if text[i : i + 2] in self.lex.tibetan_name_parts and strength >= 4 and self._unlisted_half(text, i + 2) \
                and not self.boundary.match(text, i + 2):
            return 4, 5.0  # 仁青东主出席: a Tibetan name whose second part is not listed
        if text[i + 2 : i + 4] in self.lex.tibetan_name_parts and strength >= 3 and self._unlisted_half(text, i) \
                and not self.boundary.match(text, i) and not self.boundary.match(text, i + 1):
            return 4, 5.0  # 旦正加措到: one whose first part is not listed
        if text[i : i + 2] in self.lex.yi_clan_names and strength >= 4 and self._unlisted_half(text, i + 2):
            return 4, 5.0  # 阿苏拉者、: a Yi clan and a given name not listed, closed by punctuation
        if self.joins_list(text, i):
            return None
        dotted = _dotted_name(text, i)
        if dotted:
            # the last part may run into the next word: end it where the surest boundary
            # follows; of two equally sure ones, the later when the first one's word runs
            # past it (艾买提出席: 提出 overlaps 出席), else the first (姆帕苏一行。)
            last_dot = text.rfind(MIDDLE_DOT, i, i + dotted)
            ends = [(max(self._dotted_end_strength(text, end), 4.0 if _AFTER_FOREIGN_NAME.match(text, end) else 0.0), end)
                    for end in range(last_dot + 3, min(i + dotted, last_dot + 6) + 1)]
            if self.boundary_strength(text, last_dot + 2) >= 4 and last_dot + 2 <= i + dotted:
                ends.insert(0, (4.0, last_dot + 2))  # 阿里夫·汗分别致辞: a last part of one character
            top = max((strength for strength, _ in ends), default=0.0)
            if top <= 0:  # a long last part (别克穆哈梅多夫): up to the first sure boundary
                longer = next((end for end in range(last_dot + 7, min(i + dotted, last_dot + 9) + 1)
                               if self.boundary_strength(text, end) >= 3 or _AFTER_FOREIGN_NAME.match(text, end)), None)
                return (longer - i if longer else min(dotted, last_dot + 4 - i)), 5.0
            surest = [end for strength, end in ends if strength == top]
            end = surest[0]
            for later in surest[1:]:
                word = self.boundary.match(text, end)
                next_word = self.boundary.match(text, later)
                if word and word.end() > later and (next_word is None or next_word.end() > word.end()) \
                        and not self.boundary.fullmatch(text, end, end + 1) and not _AFTER_FOREIGN_NAME.match(text, end):
                    end = later  # 提出|出席 (艾买提出席), not 时说|说 (某某·某某时说) nor 作|交流发言
            return end - i, 5.0
        unknown_ok = allow_unknown_surname and text[i] not in _NOT_GIVEN and text[i] not in _FUNCTION_START
        sur_lens = self.surname_len(text, i) or ([1] if unknown_ok else [])
        best: tuple[int, float] | None = None
        if any(text.startswith(h, i + sl) for sl in sur_lens for h in ("先生", "女士", "老师", "同志")):
            return None  # 姚先生: a surname and an honorific, no name
        for sl in sur_lens:
            if text.startswith(self.long_fillers, i + sl):
                continue  # 与会人员都仔细察看: an adverb after 都, no given name
            for gl in (1, 2):
                n = sl + gl
                cand = text[i : i + n]
                if len(cand) < n:
                    continue
                sc = self.score(cand, sl)
                if sc < -50:
                    continue
                last = cand[-1]
                if self.ends_name(text, i + n - 1):  # 滕志和、: 和 scored as a name char
                    sc += max(self._ratio.get(last, self._unknown_ratio), -3.0) - self.given_ratio(last)
                sc += self.boundary_strength(text, i + n)
                if gl == 2:
                    sc += 0.7
                if best is None or sc > best[1]:
                    best = (n, sc)
        if best is None or best[1] < min_score:
            return None
        return self._transliterated_end(text, i, best[0]), best[1]

    def split_run(self, run: str, hints: set[int] | frozenset[int] = frozenset()) -> list[str] | None:
        """Split a run of names written together (``冯凯治高鹏艳``) into names, or None.

        ``hints`` are offsets in ``run`` where the raw text had a space or a line break.
        """
        n = len(run)
        best: list[tuple[float, list[str]] | None] = [None] * (n + 1)
        best[0] = (0.0, [])
        for i in range(n):
            if best[i] is None:
                continue
            for sl in self.surname_len(run, i) or []:
                for gl in (1, 2):
                    j = i + sl + gl
                    if j > n:
                        continue
                    sc = self.score(run[i:j], sl) + (0.7 if gl == 2 else 0.0)
                    if sc < -50:
                        continue
                    sc += 2.0 if (j in hints or j == n) else 0.0
                    sc -= 3.0 * sum(1 for h in hints if i < h < j)
                    total = best[i][0] + sc
                    if best[j] is None or total > best[j][0]:
                        best[j] = (total, best[i][1] + [run[i:j]])
        if best[n] is None:
            return None
        names = best[n][1]
        return names if all(self.score(nm, 2 if nm[:2] in self.surname_logp and len(nm) == 4 else 1) > -5
                            for nm in names) else None


_BOUNDARY_WORDS = {
    "在", "和", "与", "及", "以及", "以", "受邀", "应邀", "进行", "对", "向", "为", "于", "是", "的", "到", "赴", "深入", "来到",
    "走进", "前往", "率", "先后", "一起", "会同", "同", "作", "就", "从", "把", "将", "也", "都",
    "看望", "听取", "察看", "检查", "调研", "会见", "参观", "代表", "说", "认为", "感谢", "希望",
    "指出", "强调", "要求", "表示", "介绍", "出席", "主持", "参加", "讲话", "摄", "报道", "作品",
    "今天", "昨天", "今日", "昨日", "近日", "日前", "上将", "中将", "少将", "大校", "上校", "同志",
    "先生", "女士", "老师", "告诉", "谈", "称", "透露", "做客", "认为", "一边", "应邀",
    "任命", "免去", "提名", "推荐", "选举", "担任",
    "学习", "贯彻", "传达", "落实", "按照", "根据", "遵照", "领会", "宣传",
    "关于", "围绕", "结合", "针对", "通过", "带头", "带领", "率先", "亲自", "专程", "随后", "分别",
    "来我", "莅临", "发表", "宣读", "宣布", "开展",
    "时说", "时表示", "时指出", "时强调", "时称", "时的讲话",  # 会见某某时说: the name ends before 时
    "所作", "所做",  # 副市长某某所作的报告
    "冒着", "顶着", "冒雨", "迎着",  # 省委书记某某冒着严寒来到
    "接到", "接报", "获悉", "得知", "闻讯", "连夜", "立即", "第一时间",  # 区长某某接到汛情报告后
    "全面", "充分", "系统", "着重", "重点", "具体",
}


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


# a transcribed name: parts joined by ·, no function word in its first part (颁发的马可·波罗奖)
# nor after its last dot (约翰·克鲁吉及其一行, 乔治·韦拉举行会谈)
_DOTTED = re.compile(r"(?:(?![的了在是为对向把被等和与及])[\u4e00-\u9fff]){1,6}"
                     r"(?:·(?:(?![的了在是等和与及同率说举会今昨于受向对就]|一行|表示|访问|抵达|出席|参加|委托|转达|陪同|介绍|代表|致辞|讲话|登上|来到|走进|深入|察看|查看|听取|主持|前往"
                     r"|视察|调研|考察|看望|慰问|会见|因(?=[在赴到去病事公故]))[\u4e00-\u9fff]){1,8}"
                     r"(?:和(?=[、,。;:)]))?){1,3}")  # 包·苏和、: a last part may end in 和 before punctuation


def _dotted_name(text: str, i: int) -> int | None:
    m = _DOTTED.match(text, i)
    return m.end() - i if m else None


@lru_cache(maxsize=4)
def name_model(lexicon_dir: str | None = None) -> NameModel:
    """The process-wide name model (built once, lazily)."""
    return NameModel(load_lexicons(lexicon_dir))
