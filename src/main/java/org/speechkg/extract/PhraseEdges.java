package org.speechkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import org.speechkg.text.Scan;

/**
 * Finds where a name that ends in a known head (…领导小组, …读书班, …工程) begins. Chinese writes no
 * spaces, so the left edge is taken as the point after the last word that cannot be part of a name:
 * punctuation, particles and prepositions (的, 了, 在, 和, 对…), governing verbs (开展, 召开, 成立, 制定,
 * 推进, 派出, 代替…), adverbs of manner (深入, 扎实…), demonstratives (此次, 上级…), role nouns (书记, 同志),
 * a year (2023年) and a count (58个). What remains between that point and the head is the name's modifier.
 */
public final class PhraseEdges {
    private static final String STOPS = String.join("|",
            "[，。；：、！？,.;:!?\\s《》【】\\[\\]—…·“”\"]", "[一二三四五六七八九十]是",
            "\\d{4}年", "\\d{1,2}月", "\\d{1,2}日", "为期\\d+天", "\\d+个",
            "的", "了", "着", "在", "和", "与", "及", "同", "对", "把", "将", "由", "从", "向", "被", "为", "以", "等", "并", "或", "于", "就", "到",
            "开展", "展开", "组织", "召开", "举办", "举行", "参加", "参与", "出席", "列席", "成立", "建立", "组建", "设立", "下设",
            "制定", "印发", "出台", "制发", "实施", "推进", "推动", "深化", "部署", "落实", "执行", "确保", "保证", "听取", "定期", "启动", "联合", "邀请", "牵头",
            "坚持", "加强", "强化", "深入", "继续", "全面", "扎实", "积极", "认真", "持续", "不断", "进一步", "大力", "广泛",
            "荣获", "获得", "获评", "评为", "作为", "通过", "围绕", "按照", "根据", "依托", "结合", "主持", "配合", "指导",
            "带领", "带动", "利用", "借助", "依据", "对照", "聚焦", "紧扣", "针对", "包括", "其中", "主动", "先后", "分别",
            "发挥", "获批", "立项", "依靠", "健全", "完善", "调整", "优化", "召集", "开好", "办好", "抓好", "搞好", "做好", "用好", "拓展", "巩固", "创新", "运用", "采用", "推行", "实行", "建立健全", "打造", "构建", "形成", "此次", "本次", "这次", "上次", "这一", "上级", "各级", "一系列", "系列", "各类", "各项", "一次", "多次", "首次",
            "派出", "不设", "代替", "取代", "代写", "抄袭", "拼凑",
            "书记", "副书记", "同志", "主任", "部长", "组长", "常委", "委员", "个人", "专门", "高位", "精心", "圆满", "顺利");
    private static final Scan STOP = Scan.compile("(?:" + STOPS + ")");

    private PhraseEdges() {}

    /**
     * Start of the name whose head starts at {@code headStart}, looking back at most {@code maxLen}
     * characters from {@code headStart} in {@code s}.
     */
    public static int leftEdge(String s, int headStart, int maxLen) {
        int from = Math.max(0, headStart - maxLen);
        Matcher m = STOP.pattern().matcher(s);
        for (int p = headStart - 1; p >= from; p--) { // the last stop that starts before the head, read as written
            if (STOP.mayStartWith(s.charAt(p)) && m.region(p, headStart).lookingAt()) {
                return m.end();
            }
        }
        return from;
    }

    /** Punctuation that ends a phrase; quotation marks are handled apart (a quoted part can sit inside a name). */
    private static final String PUNCTUATION = "，。；：、！？,.;:!?《》【】[]…·—\n\t （）()";
    /**
     * Verbs that govern a name rather than sit inside one (开展X行动, 召开X大会, 完成X改革): the name starts
     * after the first of them in its clause.
     */
    private static final java.util.Set<String> GOVERNING = java.util.Set.of(
            "开展", "实施", "推进", "完成", "启动", "召开", "举办", "举行", "承办", "主办", "参加", "出席", "打好", "打赢",
            "部署", "落实", "抓好", "办好", "开好", "加强", "谋划", "获批", "迎接", "筹备", "参与", "列席", "组织开展",
            "持续开展", "深入开展", "深入实施", "扎实开展", "认真开展", "全面实施", "深入推进", "全面推进", "加快推进",
            "确保", "抓实", "推出", "推动", "结合", "组织开展好", "压实", "涉及", "取得", "配合", "主持", "召集", "指导", "带领", "迎来", "见证", "观看", "参观", "备战", "承接", "听取", "领会", "讲好", "带头讲好", "讲授", "设立", "纳入", "获评", "获得", "荣获", "研究", "探索",
            "了解", "筹办", "进行", "采取", "发动", "停止", "暂停", "展开", "会见", "接见", "看望", "慰问", "制定", "印发", "开展好", "召开了", "举办了", "开展了", "实施了", "启动实施", "组织召开", "组织实施");
    /** Governing verbs that follow another one (筹备召开, 参与部署, 启动实施); 推动 after 开展 is the name's. */
    private static final java.util.Set<String> CHAINED = java.util.Set.of(
            "召开", "举办", "举行", "开展", "实施", "部署", "推进", "完成", "落实", "开好", "办好", "抓好", "打好", "抓实");
    /**
     * Verbs that open a clause with their object (深化X改革, 推动X建设); inside a name they are common (国企改革深化提升行动),
     * so they are only taken off the very start of a clause.
     */
    private static final java.util.Set<String> OPENING = java.util.Set.of(
            "深化", "推动", "扩大", "加快", "支持", "鼓励", "提高", "做好", "用好", "强化", "健全", "完善", "坚持", "擦亮",
            "打造", "持续打造", "获", "办", "抓", "组织", "搞", "开", "参加", "推进", "实行", "推行", "引导", "加大", "聚焦", "围绕",
            "按照", "结合", "通过", "依托", "坚决", "纵深推进", "学习运用", "学习", "借助", "利用");
    /** Counted amounts and prefixes of a round or batch before a name (46家, 新一轮, 首批). */
    private static final java.util.regex.Pattern LEADING_ROUND = java.util.regex.Pattern.compile(
            "^(新一轮|新一批|本轮|首批|第一批|新一届|一批|一系列|系列|此次|本次|这次|这项|该项|各项|多项|两项|"
            + "(全国|全省|全市)?(首个|首单|首家|唯一)|(上|各|本|省|市|县)?级|全[省市县区](全行业|全系统))");

    /**
     * Start of the name whose head starts at {@code headStart}, read with HanLP's tags. The clause is the text
     * after the last punctuation (a quoted part “…” closed before the head is passed over, so “三北”工程 keeps
     * its quote); in it the name starts after the last function word (preposition, conjunction, particle,
     * pronoun, time word; 党的 is part of a name) and after the first governing verb (开展, 实施, 召开…); with
     * no governing verb, adverbs and an opening verb (深化, 推动…) at the clause's start are left out. A
     * leading round or batch (新一轮, 首批) is no part of the name either.
     */
    public static int nameStart(String s, int headStart, int maxLen) {
        return nameStart(s, headStart, maxLen, false);
    }

    /**
     * As {@link #nameStart(String, int, int)}; with {@code joinedBy与} a 与 joins the name's parts (法治与公共卫生
     * 治理学术会议), as it does in the names of meetings, instead of ending it.
     */
    public static int nameStart(String s, int headStart, int maxLen, boolean joinedBy与) {
        // a pure function of its arguments, asked again and again for the same sentence (by several recognizers
        // and passes): remembered per thread for the last sentences
        java.util.Map<Long, Integer> bySentence = NAME_STARTS.get().computeIfAbsent(s, k -> new java.util.HashMap<>());
        long key = ((long) headStart << 33) | ((maxLen & 0xffffffffL) << 1) | (joinedBy与 ? 1 : 0);
        Integer known = bySentence.get(key);
        if (known == null) {
            known = computeNameStart(s, headStart, maxLen, joinedBy与);
            bySentence.put(key, known);
        }
        return known;
    }

    /** Name starts found lately, per sentence text (least recently used forgotten first). */
    private static final ThreadLocal<java.util.Map<String, java.util.Map<Long, Integer>>> NAME_STARTS =
            ThreadLocal.withInitial(() -> new java.util.LinkedHashMap<>(128, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, java.util.Map<Long, Integer>> eldest) {
                    return size() > 64;
                }
            });

    private static int computeNameStart(String s, int headStart, int maxLen, boolean joinedBy与) {
        int clause = clauseStart(s, headStart, Math.max(0, headStart - maxLen));
        for (String w : SUBSTITUTION) {
            int at = s.lastIndexOf(w, headStart - w.length());
            clause = at >= clause ? at + w.length() : clause;
        }
        String text = s.substring(clause, headStart);
        List<HanLpAdapter.Token> tokens = HanLpAdapter.segmentBackward(text);
        int first = afterLastFunctionWord(tokens, joinedBy与);
        int cut = -1;
        for (int i = first; i < tokens.size() && cut < 0; i++) {
            int after = afterWord(text, tokens, i, GOVERNING);
            if (after > i && after < tokens.size() && tokens.get(after).word().startsWith("会")) {
                continue; // 推进会, 部署会: a meeting named by its verb
            }
            if (after > i) {
                cut = afterVerbChain(text, tokens, after);
            }
        }
        if (cut < 0) {
            cut = skipAdverbs(tokens, first);
            int after = afterWord(text, tokens, cut, OPENING);
            cut = after == cut && cut > first ? afterPredicateVerb(tokens, cut) : after;
        }
        cut = Math.max(cut, Math.max(afterSubjectVerb(tokens, first), afterAdverbVerb(tokens, first)));
        for (int i = cut; i < tokens.size() - 1; i++) { // 会见来华出席…峰会的…: attending is never part of a name
            cut = ATTENDING.contains(tokens.get(i).word()) ? i + 1 : cut;
        }
        cut = cut < tokens.size() - 1 && tokens.get(cut).word().equals("好") ? cut + 1 : cut; // 实施好…
        if (joinedBy与) {
            cut = afterVerbBeforeEvent(tokens, cut);
        }
        int start = cut < tokens.size() ? clause + tokens.get(cut).offset() : headStart;
        java.util.regex.Matcher round = LEADING_ROUND.matcher(s).region(start, headStart);
        return round.lookingAt() ? round.end() : start;
    }

    /**
     * Index after the last verb of the clause whose subject is an actor (伊朗发动…, 美方确定…, 多地反对…: a place, a
     * person, a body, an abbreviation, a side 某方 or an adverbial 地, with adverbs between) and with an object between it and the
     * head: the actor and its verb are the clause, not the name (某国发动军事行动 → 军事行动). A common noun before a
     * verb is the name's own (服务业扩大开放综合试点), a verb right before the head stays in it (城市更新行动) unless a
     * person's (某人巡视博览会), a
     * one-character verb is too often a compound's (引江补汉), and a commemoration names what it commemorates
     * (某国加入某组织30周年纪念会).
     */
    private static int afterSubjectVerb(List<HanLpAdapter.Token> tokens, int first) {
        int cut = first;
        boolean[] quoted = quoted(tokens);
        for (int i = Math.max(first, 1); i < tokens.size(); i++) {
            HanLpAdapter.Token t = tokens.get(i);
            if (!quoted[i] && t.tag().equals("v") && t.word().length() >= 2 && !BODY_NOUNS.contains(t.word())
                    && hasActor(tokens, i, i == tokens.size() - 1)) {
                cut = i + 1;
            }
            if (t.word().equals("周年")) {
                return first;
            }
        }
        return cut;
    }

    /** Verbs of attending an event, which no name holds: the name starts after the last of them. */
    private static final java.util.Set<String> ATTENDING = java.util.Set.of("出席", "参加", "列席", "来华出席", "赴会");

    /** Words HanLP tags as verbs that end the names of bodies (亚太经合组织, 某某领导小组): no predicate. */
    private static final java.util.Set<String> BODY_NOUNS = java.util.Set.of("组织", "领导", "管理", "服务", "协作");

    /** Which tokens stand inside a quotation (“…”): a quoted slogan is a name's own, whatever its grammar. */
    private static boolean[] quoted(List<HanLpAdapter.Token> tokens) {
        boolean[] in = new boolean[tokens.size()];
        boolean open = false;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            open = w.contains("“") || (open && !w.contains("”"));
            in[i] = open;
        }
        return in;
    }

    private static boolean hasActor(List<HanLpAdapter.Token> tokens, int verb, boolean beforeHead) {
        int j = verb - 1;
        while (j > 0 && tokens.get(j).tag().startsWith("d")) {
            j--;
        }
        HanLpAdapter.Token t = tokens.get(j);
        String tag = t.tag();
        boolean side = tag.equals("n") && t.word().length() == 2 && t.word().endsWith("方");
        if (beforeHead) { // a person's verb is never a name's (某人巡视博览会); a place's may be (城市更新行动)
            return tag.startsWith("nr") && t.word().length() >= 2;
        }
        return tag.startsWith("ns") || tag.startsWith("nr") || tag.startsWith("nt") || tag.equals("j") || tag.equals("uv") || side;
    }

    /**
     * Index after the last adverb-and-verb pair (不断提升, 持续推进) that has words before it: a name holds no adverb
     * of manner inside, so the pair is the clause's predicate and the head its object (某地不断提升改革 → no name). At
     * the clause's start such a pair may open a slogan that names a seminar (不断开辟…新境界研讨会) and stays.
     */
    private static int afterAdverbVerb(List<HanLpAdapter.Token> tokens, int first) {
        int cut = first;
        boolean[] quoted = quoted(tokens);
        for (int i = first + 2; i < tokens.size(); i++) {
            if (quoted[i]) {
                continue;
            }
            HanLpAdapter.Token adverb = tokens.get(i - 1);
            HanLpAdapter.Token verb = tokens.get(i);
            if (adverb.tag().equals("d") && adverb.word().length() >= 2 && verb.tag().equals("v") && verb.word().length() >= 2) {
                cut = i + 1;
            }
        }
        return cut;
    }

    /** After adverbs at the clause's start, a verb with an object before the head is a predicate (深入挖掘…运动). */
    private static int afterPredicateVerb(List<HanLpAdapter.Token> tokens, int i) {
        return i < tokens.size() - 1 && tokens.get(i).tag().equals("v") && tokens.get(i).word().length() >= 2 ? i + 1 : i;
    }

    /**
     * A verb before an event's edition or number governs the event (收获第十五届…运动会): an event's name opens with
     * a verb only for what it celebrates or studies (庆祝…成立75周年大会), never before an edition.
     */
    private static int afterVerbBeforeEvent(List<HanLpAdapter.Token> tokens, int cut) {
        if (tokens.stream().anyMatch(t -> t.word().equals("周年"))) {
            return cut;
        }
        int after = cut;
        for (int i = cut; i < tokens.size() - 1; i++) {
            HanLpAdapter.Token next = tokens.get(i + 1);
            HanLpAdapter.Token verb = tokens.get(i);
            if (verb.tag().equals("v") && !BODY_NOUNS.contains(verb.word()) && (next.word().startsWith("第") || next.tag().startsWith("m"))) {
                after = i + 1;
            }
        }
        return after;
    }

    /**
     * Start of the part of {@code [start, headStart)} after the last governing verb in it: a numbered session
     * (十九届中央第七轮巡视) holds no verb, so one before it, however far, governs it (领会…听取十九届中央第七轮巡视).
     */
    public static int afterLastGoverningVerb(String s, int start, int headStart) {
        int after = start;
        for (String verb : GOVERNING) {
            int at = s.lastIndexOf(verb, headStart - verb.length());
            if (at >= start && s.startsWith("会", at + verb.length())) { // 推进会: a meeting named by its verb
                at = s.lastIndexOf(verb, at - 1);
            }
            if (at >= start) {
                after = Math.max(after, at + verb.length());
            }
        }
        return after;
    }

    /** Index of the token after a word of {@code words} written from token {@code i} on, or {@code i} when none. */
    private static int afterWord(String text, List<HanLpAdapter.Token> tokens, int i, java.util.Set<String> words) {
        if (i >= tokens.size()) {
            return i;
        }
        int from = tokens.get(i).offset();
        for (int j = i; j < tokens.size() && j < i + 4; j++) {
            int end = tokens.get(j).offset() + tokens.get(j).word().length();
            if (words.contains(text.substring(from, end))) {
                return j + 1;
            }
        }
        return i;
    }

    /** Past further governing verbs and adverbs that follow one (筹备召开, 参与部署, 开展好). */
    private static int afterVerbChain(String text, List<HanLpAdapter.Token> tokens, int i) {
        int next = i;
        while (true) {
            int adverbs = skipAdverbs(tokens, next);
            int after = afterWord(text, tokens, adverbs, CHAINED);
            if (after == adverbs || after >= tokens.size()) {
                return next;
            }
            next = after;
        }
    }

    private static int skipAdverbs(List<HanLpAdapter.Token> tokens, int i) {
        int j = i;
        while (j < tokens.size() - 1 && isAdverb(tokens.get(j))) {
            j++;
        }
        return j;
    }

    private static boolean isAdverb(HanLpAdapter.Token t) {
        return t.tag().startsWith("d") || t.tag().equals("ad") || t.word().equals("高质量") || t.word().equals("高质")
                || t.word().equals("量") || t.word().equals("成功") || t.word().equals("连续") || t.word().equals("要")
                || t.word().equals("深入") || t.word().equals("继续");
    }

    /** Index of the first token after the last function word, count, date or role (0 when there is none). */
    private static int afterLastFunctionWord(List<HanLpAdapter.Token> tokens, boolean joinedBy与) {
        boolean quoted = false;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String w = tokens.get(i).word();
            if (w.contains("”") || w.contains("“")) {
                quoted = w.contains("”") && !w.contains("“");
                continue;
            }
            if (quoted) {
                continue;
            }
            boolean joins = joinedBy与 && (w.equals("与") || w.equals("暨"));
            if ((isFunctionWord(tokens, i) && !joins) || isCountOrDate(tokens, i) || (ROLES.contains(tokens.get(i).word()) && i < tokens.size() - 1)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean isFunctionWord(List<HanLpAdapter.Token> tokens, int i) {
        HanLpAdapter.Token t = tokens.get(i);
        String tag = t.tag();
        if (t.word().length() == 1) {
            boolean party = i > 0 && tokens.get(i - 1).word().endsWith("党") && (t.word().equals("的")
                    || (t.word().equals("和") && i + 1 < tokens.size() && PARTY_AND.contains(tokens.get(i + 1).word())));
            return !party && !fourCharacterIdiom(tokens, i) && SINGLE_FUNCTION.indexOf(t.word().charAt(0)) >= 0;
        }
        return tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u") || tag.startsWith("r")
                || (tag.startsWith("t") && !SEASONS.contains(t.word())) || tag.equals("y") || tag.equals("f")
                || MULTI_FUNCTION.contains(t.word());
    }

    /** 以 opening a four-character formula of one character, a one-character verb and one more (以旧换新, 以奖代补). */
    private static boolean fourCharacterIdiom(List<HanLpAdapter.Token> tokens, int i) {
        return tokens.get(i).word().equals("以") && i + 2 < tokens.size()
                && tokens.get(i + 1).word().length() == 1 && tokens.get(i + 2).word().length() == 1
                && tokens.get(i + 2).tag().startsWith("v") && (i + 3 == tokens.size() || tokens.get(i + 3).word().length() == 1);
    }

    /** A count in digits (58个, 9次) or a date (2023年, 9月, 3日): a name does not start before it. */
    private static boolean isCountOrDate(List<HanLpAdapter.Token> tokens, int i) {
        String w = tokens.get(i).word();
        if (i > 0 && HAN_NUMERAL.matcher(tokens.get(i - 1).word()).matches()
                && (i < 2 || !ORDINAL.matcher(tokens.get(i - 2).word()).matches())) {
            return w.equals("次") || w.equals("场") || w.equals("期") || w.equals("个") || w.equals("轮") || w.equals("名")
                    || w.equals("种");
        }
        if (i == 0 || !DIGITS.matcher(tokens.get(i - 1).word()).matches()) {
            return false;
        }
        if (tokens.get(i - 1).word().startsWith("第")) { // 第19次峰会 is an edition; 第8个比赛 only a place in a list
            return w.equals("个");
        }
        boolean year = w.equals("年") && tokens.get(i - 1).word().length() == 4;
        return year || w.equals("月") || w.equals("日") || COUNTERS.contains(w);
    }

    private static final java.util.regex.Pattern HAN_NUMERAL = java.util.regex.Pattern.compile("[一二两三四五六七八九十几多]+");
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("第|届");
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("第?\\d+");

    /** One-character function words; a longer word is read by its tag (a single character's tag is too often wrong). */
    private static final String SINGLE_FUNCTION = "称因而到的了着在和与及或并对把将被从向于为以等是让使这那此该各其上里靠给由自跟要同";
    /** 党的…, 党和国家…, 党和政府…: fixed phrases that open names (党和国家机构改革). */
    private static final java.util.Set<String> PARTY_AND = java.util.Set.of("国家", "政府", "人民");
    /** Seasons and terms name a session (秋季学期开学典礼) rather than date a clause. */
    private static final java.util.Set<String> SEASONS = java.util.Set.of("春季", "夏季", "秋季", "冬季", "暑期", "寒假", "暑假");
    private static final java.util.Set<String> MULTI_FUNCTION = java.util.Set.of("以来", "特别是", "尤其是", "包括", "其中", "作为",
            "表示", "宣布", "呼吁", "强调", "指出", "认为", "声称", "称为", "报道");
    /** Verbs whose object is put in a name's place (以观看视频代替专题研讨, 代写…材料): the name starts after them. */
    private static final List<String> SUBSTITUTION = List.of("代替", "取代", "代写", "抄袭", "拼凑");
    private static final java.util.Set<String> ROLES = java.util.Set.of(
            "书记", "副书记", "同志", "主任", "部长", "组长", "常委", "委员", "校长", "院长", "省长", "市长", "县长", "主席", "总理",
            "领导班子", "班子", "先生", "女士");
    private static final java.util.Set<String> COUNTERS = java.util.Set.of("个", "项", "家", "批", "所", "条", "名", "位", "余", "多", "次", "场", "期", "轮", "方面", "届");

    /** After the last punctuation before {@code headStart}, passing over quotations closed before it. */
    private static int clauseStart(String s, int headStart, int from) {
        for (int p = headStart - 1; p >= from; p--) {
            char c = s.charAt(p);
            if (c == '”' || c == '」') {
                int open = s.lastIndexOf(c == '”' ? '“' : '「', p);
                if (open < from) {
                    return p + 1;
                }
                p = open;
            } else if (c == '—' && p > from && p + 1 < headStart && s.charAt(p - 1) != '—' && s.charAt(p + 1) != '—') {
                continue; // one dash joins two names (中国—中亚峰会); a double dash ends a clause
            } else if (c == '“' || c == '「' || c == '"' || PUNCTUATION.indexOf(c) >= 0) {
                return p + 1;
            }
        }
        return from;
    }
}
