package org.speechkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reported number counts, read from HanLP's tagged segmentation of its sentence:
 * <ol>
 *   <li>a duration 为期5天的读书班 counts the days of the 读书班;</li>
 *   <li>in a list 甲、乙分别增长5%、8%, the i-th number counts the i-th item;</li>
 *   <li>the nouns right after the measure word (37所学校, 6方面24项任务清单 for each number of the chain);</li>
 *   <li>else the content words before the number, back to the clause's subject (粮食产量6.9亿吨,
 *       城镇新增就业1244万人), without a verb leading to the level (提高到, 突破, 拟安排) or a starting level
 *       (比例由21%提升至74%: both count the 比例);</li>
 *   <li>a clause that only says how the last number changed (…126万亿元，增长5.2%; 比上年增加1800亿元) counts
 *       the change of what the last number counted;</li>
 *   <li>a number opening its clause counts what follows it (67.5%的初中毕业生就读普通高中; 总书记在报告中23次提到…
 *       counts 提到…, never the speaker or the body named before it).</li>
 * </ol>
 */
final class CountedPhrase {
    private static final Set<String> FUNCTION_WORDS = Set.of("是", "有", "为", "共有", "共", "其中", "已", "已经", "达",
            "达到", "并有", "还有", "另有", "均有", "又有", "与", "和", "及", "并", "且", "各", "约", "近", "超过", "超", "逾", "计");
    private static final Pattern DURATION = Pattern.compile("(为期|历时|长达|用时|耗时)$");
    private static final Pattern DURATION_OF = Pattern.compile("^的([\\p{IsHan}]{2,20}?)(?=[，。；,;]|$)");
    private static final Pattern APPROX_BEFORE = Pattern.compile(
            "(近|超过|超|约|逾|达到|达|共计|突破|多达|高达|接近|将近|不少于|不低于|约为|总计|合计)$");
    /**
     * A verb that leads to the reported level (城镇化率提高到66.2%, 投资占50%, 赤字率拟按3%安排): it says how
     * the counted thing reached the number, and is not part of it. 上涨/增长 alone stay: the number is then
     * the rise itself.
     */
    private static final Pattern LEVEL_VERB = Pattern.compile("(分别)?((提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小"
            + "|优化整合|整合|压减|压缩|调整)(到|至|为)|降至|升至|增至|突破|占|拟安排|安排|拟按|按)$|分别$");
    private static final Pattern LEADING_TOTAL = Pattern.compile("^(其中|共有|共|累计|另有|还有|并有)");
    /** A change against an earlier level: 比上年增加1.1万亿元, 较2020年提高约14个百分点. */
    private static final Pattern COMPARISON = Pattern.compile(
            "(同比|环比|比|较)[^，。；]{0,12}(增长|增加|提高|提升|上升|下降|减少|降低|回落|上涨|下调|上调|扩大|缩小|加快|放缓|收窄)");
    /** A verb of change alone (…126万亿元，增长5.2%): the number is the change of the last number's subject. */
    private static final Pattern CHANGE_ONLY = Pattern.compile(
            "(同比|环比|年均)?(增长|增加|提高|提升|上升|下降|减少|降低|回落|上涨|下调|上调|加快|放缓|收窄)");
    private static final Pattern DATE_MEASURE = Pattern.compile("年|月|日|号|季度|时|点|周");
    private static final Pattern CHANGE_TAIL = Pattern.compile(
            "((同比|环比|比|较)[^，。；]{0,12})?(增长|增加|提高|提升|上升|下降|减少|降低|回落|上涨|下调|上调|扩大|缩小|加快|放缓|收窄)$");
    /** A starting level: 由21%提升至 (the part after 由 is empty or holds a number). */
    private static final Pattern FROM_LEVEL = Pattern.compile("(由|从)([^，。；由从]*[0-9０-９][^，。；]*)?$");
    private static final Pattern RESPECTIVELY = Pattern.compile("分别");
    /** Words between a subject and its number: approximation, copulas, verbs leading to a level, 等. */
    private static final Pattern TRAILER = Pattern.compile("(超过|超出|超|将近|接近|近|约为|约|逾|达到|达|高达|多达|共计|累计"
            + "|总计|合计|突破|首次|至少|不少于|不低于|不超过|为|是|有|在|至|到|于|了|的|分别|平均|年均|均|等|拟按|按|拟安排|安排|占"
            + "|(控制|稳定|保持|维持)在|(恢复|提升|提高|增加|增长|上升|下降|降低|减少|压减|扩大|缩小|优化整合)(至|到|为)|增至|升至|降至)$");
    private static final Pattern COMPARED_TO = Pattern.compile("比|较|同比|环比");
    private static final Pattern MODAL = Pattern.compile("^(力争|确保|争取|预计|预期|力求|努力)");
    private static final Pattern PARTICLE = Pattern.compile("u[lzg]");
    /** Adverbs and particles between a subject and its number (面积也已超过…; 总值的10.3%). */
    private static final Pattern ADVERBIAL = Pattern.compile("d|t|u.*");
    /** An area or period alone (全县35.2%的高校毕业生…): not what is counted. */
    private static final Pattern SCOPE = Pattern.compile("(全|各|本)(国|省|区|市|县|镇|乡|村|校|年)|今年|去年|全年");
    private static final String CLOSING = "”’》」』";
    private static final String REST_STOP = "，。；：！？,;:!?、（(< ";
    private static final String CLAUSE_STOP = "，。；：！？,;:!?";
    private static final String QUOTES = "“”‘’\"'「」";
    private static final int REST_MAX = 16;

    private CountedPhrase() {}

    /**
     * In lists 甲、乙分别增长5%、8%, the item each number counts, keyed by the number's index in {@code qs},
     * with the nouns after the last number (甲、乙分别获得30张和20张选票 → 甲选票); a single subject
     * (两项余额分别突破900亿元和300亿元) is shared by all the numbers after 分别.
     */
    static Map<Integer, String> respectively(String text, SentenceTokens tokens, List<Quantity> qs) {
        Map<Integer, String> out = new HashMap<>();
        Matcher m = RESPECTIVELY.matcher(text);
        while (m.find()) {
            int from = clauseStart(text, m.start());
            int to = clauseEnd(text, m.end());
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < qs.size(); i++) {
                if (qs.get(i).start() >= m.end() && qs.get(i).start() < to) {
                    members.add(i);
                }
            }
            List<String> items = items(text, tokens, from, m.start());
            if (members.isEmpty() || items.isEmpty() || endsOnVerb(tokens, m.start())) {
                continue;
            }
            String counted = nounsFrom(tokens, qs.get(members.get(members.size() - 1)).end());
            if (items.size() == members.size() || items.size() == 1) {
                for (int k = 0; k < members.size(); k++) {
                    out.put(members.get(k), items.get(items.size() == 1 ? 0 : k) + counted);
                }
            }
        }
        return out;
    }

    /** The items of the list from {@code from} to {@code to}, split at 、 and at conjunctions (和, 及, 与). */
    private static List<String> items(String text, SentenceTokens tokens, int from, int to) {
        List<String> items = new ArrayList<>();
        int start = from;
        for (int i = tokens.firstFrom(from); i < tokens.size() && tokens.get(i).offset() < to; i++) {
            HanLpAdapter.Token t = tokens.get(i);
            int end = t.offset() + t.word().length();
            if (end <= to && (t.word().equals("、") || t.tag().equals("c"))) {
                items.add(text.substring(start, t.offset()).strip());
                start = end;
            }
        }
        items.add(text.substring(start, to).strip());
        items.set(0, LEADING_TOTAL.matcher(items.get(0)).replaceFirst(""));
        return items.stream().anyMatch(String::isEmpty) ? List.of() : items;
    }

    /** True when the word ending at {@code at} is a verb (成立分别由…牵头的4个工作组: no list before 分别). */
    private static boolean endsOnVerb(SentenceTokens tokens, int at) {
        int i = tokens.endingAt(at);
        return i >= 0 && tokens.get(i).tag().startsWith("v") && !tokens.get(i).tag().equals("vn");
    }

    /**
     * What {@code qs.get(i)} counts.
     *
     * @param previous what the last number of the sentence counted, or "" for the first
     */
    static String of(String text, SentenceTokens tokens, List<Quantity> qs, int i, boolean inBreakdown,
                     String previous) {
        Quantity q = qs.get(i);
        String before = QuantityReader.tail(text, q.start(), 16);
        if (DURATION.matcher(before).find()) {
            Matcher after = DURATION_OF.matcher(text.substring(q.end(), Math.min(text.length(), q.end() + 24)));
            if (after.find()) {
                return after.group(1);
            }
        }
        if (q.unit().equals("人") && text.startsWith("口", q.end())) {
            return "人口";
        }
        if (!inBreakdown) {
            String after = nounsFrom(tokens, chainEnd(qs, i).end());
            if (!after.isEmpty()) {
                return after;
            }
        }
        int from = clauseStart(text, q.start());
        int end = subjectEnd(text, from, q.start());
        String comparison = comparison(text, tokens, from, end, previous);
        if (!comparison.isEmpty()) {
            return comparison;
        }
        String phrase = phraseBefore(tokens, end);
        if (SCOPE.matcher(phrase).matches() && text.startsWith("的", q.end())) {
            phrase = "";
        }
        if (!isWeak(phrase)) {
            return withoutModal(phrase);
        }
        String left = text.substring(from, end).strip();
        if (!previous.isEmpty() && (CHANGE_ONLY.matcher(phrase).matches() || listedAfter(text, qs, i))) {
            return CHANGE_ONLY.matcher(phrase).matches() ? baseOf(previous) + phrase : previous;
        }
        String rest = restOfClause(text, tokens, q.end());
        boolean shortLead = !left.isEmpty() && left.length() <= 3 && !FUNCTION_WORDS.contains(left);
        if (!previous.isEmpty() && (shortLead || rest.isEmpty() && left.isEmpty())) {
            return previous + left;
        }
        return rest.isEmpty() ? phrase : rest;
    }

    /**
     * A change against an earlier level, with what changed: 赤字规模4.06万亿元，比上年增加1800亿元 →
     * 赤字规模比上年增加; 占GDP比重较2020年提高约14个百分点 → 占GDP比重较2020年提高.
     */
    private static String comparison(String text, SentenceTokens tokens, int from, int end,
                                     String previous) {
        for (int i = tokens.firstFrom(from); i < tokens.size() && tokens.get(i).offset() < end; i++) {
            HanLpAdapter.Token t = tokens.get(i);
            if (!COMPARED_TO.matcher(t.word()).matches()) {
                continue;
            }
            String change = text.substring(t.offset(), end);
            if (COMPARISON.matcher(change).matches()) {
                String base = phraseBefore(tokens, t.offset());
                return (isWeak(base) ? baseOf(previous) : base) + change;
            }
        }
        return "";
    }

    /** What the last number counted, without the change it reported (产值环比下降 → 产值). */
    private static String baseOf(String previous) {
        String base = CHANGE_TAIL.matcher(previous).replaceFirst("");
        return base.length() >= 2 ? base : previous;
    }

    /** True when the number is the next item of a list of numbers (320余场次、1.2万人次; 7群42只). */
    private static boolean listedAfter(String text, List<Quantity> qs, int i) {
        if (i == 0) {
            return false;
        }
        int prevEnd = qs.get(i - 1).end();
        int start = qs.get(i).start();
        return prevEnd <= start && start - prevEnd <= 1 && (prevEnd == start || "、和及与".indexOf(text.charAt(prevEnd)) >= 0);
    }

    private static String withoutModal(String phrase) {
        String s = MODAL.matcher(phrase).replaceFirst("");
        return s.length() >= 2 ? s : phrase;
    }

    /** The last of the numbers written right after each other from {@code i} on (6方面24项125条任务清单). */
    private static Quantity chainEnd(List<Quantity> qs, int i) {
        Quantity q = qs.get(i);
        for (int j = i + 1; j < qs.size() && qs.get(j).start() == q.end(); j++) {
            q = qs.get(j);
        }
        return q;
    }

    /**
     * Consecutive nouns starting at {@code from} (37所学校建立… → 学校; 3家海上风场 → 海上风场; 46所“智慧”教室 →
     * 智慧教室): quotation marks are passed over, the run must end on a noun.
     */
    private static String nounsFrom(SentenceTokens tokens, int from) {
        StringBuilder sb = new StringBuilder();
        String run = "";
        int next = from;
        boolean quoted = false;
        for (int i = tokens.startingAt(from); i >= 0 && i < tokens.size(); i++) {
            HanLpAdapter.Token t = tokens.get(i);
            if (t.offset() != next) {
                break;
            }
            next = t.offset() + t.word().length();
            if (QUOTES.contains(t.word())) {
                quoted = !quoted;
                continue;
            }
            if (!quoted && !nounPart(t, sb.isEmpty(), !run.isEmpty() && run.length() == sb.length())) {
                break;
            }
            sb.append(t.word());
            if (quoted || isNoun(t) || t.tag().equals("q") || t.tag().equals("l")) {
                run = sb.toString();
            }
        }
        return run;
    }

    /** A noun, or an adjective or place word opening a noun phrase (美丽乡村), or a measure word inside one. */
    private static boolean nounPart(HanLpAdapter.Token t, boolean first, boolean afterNoun) {
        String g = t.tag();
        return isNoun(t) || ((g.equals("a") || g.equals("b") || g.equals("s")) && first) || g.equals("l")
                || (g.equals("q") && afterNoun && t.word().length() == 1);
    }

    /**
     * Where the subject of the number at {@code start} ends: before a starting level (比例由21%提升至74%) and
     * before the words between the subject and the number (超过, 约, 达, 提高到, 控制在, 等…).
     */
    private static int subjectEnd(String text, int from, int start) {
        Matcher m = FROM_LEVEL.matcher(text.substring(from, start));
        int end = m.find() ? from + m.start() : start;
        for (boolean cut = true; cut && end > from; ) {
            Matcher t = TRAILER.matcher(text.substring(Math.max(from, end - 5), end));
            cut = t.find() && t.end() > t.start();
            if (cut) {
                end -= t.end() - t.start();
            }
        }
        return end;
    }

    /** The predicate-object phrase just before {@code to} (排查化解矛盾纠纷5126起), at most six words. */
    private static String phraseBefore(SentenceTokens tokens, int to) {
        List<String> words = new ArrayList<>();
        int expected = to;
        int skipped = 0;
        for (int i = tokens.endingAt(to); i >= 0 && words.size() < 6; i--) {
            HanLpAdapter.Token t = tokens.get(i);
            if (t.offset() + t.word().length() != expected) {
                break;
            }
            if (words.isEmpty() && skipped < 3 && (ADVERBIAL.matcher(t.tag()).matches() || CLOSING.contains(t.word()))) {
                skipped++;
                expected = t.offset();
                continue;
            }
            if (!isContent(t) && !isShareOf(tokens, i) || isMeasureOfNumber(tokens, i)) {
                break;
            }
            words.add(0, t.word());
            expected = t.offset();
        }
        while (words.size() > 1 && isName(tagOf(tokens, expected, words.get(0)))) {
            expected += words.remove(0).length();
        }
        String phrase = LEADING_TOTAL.matcher(String.join("", words)).replaceFirst("");
        return withoutLevelVerb(APPROX_BEFORE.matcher(phrase).replaceFirst(""));
    }

    /** {@code phrase} without a verb leading to the level ({@link #LEVEL_VERB}), unless nothing would remain. */
    private static String withoutLevelVerb(String phrase) {
        String subject = LEVEL_VERB.matcher(phrase).replaceFirst("");
        return subject.length() >= 2 ? subject : phrase;
    }

    /** A phrase that names nothing: empty, one character, or a function word (有, 并有, 共). */
    private static boolean isWeak(String phrase) {
        return phrase.length() < 2 || FUNCTION_WORDS.contains(phrase) || CHANGE_ONLY.matcher(phrase).matches();
    }

    /**
     * The rest of the clause after a number opening it (67.5%的初中毕业生就读普通高中 → 初中毕业生就读普通高中;
     * 23次提到了“法治” → 提到法治), without particles and quotation marks.
     */
    private static String restOfClause(String text, SentenceTokens tokens, int from) {
        int at = from;
        while (at < text.length() && (text.charAt(at) == '的' || QUOTES.indexOf(text.charAt(at)) >= 0)) {
            at++;
        }
        StringBuilder sb = new StringBuilder();
        int next = at;
        for (int i = tokens.startingAt(at); i >= 0 && i < tokens.size(); i++) {
            HanLpAdapter.Token t = tokens.get(i);
            String w = t.word();
            if (t.offset() != next || sb.length() >= REST_MAX || REST_STOP.indexOf(w.charAt(0)) >= 0
                    || Character.isDigit(w.charAt(0))) {
                break;
            }
            next = t.offset() + w.length();
            if (!PARTICLE.matcher(t.tag()).matches() && QUOTES.indexOf(w.charAt(0)) < 0) {
                sb.append(w);
            }
        }
        if (sb.isEmpty()) {
            int to = at;
            while (to < text.length() && to - at < REST_MAX && REST_STOP.indexOf(text.charAt(to)) < 0
                    && !Character.isDigit(text.charAt(to))) {
                to++;
            }
            sb.append(text, at, to);
        }
        return sb.length() >= 2 ? sb.toString() : "";
    }


    static int clauseStart(String text, int pos) {
        int from = pos;
        while (from > 0 && CLAUSE_STOP.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return from;
    }

    static int clauseEnd(String text, int pos) {
        int to = pos;
        while (to < text.length() && CLAUSE_STOP.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return to;
    }

    /** A person or a body opening the phrase before a number: who acts, not what is counted. */
    private static boolean isName(String tag) {
        return tag.startsWith("nr") || tag.startsWith("nt");
    }

    private static String tagOf(SentenceTokens tokens, int offset, String word) {
        int i = tokens.startingAt(offset);
        return i >= 0 && tokens.get(i).word().equals(word) ? tokens.get(i).tag() : "";
    }

    /** A date's measure word (2026年, 3月, 前三季度): the date's, not the subject's. */
    private static boolean isMeasureOfNumber(SentenceTokens tokens, int i) {
        return i > 0 && tokens.get(i).tag().equals("q") && tokens.get(i - 1).tag().equals("m")
                && DATE_MEASURE.matcher(tokens.get(i).word()).matches();
    }

    /** 占比 (a share), which the dictionary segmenter splits into 占 and the preposition 比. */
    private static boolean isShareOf(SentenceTokens tokens, int i) {
        return i > 0 && tokens.get(i).word().equals("比") && tokens.get(i - 1).word().equals("占");
    }

    private static boolean isNoun(HanLpAdapter.Token t) {
        return (t.tag().startsWith("n") || t.tag().equals("vn") || t.tag().equals("j")) && isWord(t);
    }

    /** A word of letters or Han characters, not a stray tag or space the segmenter tagged nx or nz. */
    private static boolean isWord(HanLpAdapter.Token t) {
        return t.word().chars().allMatch(Character::isLetterOrDigit);
    }

    private static boolean isContent(HanLpAdapter.Token t) {
        String g = t.tag();
        return (g.startsWith("n") || g.startsWith("v") || g.startsWith("a") || g.equals("j") || g.equals("b")
                || g.equals("l") || g.equals("q") || g.equals("s")) && !FUNCTION_WORDS.contains(t.word()) && isWord(t);
    }
}
