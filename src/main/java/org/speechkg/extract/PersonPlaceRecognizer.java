package org.speechkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.speechkg.text.Scan;

/**
 * Persons and places.
 * <ul>
 *   <li>Places from reference data and HanLP's place words, with context filters: see {@link PlaceCandidates}.</li>
 *   <li>HanLP dictionary person words (nr), outside organizations and documents found earlier; anonymised
 *       persons (XX同志) are never names.</li>
 *   <li>Names HanLP's guesser reads next to a title or role (张三同志, 省长张三, 张三、李四2位同学) and
 *       bylines: a line holding only a name, spaced or after a role (王  琛, 省长 刘小明).</li>
 *   <li>Anonymised places with a level (XX市, *县), unless they name a body (XX市委).</li>
 *   <li>Named communities and villages: a two-character name directly after a list separator, then
 *       社区/村/街道 (平安社区、黄河社区).</li>
 * </ul>
 */
public final class PersonPlaceRecognizer implements MentionRecognizer {
    private static final Scan PLACEHOLDER_PLACE = Scan.compile(
            "(XX|ＸＸ|[*＊]|某)(省|市|县|区|镇|乡|村|自治区|自治州)(?!委|党委|政府|人大|政协|纪委|监委|法院|检察院)");
    private static final Scan COMMUNITY = Scan.compile(
            "[、，,：:如]((\\p{IsHan}{2})(社区|村|街道))(?![\\p{IsHan}&&[^、，。；的等]])");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final Pattern GENERIC = Pattern.compile("重点|城市|农村|基层|周边|所在|相关|部分|全部|示范|各个|城乡|老旧");

    @Override
    public String name() {
        return "person-place";
    }

    private static final Scan TITLE_ANYWHERE = Scan.compile("同志|副书记|书记|主席|总书记|总理|委员长|先生|女士|教授|院士|烈士|同学");
    /** A count between names and their title (张三、李四2位同学). */
    private static final Pattern COUNT_BEFORE = Pattern.compile("等?[0-9一二两三四五六七八九十]{1,2}[位名]$");
    /**
     * The most common Chinese surnames (about 90 % of the population): a name after a role is guessed only
     * where one of them follows the role, which spares the guesser most of the many roles in political prose.
     */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
            + "郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁"
            + "尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
            + "吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄"
            + "丛仲虞敖巩明佘池查麻苑迟邝";
    /** Roles written before a name (省长刘小明, 总理李强, 教师金笛). */
    private static final Scan ROLE_BEFORE = Scan.compile(
            "(?:省长|市长|县长|区长|校长|院长|局长|厅长|部长|主任|书记|总理|主席|委员长|教授|教师|老师|院士|同学)[ \u00a0\u3000]*");
    /** A line holding only a name, spaced or not, perhaps after a role: the byline of a speech or report. */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:\\S*(?:长|书记|主任|总理|主席|委员长|校长)[ \u00a0\u3000]+)?(\\p{IsHan}(?:[ \u00a0\u3000]*\\p{IsHan}){1,3})$");
    private static final int BYLINE_LENGTH = 24;
    private static final Pattern SPACES = Pattern.compile("[ \u00a0\u3000]+");
    /** The longest stretch before a title that the name guesser sees. */
    private static final int NAME_WINDOW = 12;
    private static final Pattern TITLE_AFTER = Pattern.compile("^(同志|书记|副书记|主席|总书记|总理|委员长|先生|女士|教授|院士|烈士)");
    private final Gazetteer gazetteer;

    private final PlaceCandidates places;

    public PersonPlaceRecognizer(Gazetteer gazetteer) {
        this(gazetteer, ReferenceData.standard());
    }

    public PersonPlaceRecognizer(Gazetteer gazetteer, ReferenceData reference) {
        this.gazetteer = gazetteer;
        this.places = new PlaceCandidates(gazetteer, reference);
    }

    @Override
    public List<Mention> recognize(SentenceContext ctx) {
        List<Mention> out = new ArrayList<>();
        Scan.Hits m = PLACEHOLDER_PLACE.in(ctx.text());
        while (m.find()) {
            out.add(ctx.mention(EntityType.Place, m.group(), ctx.abs(m.start()), ctx.abs(m.end()), name()));
        }
        m = COMMUNITY.in(ctx.text());
        while (m.find()) {
            if (!GENERIC.matcher(m.group(2)).matches()) {
                out.add(ctx.mention(EntityType.Place, m.group(1), ctx.abs(m.start(1)), ctx.abs(m.end(1)), name()));
            }
        }
        HanLpAdapter.DictionaryWalk walk = Walk.of(ctx.text());
        dictionaryPersons(ctx, walk.personsAndPlaces(), out);
        places.recognize(ctx, walk, out);
        titledNames(ctx, out);
        rolePrecededNames(ctx, out);
        bylineName(ctx, out);
        return out;
    }

    /**
     * Names HanLP guesses, kept only when a title follows (省委车俊书记, 张三同志). Only the clause just
     * before each title is segmented with the guesser: the name must end where the title starts.
     */
    private void titledNames(SentenceContext ctx, List<Mention> out) {
        String s = ctx.text();
        Scan.Hits title = TITLE_ANYWHERE.in(s);
        int searched = 0;
        while (title.find()) {
            var count = COUNT_BEFORE.matcher(s.substring(Math.max(0, title.start() - 4), title.start()));
            int nameEnd = title.start() - (count.find() ? count.group().length() : 0);
            int from = clauseStart(s, nameEnd);
            if (nameEnd - from < 2 || nameEnd <= searched || namedBefore(ctx, nameEnd)) {
                continue;
            }
            searched = nameEnd;
            boolean found = false;
            for (HanLpAdapter.Token t : guessNames(s.substring(from, title.end()))) {
                int offset = from + t.offset();
                if (offset + t.word().length() == nameEnd && isName(t)) {
                    addTitled(ctx, out, t.word(), offset);
                    listedBefore(ctx, out, s, from, offset);
                    found = true;
                }
            }
            if (!found && nameEnd - from >= 3 && SURNAMES.indexOf(s.charAt(nameEnd - 3)) >= 0) {
                threeCharacterName(ctx, out, s, nameEnd, title.end());
            }
        }
    }

    /**
     * The words before a name can lead the guesser astray (时代楷模曲建武教授); failing the clause, the three
     * characters right before the title alone are tried as a full name.
     */
    private void threeCharacterName(SentenceContext ctx, List<Mention> out, String s, int titleStart, int titleEnd) {
        List<HanLpAdapter.Token> ts = guessNames(s.substring(titleStart - 3, titleEnd));
        if (!ts.isEmpty() && ts.get(0).word().length() == 3 && isName(ts.get(0))) {
            addTitled(ctx, out, ts.get(0).word(), titleStart - 3);
        }
    }

    /** Names listed before a titled one (张三、李四同志): guessed names each followed by 、 up to it. */
    private void listedBefore(SentenceContext ctx, List<Mention> out, String s, int from, int nameStart) {
        int end = nameStart - 1;
        while (end > 0 && s.charAt(end) == '、') {
            int start = Math.max(0, end - NAME_WINDOW);
            for (int i = end - 1; i >= start; i--) {
                if (!Character.isLetterOrDigit(s.charAt(i))) {
                    start = i + 1;
                    break;
                }
            }
            List<HanLpAdapter.Token> ts = guessNames(s.substring(start, end));
            HanLpAdapter.Token last = ts.isEmpty() ? null : ts.get(ts.size() - 1);
            if (last == null || !isName(last)) {
                return;
            }
            addTitled(ctx, out, last.word(), start + last.offset());
            end = start + last.offset() - 1;
        }
    }

    /**
     * Names HanLP guesses right after a role (省长刘小明, 总理李强, 教师金笛). A two-character guess followed
     * by a noun is a verb phrase or another role (校长管好财务, 校长任副组长).
     */
    private void rolePrecededNames(SentenceContext ctx, List<Mention> out) {
        String s = ctx.text();
        Scan.Hits role = ROLE_BEFORE.in(s);
        while (role.find()) {
            int end = Math.min(s.length(), role.end() + 5);
            if (role.end() >= s.length() || SURNAMES.indexOf(s.charAt(role.end())) < 0) {
                continue;
            }
            List<HanLpAdapter.Token> ts = guessNames(s.substring(role.start(), end));
            for (int i = 0; i < ts.size(); i++) {
                HanLpAdapter.Token t = ts.get(i);
                boolean nounAfter = t.word().length() == 2 && i + 1 < ts.size() && ts.get(i + 1).tag().startsWith("n");
                if (role.start() + t.offset() == role.end() && isName(t) && !nounAfter) {
                    addTitled(ctx, out, t.word(), role.end());
                }
            }
        }
    }

    /**
     * A sentence that is only a name, perhaps spaced (王  琛) and after a role (省长 刘小明): the byline of a
     * speech or report. The name guesser must read all of it as a person's name.
     */
    private void bylineName(SentenceContext ctx, List<Mention> out) {
        String s = ctx.text().strip();
        if (s.length() > BYLINE_LENGTH) {
            return;
        }
        var m = BYLINE.matcher(s);
        if (!m.matches()) {
            return;
        }
        String name = SPACES.matcher(m.group(1)).replaceAll("");
        List<HanLpAdapter.Token> ts = guessNames(name);
        if (ts.isEmpty() || !ts.stream().allMatch(HanLpAdapter.Token::isPerson) || ts.get(0).word().length() > 3) {
            return;
        }
        int offset = ctx.text().indexOf(s) + m.start(1);
        int start = ctx.abs(offset);
        int end = ctx.abs(offset + m.group(1).length());
        boolean taken = ctx.insideFound(start, end) || out.stream().anyMatch(o -> o.start() < end && start < o.end());
        if (!taken) {
            out.add(ctx.mention(EntityType.Person, name, start, end, "byline"));
        }
    }

    /** The last name guesses of this thread: titles and roles recur, and so do the clauses before them (同志们). */
    private static final ThreadLocal<java.util.Map<String, List<HanLpAdapter.Token>>> GUESSES =
            ThreadLocal.withInitial(() -> new java.util.LinkedHashMap<>(512, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, List<HanLpAdapter.Token>> eldest) {
                    return size() > 256;
                }
            });

    /** {@link HanLpAdapter#segmentGuessingNames}, remembered per thread for the last few texts. */
    private static List<HanLpAdapter.Token> guessNames(String text) {
        java.util.Map<String, List<HanLpAdapter.Token>> memo = GUESSES.get();
        List<HanLpAdapter.Token> hit = memo.get(text);
        if (hit == null) {
            hit = List.copyOf(HanLpAdapter.segmentGuessingNames(text));
            memo.put(text, hit);
        }
        return hit;
    }

    private static boolean isName(HanLpAdapter.Token t) {
        return t.isPerson() && t.word().length() >= 2 && t.word().length() <= 4 && HAN.matcher(t.word()).matches();
    }

    /**
     * True when a name found earlier ends where the title starts (习近平总书记, 市委书记): a guessed name there
     * would repeat or swallow it.
     */
    private static boolean namedBefore(SentenceContext ctx, int titleStart) {
        int at = ctx.abs(titleStart);
        return ctx.soFar().stream().anyMatch(m -> m.end() == at);
    }

    /** Where the clause holding {@code end} starts, at most {@value #NAME_WINDOW} characters before it. */
    private static int clauseStart(String s, int end) {
        int from = Math.max(0, end - NAME_WINDOW);
        for (int i = end - 1; i >= from; i--) {
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                return i + 1;
            }
        }
        return from;
    }

    private void addTitled(SentenceContext ctx, List<Mention> out, String name, int offset) {
        int start = ctx.abs(offset);
        int end = start + name.length();
        boolean taken = ctx.insideFound(start, end) || out.stream().anyMatch(o -> o.start() < end && start < o.end());
        if (!taken) {
            out.add(ctx.mention(EntityType.Person, name, start, end, "hanlp-titled"));
        }
    }

    /**
     * HanLP dictionary persons. Two-character words are ambiguous in political prose (高强), so they count
     * only when curated or followed by a title.
     */
    private void dictionaryPersons(SentenceContext ctx, List<HanLpAdapter.Token> tokens, List<Mention> out) {
        String s = ctx.text();
        for (HanLpAdapter.Token t : tokens) {
            if (!t.isPerson() || t.word().length() < 2 || !HAN.matcher(t.word()).matches()) {
                continue;
            }
            int start = ctx.abs(t.offset());
            int end = start + t.word().length();
            boolean titled = TITLE_AFTER.matcher(s).region(t.offset() + t.word().length(), s.length()).lookingAt();
            boolean reliable = t.word().length() >= 3 || gazetteer.byName(t.word()).isPresent() || titled;
            boolean blocked = ctx.insideFound(start, end)
                    || out.stream().anyMatch(o -> o.start() <= start && end <= o.end());
            if (reliable && !blocked) {
                out.add(ctx.mention(EntityType.Person, Labels.canonical(t.word()), start, end, "hanlp"));
            }
        }
    }

    /**
     * {@link HanLpAdapter#dictionaryWalk}, step for step (the same longest-match walk as HanLP's
     * {@code DoubleArrayTrie.LongestSearcher} over the core dictionary, with the same results), over the
     * dictionary's own base and check arrays, with for each word whether its first tag is a person or place one,
     * so the walk reads a word's attributes only for those. The dictionary's own walk misses the cache several
     * times per character (the attribute, its tags and their names for every word). A copy of base and check
     * interleaved for the cache (the previous version) was slower in the pipeline (measured), probably because HanLP's
     * segmenter reads the original arrays for the same sentence earlier, so those are the ones in cache.
     */
    static final class Walk {
        /** The dictionary's own arrays, which the segmenter reads too (so more often in cache than a copy). */
        private static final int[] BASE = com.hankcs.hanlp.dictionary.CoreDictionary.trie.getBase();
        private static final int[] CHECK = com.hankcs.hanlp.dictionary.CoreDictionary.trie.getCheck();
        /** Per word index: its first tag when that is a person (nr…) or place (ns…) tag, else null. */
        private static final String[] NAME_TAGS;

        static {
            var trie = com.hankcs.hanlp.dictionary.CoreDictionary.trie;
            NAME_TAGS = new String[trie.size()];
            for (int k = 0; k < NAME_TAGS.length; k++) {
                com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = trie.getValueAt(k);
                String tag = a == null ? "" : a.nature[0].toString();
                NAME_TAGS[k] = tag.startsWith("nr") || tag.startsWith("ns") ? tag : null;
            }
        }

        private Walk() {}

        static HanLpAdapter.DictionaryWalk of(String text) {
            int[] base = BASE;
            int[] check = CHECK;
            int n = text.length();
            List<HanLpAdapter.Token> names = new ArrayList<>();
            java.util.BitSet edges = new java.util.BitSet(n + 1);
            edges.set(0, n + 1);
            int root = base[0];
            int i = 0;
            int index = 0;
            while (true) { // one LongestSearcher.next()
                int length = 0;
                int begin = i;
                int b = root;
                boolean found;
                while (true) {
                    if (i >= n) {
                        found = length > 0;
                        break;
                    }
                    int p = b + text.charAt(i) + 1;
                    if (b == check[p]) {
                        b = base[p];
                    } else {
                        if (begin == n) {
                            found = false;
                            break;
                        }
                        if (length > 0) {
                            i = begin + length;
                            found = true;
                            break;
                        }
                        i = begin;
                        begin++;
                        b = root;
                    }
                    int nb = base[b];
                    if (b == check[b] && nb < 0) {
                        length = i - begin + 1;
                        index = -nb - 1;
                    }
                    i++;
                }
                if (!found) {
                    break;
                }
                if (length >= 2) {
                    edges.clear(begin + 1, begin + length);
                    String tag = NAME_TAGS[index];
                    if (tag != null) {
                        names.add(new HanLpAdapter.Token(text.substring(begin, begin + length), tag, begin));
                    }
                }
            }
            return new HanLpAdapter.DictionaryWalk(names, edges);
        }
    }
}
