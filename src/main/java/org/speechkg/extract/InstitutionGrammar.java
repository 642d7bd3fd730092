package org.speechkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Institutions and their internal units by head noun, the name's left edge read from HanLP's tags.
 * A head (…大学, …医院, …集团, …研究院, …中心, …委员会, …常委会, …支部, …处, …部, …局…) is looked up where
 * it ends; heads inside a shorter word (干部, 部署) or after a particle are dropped from the dictionary alone, and
 * for the rest the text before the head is segmented (HanLP's dictionary segmenter) and the name is read
 * leftwards from the head over words that can be part of a name (nouns, place and organization words,
 * abbreviations, nominal verbs, level words such as 省 or 校, ordinals 第N) up to the first word that cannot
 * (punctuation, particles, prepositions, conjunctions, pronouns and determiners, adverbs, numerals and
 * measure words, time words), never past {@link PhraseEdges}' character-level edge. Leading verbs are
 * trimmed (合并后勤服务处 → 后勤服务处).
 * <p>
 * What is read is a name only with enough of one before the head, by kind of head:
 * <ul>
 *   <li>institutions (大学, 医院, 集团, 中心, 组织…): a proper word (place, organization, person, other
 *       proper noun, abbreviation, Latin letters) or a level word (省, 市, 国家, 中国…), or a word HanLP
 *       tags as an organization (北京大学/nt);</li>
 *   <li>topic-named bodies (研究院, 研究中心, 委员会, 宣讲团…): a topic of some length (教材审查委员会);</li>
 *   <li>internal units (处, 部, 局, 党委, 支部, 常委会, 办公会…): an owner or function word (后勤保障部, 学校纪委,
 *       校长办公会), or a dictionary compound that is a department (财政厅, 组织部, 教育局).</li>
 * </ul>
 * Class nouns are not names: a determiner (各, 有关, 相关, 所属, 基层, 全体…) or a number ends the walk, so
 * 各学院, 有关部门, 二级学院 and 基层党组织 leave nothing before the head; a head inside a longer word
 * (大学生, 干部, 部署, 好处) is no head.
 */
final class InstitutionGrammar {
    /** A name found: [start, end) in the sentence. */
    record Name(int start, int end, String label) {}


    private static final String PROPER_HEADS = "大学|学院|中学|小学|学校|幼儿园|医院|集团有限公司|集团股份有限公司|集团公司|集团"
            + "|股份有限公司|有限公司|公司|银行|科学院|科技园|图书馆|科技馆|文化馆|博物馆|纪念馆|管理局|组织|理事会|实验室|中心";
    private static final String TOPIC_HEADS = "研究院|研究所|研究中心|研究会|协会|学会|联合会|基金会|宣讲团|委员会|管委会"
            + "|创新中心|科学中心|技术中心|工程中心|数据中心|超算中心|计算中心|交易中心|仲裁中心";
    private static final String OWNER_HEADS = "人民代表大会|常委会|全委会|办公会|教代会|党总支|党支部|党委|党工委|总支|支部|纪委|工会|团委|妇联"
            + "|学生会|教研组|年级组|中心组|办公室|参事室|研究室|教研室|总署|部|处|局|厅|委|办";
    /** Heads of schools: a level alone is not enough (省现代化学校 is a title), an ordinal is (市第一中学). */
    private static final Set<String> SCHOOLS = Set.of("学校", "中学", "小学", "幼儿园", "大学");
    private static final Set<String> HEAD_WORDS = Set.of((PROPER_HEADS + "|" + TOPIC_HEADS + "|" + OWNER_HEADS).split("\\|"));
    /** Nouns that start a new owner inside a phrase: a verb before them governs the name (检查学校党委). */
    private static final Set<String> OWNER_NOUNS = Set.of("学校", "大学", "党委", "政府", "医院", "学院");
    /** Owners too general to end a name after a nominal verb: 监督检查学校 is a verb and its object (but 旅游大学 a name). */
    private static final Set<String> GENERIC_OWNERS = Set.of("学校", "党委", "政府");
    /** Heads by their last character, longest first: a head is looked up where it ends, one array read a character. */
    private static final java.util.Map<Character, String[]> HEADS_ENDING_IN = headsByLastCharacter();
    private static final java.util.BitSet HEAD_LAST = new java.util.BitSet();

    /** The same, indexed by the character itself: no boxing, no hashing per character read. */
    private static final String[][] HEADS_BY_LAST = new String[Character.MAX_VALUE + 1][];

    static {
        HEADS_ENDING_IN.keySet().forEach(c -> HEAD_LAST.set(c));
        HEADS_ENDING_IN.forEach((c, heads) -> HEADS_BY_LAST[c] = heads);
    }
    private static final Set<String> PROPER = Set.of(PROPER_HEADS.split("\\|"));
    private static final Set<String> TOPIC = Set.of(TOPIC_HEADS.split("\\|"));
    /** Heads whose standalone dictionary compound is a department (财政厅, 组织部, 教育局, 商学院). */
    private static final Pattern DEPARTMENT_WORD = Pattern.compile("\\p{IsHan}{2,}(部|厅|局|处)|\\p{IsHan}学院");
    private static final int MAX_NAME = 24;
    /** Characters segmented before the farthest edge and after the head, so the words there are whole. */
    private static final int WINDOW_MARGIN = 4;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]+");
    /** Pieces of a name that are not nouns: an ordinal (第一), Latin letters (APEC), a hyphen joining two owners. */
    private static final Pattern NAME_PIECE = Pattern.compile("第[一二三四五六七八九十\\d]+|[A-Za-z]+|[-－]");
    private static final Pattern ORDINAL_END = Pattern.compile("第[一二三四五六七八九十\\d]+$");
    /** Characters after which no name can end in the next head: particles, prepositions, determiners, pronouns. */
    private static final String NO_NAME_BEFORE = "的了着在和与及各对把将由从向被为以等并或于就到是有这那该其我你他她它每";
    /** Level words: the body of that level (省人民医院, 校工会). */
    private static final Set<String> LEVELS = Set.of("省", "市", "县", "区", "州", "镇", "乡", "校", "院", "自治区", "自治州");
    /** Scope words that make a name only with more of one (国家耐盐碱水稻技术创新中心, not 国家实验室 or 中国大学). */
    private static final Set<String> SCOPES = Set.of("国家", "中国", "中华", "国际", "世界", "中央", "全国", "全球");
    /** Words that end the walk whatever their tag: determiners and scopes that make a class of bodies. */
    private static final Set<String> STOP_WORDS = Set.of("各", "有关", "相关", "所属", "基层", "全体", "广大", "各级", "其他", "其它",
            "全省", "全市", "全县", "全区", "全校", "全院", "全国各地", "下属", "直属", "上级", "下级", "同级", "本级", "一些", "部分",
            "多家", "多个", "其", "该", "本", "我", "贵", "等", "之", "即", "亦", "更", "二级", "首批", "第一批", "一批", "首个", "首家",
            "一流", "新时代", "时代", "重点");
    /** Whole modifiers that only say what kind of body (单位党委, 部门党支部). */
    private static final Set<String> CLASS_MODIFIERS = Set.of("单位", "部门", "机关", "系统", "企业", "地方", "院系", "行业", "社会",
            "党", "基层", "机构", "组织", "群团", "职能", "业务", "行政机关", "事业单位", "国有企业", "民营企业", "中小企业", "学院",
            "高校", "中国共产党", "中共");
    /** Modifiers that begin grassroots bodies every village or estate has (村务监督委员会, 业主委员会). */
    /** Class nouns that open a kind of unit, not a name: 单位党委中心组, 部门党支部. */
    private static final Set<String> CLASS_OPENERS = Set.of("单位", "部门", "机关", "系统", "基层", "院系", "行业", "机构");
    private static final List<String> GRASSROOTS = List.of("村", "居民", "业主", "社区", "小区", "支部", "党支部");
    /** Roles after a unit written without its owner: the unit is read as part of the role (政法委书记). */
    private static final Pattern ROLE_AFTER = Pattern.compile("^(?:书记|副书记|主任|副主任|委员|常委|主席|副主席|部长|副部长|处长|副处长|"
            + "局长|副局长|厅长|副厅长|科长|院长|副院长|校长|副校长|会长|理事长|负责人|成员)");
    /** A meeting of the body, not the body: 人民代表大会第五次会议 reads as an event. */
    private static final Pattern EDITION = Pattern.compile("第[一二三四五六七八九十百\\dＸX]+[届次]");

    private InstitutionGrammar() {}

    /** The institution and unit names in sentence {@code s}. */
    static List<Name> find(String s) {
        List<Name> out = new ArrayList<>();
        for (int end = 1; end <= s.length(); end++) {
            String head = headEndingAt(s, end);
            if (head == null || partOfLongerHead(s, end - head.length(), end) || headOfLongerWord(s, end - head.length(), end, head)) {
                continue;
            }
            List<HanLpAdapter.Token> tokens = window(s, end - head.length(), end);
            Name n = name(s, tokens, end - head.length(), end, head);
            if (n != null) {
                out.add(n);
                ownerWord(tokens, n).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The words around a head: the text from as far back as a name may reach to just after the head, segmented by
     * HanLP's dictionary segmenter (a window costs less than the sentence: most heads are no names).
     */
    private static List<HanLpAdapter.Token> window(String s, int headStart, int headEnd) {
        int from = Math.max(0, headStart - MAX_NAME - WINDOW_MARGIN);
        int to = Math.min(s.length(), headEnd + WINDOW_MARGIN);
        List<HanLpAdapter.Token> tokens = new ArrayList<>();
        for (HanLpAdapter.Token t : HanLpAdapter.segmentByDictionary(s.substring(from, to))) {
            tokens.add(new HanLpAdapter.Token(t.word(), t.tag(), t.offset() + from));
        }
        return tokens;
    }

    /** A head that begins a longer one: 中心 in 中心组, 集团 in 集团有限公司. */
    private static boolean partOfLongerHead(String s, int start, int end) {
        for (int more = 1; more <= 4 && end + more <= s.length(); more++) {
            String[] heads = HEADS_BY_LAST[s.charAt(end + more - 1)]; // no substring: the heads ending there, compared in place
            if (heads != null) {
                int length = end + more - start;
                for (String h : heads) {
                    if (h.length() == length && s.startsWith(h, start)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The longest head ending at {@code end} in {@code s}, or null. */
    private static String headEndingAt(String s, int end) {
        String[] heads = HEADS_BY_LAST[s.charAt(end - 1)];
        if (heads != null) {
            for (String h : heads) {
                if (end >= h.length() && s.startsWith(h, end - h.length())) {
                    return h;
                }
            }
        }
        return null;
    }

    private static java.util.Map<Character, String[]> headsByLastCharacter() {
        java.util.Map<Character, String[]> by = new java.util.HashMap<>();
        for (String h : HEAD_WORDS) {
            String[] old = by.getOrDefault(h.charAt(h.length() - 1), new String[0]);
            String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = h;
            java.util.Arrays.sort(grown, java.util.Comparator.comparingInt(String::length).reversed());
            by.put(h.charAt(h.length() - 1), grown);
        }
        return by;
    }

    private static boolean nounEndingAt(String s, int end) {
        String tag = end >= 2 ? HanLpAdapter.dictionaryTag(s.substring(end - 2, end)) : null;
        return tag != null && (tag.startsWith("n") || tag.equals("j"));
    }

    /** An organization word of HanLP's opening a longer name is a body too: 联合国 in 联合国粮农组织. */
    private static java.util.Optional<Name> ownerWord(List<HanLpAdapter.Token> tokens, Name n) {
        for (HanLpAdapter.Token t : tokens) {
            if (t.offset() == n.start()) {
                boolean owner = (t.tag().startsWith("nt") || t.tag().startsWith("nis")) && t.word().length() >= 2
                        && t.offset() + t.word().length() < n.end();
                return owner ? java.util.Optional.of(new Name(t.offset(), t.offset() + t.word().length(), t.word()))
                        : java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A head that is part of a longer word, told from the dictionary before anything is segmented: a one-character
     * head beginning a word with the next character (部署, 处理, 局面, 委托), or any head ending a word with the
     * character before it (干部, 全部, 大局, 党组织, 总工会), unless a still longer word ends there (宣传部); 办 only as
     * the end of such a longer word (网信办), never alone (为群众办实事).
     */
    private static boolean headOfLongerWord(String s, int start, int end, String head) {
        if (start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1))) {
            return true; // the cheapest reason first (pure look-ups below, so the order does not change the answer)
        }
        if (end - start == 1 && end < s.length()) {
            String tag = HanLpAdapter.dictionaryTag(s.substring(start, end + 1));
            if (tag != null && !tag.equals("d") && s.charAt(end) != '长') {
                return true;
            }
        }
        if (start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1))
                || NO_NAME_BEFORE.indexOf(s.charAt(start - 1)) >= 0 && !nounEndingAt(s, start)) {
            return true; // nothing can stand before the head: punctuation, a particle, a determiner (but 华为集团)
        }
        if (head.length() > 1 && !head.equals("组织")) {
            return false; // 校党委, 区党委, 总工会 are bodies
        }
        boolean longer = start >= 2 && HanLpAdapter.dictionaryTag(s.substring(start - 2, end)) != null;
        if (head.equals("办")) {
            return !longer;
        }
        return !longer && HanLpAdapter.dictionaryTag(s.substring(start - 1, end)) != null;
    }

    private static Name name(String s, List<HanLpAdapter.Token> tokens, int headStart, int headEnd, String head) {
        int last = tokenEndingAt(tokens, headEnd);
        int firstOfHead = last < 0 ? -1 : tokenAt(tokens, headStart, last);
        if (firstOfHead < 0) {
            return null; // the head is inside a longer word: 大学生, 干部
        }
        HanLpAdapter.Token headWord = tokens.get(last);
        boolean compound = tokens.get(firstOfHead).offset() < headStart;
        if (compound && (firstOfHead != last || !compoundHead(headWord, headStart, head))) {
            return null;
        }
        int first = walkLeft(s, tokens, firstOfHead - 1, tokens.get(firstOfHead).offset());
        if (governedOwner(tokens, first, firstOfHead, head)) {
            first = firstOfHead; // 入选教育部, 兼任办公室
        }
        int start = compound || first < firstOfHead ? tokens.get(first).offset() : headStart;
        List<HanLpAdapter.Token> modifier = tokens.subList(first, compound ? last + 1 : firstOfHead);
        if (verbUse(tokens, last) && modifier.size() < 3
                || !accepted(s, head, headWord, compound, modifier, start, headStart, headEnd)
                || weakBeforeNoun(tokens, last, modifier, head)) {
            return null;
        }
        return counted(tokens, first) ? null : new Name(start, headEnd, Labels.canonical(s.substring(start, headEnd)));
    }

    /** A count before the name makes it a kind of body: 5个仲裁中心, 两所大学, 多家研究院. */
    private static boolean counted(List<HanLpAdapter.Token> tokens, int first) {
        if (first < 2 || !tokens.get(first - 1).tag().startsWith("q")) {
            return false;
        }
        HanLpAdapter.Token number = tokens.get(first - 2);
        return number.tag().equals("m") && !number.word().equals("首") && !number.word().equals("一");
    }

    /**
     * A unit or owner noun as the head, right after a verb: the verb governs it (入选教育部, 兼任办公室), and after a
     * nominal verb only for the most general owners (监督检查学校).
     */
    private static boolean governedOwner(List<HanLpAdapter.Token> tokens, int first, int firstOfHead, String head) {
        if (first >= firstOfHead) {
            return false;
        }
        HanLpAdapter.Token headWord = tokens.get(firstOfHead);
        HanLpAdapter.Token before = tokens.get(firstOfHead - 1);
        boolean ownerHead = !PROPER.contains(head) && !TOPIC.contains(head) || OWNER_NOUNS.contains(headWord.word());
        boolean nominalBefore = before.tag().equals("vn");
        return ownerHead && (!nominalBefore || GENERIC_OWNERS.contains(headWord.word())) && newOwner(headWord, before);
    }

    /** A head HanLP reads as a verb, followed by a verb: 组织开展, 组织召开. */
    private static boolean verbUse(List<HanLpAdapter.Token> tokens, int last) {
        if (!tokens.get(last).tag().startsWith("v") || last + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(last + 1).tag();
        return next.startsWith("v") || next.startsWith("n") || next.startsWith("a") || next.startsWith("d") || next.startsWith("u");
    }

    /**
     * A generic head with no proper word before it, followed by a noun, modifies that noun (中国公司治理, 专题组织生活会):
     * it is not the end of a name.
     */
    private static boolean weakBeforeNoun(List<HanLpAdapter.Token> tokens, int last, List<HanLpAdapter.Token> modifier, String head) {
        if (last + 1 >= tokens.size() || modifier.stream().anyMatch(t -> support(t, head) || LEVELS.contains(t.word()))) {
            return false;
        }
        int scoped = modifier.stream().filter(t -> SCOPES.contains(t.word())).mapToInt(t -> t.word().length()).sum();
        int named = modifier.stream().filter(t -> t != tokens.get(last)).mapToInt(t -> t.word().length()).sum() - scoped;
        if (named >= 4 && scoped == 0) {
            return false; // a long descriptive name (马克思主义学院建设)
        }
        HanLpAdapter.Token next = tokens.get(last + 1);
        boolean noun = next.tag().equals("n") || next.tag().equals("vn") || next.tag().equals("nz");
        return noun && PROPER.contains(head) && !HEAD_WORDS.contains(next.word()) && !ROLE_AFTER.matcher(next.word()).lookingAt();
    }

    /** Index of the token ending exactly at {@code end}, or -1. */
    private static int tokenEndingAt(List<HanLpAdapter.Token> tokens, int end) {
        for (int i = 0; i < tokens.size(); i++) {
            HanLpAdapter.Token t = tokens.get(i);
            int e = t.offset() + t.word().length();
            if (e == end) {
                return i;
            }
            if (e > end) {
                return -1;
            }
        }
        return -1;
    }

    /** Index (at most {@code last}) of the token holding character {@code at}. */
    private static int tokenAt(List<HanLpAdapter.Token> tokens, int at, int last) {
        for (int i = last; i >= 0; i--) {
            if (tokens.get(i).offset() <= at) {
                return i;
            }
        }
        return -1;
    }

    /** A word ending in the head counts when it is a noun or organization word with two characters or more before it. */
    private static boolean compoundHead(HanLpAdapter.Token word, int headStart, String head) {
        String tag = word.tag();
        boolean noun = tag.equals("n") || tag.startsWith("nt") || tag.startsWith("nis") || tag.equals("j") || tag.equals("nz");
        return noun && headStart - word.offset() >= (head.equals("学院") ? 1 : 2); // 商学院, 法学院 are words
    }

    /** First token of the name: walks left from token {@code i} while tokens can be part of a name. */
    private static int walkLeft(String s, List<HanLpAdapter.Token> tokens, int i, int headStart) {
        int edge = PhraseEdges.leftEdge(s, headStart, MAX_NAME);
        int first = i + 1;
        for (int k = i; k >= 0 && i - k < 12; k--) {
            HanLpAdapter.Token t = tokens.get(k);
            int end = t.offset() + t.word().length();
            boolean nominal = end == edge && t.word().length() >= 2
                    && (t.tag().equals("vn") || HEAD_WORDS.contains(t.word()) || strong(t)); // 指导委员会, 组织办公室, 华为集团
            if (end <= edge && !nominal || !nameWord(tokens, k)) {
                break;
            }
            if (t.offset() < edge) { // the stop was part of a word (联合 in 联合国): read on from the word
                edge = PhraseEdges.leftEdge(s, t.offset(), MAX_NAME);
            }
            first = k;
        }
        for (int k = i; k > first; k--) { // a verb before a new owner governs the name: 检查学校党委, 运行省政府
            boolean opening = k - 1 == first && tokens.get(first).tag().equals("vn") && anchor(tokens.get(k));
            if (opening || newOwner(tokens.get(k), tokens.get(k - 1))) {
                first = k;
                break;
            }
        }
        while (first <= i && (governs(tokens.get(first)) || tokens.get(first).tag().startsWith("a"))) {
            first++; // a verb or adjective before the name: 合并后勤服务处
        }
        return first;
    }

    private static boolean governs(HanLpAdapter.Token t) {
        return t.tag().startsWith("v") && !t.tag().equals("vn");
    }

    private static boolean anchor(HanLpAdapter.Token t) {
        String w = t.word();
        return strong(t) || LEVELS.contains(w) || SCOPES.contains(w) || OWNER_NOUNS.contains(w)
                || w.length() >= 2 && LEVELS.contains(w.substring(0, 1)) && t.tag().startsWith("n"); // 省政府
    }

    /** Word {@code t} after verb {@code before} starts a new name: a proper or level word after a verb, an owner after any. */
    private static boolean newOwner(HanLpAdapter.Token t, HanLpAdapter.Token before) {
        if (!before.tag().startsWith("v") || HEAD_WORDS.contains(before.word())) {
            return false;
        }
        boolean verb = !before.tag().equals("vn");
        return OWNER_NOUNS.contains(t.word()) || verb && (strong(t) || LEVELS.contains(t.word()) || SCOPES.contains(t.word())
                || HEAD_WORDS.contains(t.word()) || DEPARTMENT_WORD.matcher(t.word()).matches());
    }

    private static boolean nameWord(List<HanLpAdapter.Token> tokens, int k) {
        HanLpAdapter.Token t = tokens.get(k);
        String w = t.word();
        String tag = t.tag();
        if (STOP_WORDS.contains(w)) {
            return false;
        }
        if (HEAD_WORDS.contains(w) || tag.startsWith("n") || tag.equals("j") || tag.equals("vn") || tag.equals("b")
                || tag.startsWith("g") || tag.equals("l") || tag.equals("ag") || tag.equals("an") || tag.equals("x")) {
            return true;
        }
        if (tag.startsWith("v")) { // nominal use inside a name (党史学习教育宣讲团, 教材审查委员会); single-character verbs govern
            HanLpAdapter.Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            return w.length() >= 2 && next != null && (next.tag().equals("vn") || HEAD_WORDS.contains(next.word())
                    || DEPARTMENT_WORD.matcher(next.word()).matches());
        }
        if (tag.equals("m") && DIGITS.matcher(w).matches() && k + 1 < tokens.size() && tokens.get(k + 1).word().equals("世纪")) {
            return true; // 21世纪马克思主义研究院
        }
        return NAME_PIECE.matcher(w).matches() || tag.equals("a") && w.length() >= 2 || tag.equals("a") && k > 0;
    }

    private static boolean accepted(String s, String head, HanLpAdapter.Token headWord, boolean compound,
                                    List<HanLpAdapter.Token> modifier, int from, int headStart, int headEnd) {
        String mod = s.substring(from, headStart);
        String name = s.substring(from, headEnd);
        if (classModifier(s.substring(from, compound ? headWord.offset() : headStart))
                || name.indexOf('第') >= 0 && EDITION.matcher(name).find()
                || head.equals("人民代表大会") && s.startsWith("第", headEnd)) {
            return false;
        }
        boolean nt = headWord.tag().startsWith("nt") || headWord.tag().startsWith("nis");
        boolean strong = nt || modifier.stream().anyMatch(t -> t != headWord && support(t, head));
        boolean level = modifier.stream().anyMatch(t -> LEVELS.contains(t.word()));
        boolean ordinal = mod.indexOf('第') >= 0 && ORDINAL_END.matcher(mod).find();
        int scoped = modifier.stream().filter(t -> SCOPES.contains(t.word())).mapToInt(t -> t.word().length()).sum();
        int rest = head.equals("银行") ? 2 : 3; // 中国工商银行
        boolean scopedName = scoped > 0 && mod.length() - scoped >= rest && SCOPES.contains(modifier.get(0).word());
        if (SCHOOLS.contains(head)) {
            return strong || level && ordinal;
        }
        if (head.equals("学院")) {
            return strong || compound && mod.length() == headWord.word().length() - 2 && headWord.word().length() == 3 && DEPARTMENT_WORD.matcher(headWord.word()).matches() || mod.length() >= 4 && !mod.startsWith("学校") && !mod.startsWith("高校"); // 马克思主义学院
        }
        if (PROPER.contains(head)) {
            return strong || level || scopedName;
        }
        if (head.length() == 4 && head.endsWith("中心") && !head.equals("研究中心")) {
            return strong || mod.length() >= 4; // 文昌航天超算中心, not 省技术创新中心
        }
        if (TOPIC.contains(head)) {
            return strong || level || mod.length() >= (head.equals("委员会") ? 4 : 2);
        }
        if (head.equals("中心组") && !mod.contains("委") && !mod.contains("党组") && modifier.stream().noneMatch(InstitutionGrammar::anchor)) {
            return false; // a study group is named by its committee (校党委理论中心组); 理论中心组 alone is its kind
        }
        return ownedUnit(s, head, headWord, compound, modifier, mod, headStart, headEnd);
    }

    private static boolean classModifier(String mod) {
        for (String c : CLASS_MODIFIERS) {
            if (CLASS_OPENERS.contains(c) && mod.startsWith(c) && mod.length() > c.length()) {
                return true; // 单位党委中心组
            }
            if (mod.endsWith(c) && (mod.length() == c.length() || c.length() >= 2)) {
                return true;
            }
        }
        for (String g : GRASSROOTS) {
            if (mod.startsWith(g)) {
                return true;
            }
        }
        return mod.length() >= 2 && mod.chars().allMatch(c -> "省市县区乡镇".indexOf(c) >= 0);
    }

    /** An internal unit: an owner or function word before it, or a department word written alone (财政厅). */
    private static boolean ownedUnit(String s, String head, HanLpAdapter.Token headWord, boolean compound,
                                     List<HanLpAdapter.Token> modifier, String mod, int headStart, int headEnd) {
        boolean alone = mod.isEmpty() || compound && mod.equals(headWord.word().substring(0, headStart - headWord.offset()));
        if (alone) {
            return compound && DEPARTMENT_WORD.matcher(headWord.word()).matches()
                    && !ROLE_AFTER.matcher(s.substring(headEnd)).lookingAt() && !headWord.word().equals("俱乐部");
        }
        HanLpAdapter.Token lastOfModifier = modifier.get(modifier.size() - (compound ? 2 : 1));
        boolean oneChar = head.length() == 1 && !compound;
        if (oneChar && head.equals("办")) {
            return false; // 办 alone is mostly the verb (为群众办实事); 网信办, 编办 are words
        }
        if (oneChar && (mod.length() < 2 || LEVELS.contains(lastOfModifier.word()) || ROLE_AFTER.matcher(lastOfModifier.word()).matches())) {
            return false; // 院长部处长联席会, 省部共建
        }
        return true;
    }

    /**
     * A word that makes what follows a name: a proper word, or a two-character abbreviation (石化集团) before any head but
     * schools and centres (市直学校, 普高学校, 综治中心 are kinds of school and centre).
     */
    private static boolean support(HanLpAdapter.Token t, String head) {
        return strong(t) || t.tag().equals("j") && t.word().length() == 2 && !head.endsWith("中心") && !head.equals("学院")
                && !SCHOOLS.contains(head);
    }

    private static boolean strong(HanLpAdapter.Token t) {
        String tag = t.tag();
        if (SCOPES.contains(t.word())) {
            return false;
        }
        return tag.startsWith("ns") || tag.startsWith("nr") || tag.startsWith("nt") || tag.startsWith("nis") || tag.equals("nz")
                || tag.equals("j") && t.word().length() >= 3 || tag.equals("nx") || latin(t.word());
    }

    /** Same as {@code LATIN.matcher(w).matches()}, without a matcher per word. */
    private static boolean latin(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }
}
