package org.speechkg.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether the words before a general head (…行动, …工程, …改革, …试点, …大会) make the phrase a name. The rule,
 * by how much a head says on its own:
 * <ul>
 *   <li>{@link Kind#NAMED} heads are names of a kind already (…专项行动, …攻坚战, …动员大会, …峰会): any modifier
 *       that is not only scale, kind or season (国际, 省级, 全市, 暑期…) names one;</li>
 *   <li>{@link Kind#COMPOUND} heads (…行动, …工程, …运动, …大会, …论坛) name a programme only with a compound
 *       modifier of three or more characters (城市更新行动, 文化惠民工程) or a quoted one (“精英”行动); two
 *       characters are a description (实际行动, 光学工程, 全市大会), and so is a modifier ending in a generic word
 *       (重大水利工程, 标志性工程, 系统工程, 二期工程);</li>
 *   <li>{@link Kind#REFORM}: …改革 is named by a system or institution (户籍制度改革, 财税体制改革, 机构改革) or a
 *       compound of three or more characters (公立医院改革, 招投标改革); not by a sector (国企改革, 农村改革), a field
 *       (重点领域改革) or a manner (市场化改革);</li>
 *   <li>{@link Kind#PILOT}: …试点 names a national pilot programme, which is long (跨境资产管理试点) or a reform pilot
 *       (高等教育综合改革试点); a short one (智慧教学试点) or a counted, unique one (唯一试点) is a description;</li>
 *   <li>{@link Kind#PLAN}: …计划 names a programme when quoted or when the modifier ends in a verb (学科引领计划), not a
 *       budget or schedule (年度预算计划, 投资计划);</li>
 *   <li>{@link Kind#EDITION}: a session (全会, 党代会, 会议, 集体学习) is named only by its number (八届三次全会,
 *       第八次党代会, 第48届会议, 第三十四次集体学习); 常委会会议 without one is routine.</li>
 * </ul>
 * …建设 is deliberately no head: most X建设 are standing aims, not programmes (生态文明建设, 法治政府建设,
 * 现代化产业体系建设, 美丽中国建设), even with a long compound modifier. A quoted one (“清廉学校”建设) is read by
 * {@link QuotedNameRecognizer}, and national programmes (海南自由贸易港建设) are curated.
 */
final class NamingModifier {
    /** How much a head needs from its modifier. */
    enum Kind { NAMED, COMPOUND, REFORM, PILOT, PLAN, EDITION }

    /** Modifiers that only say a meeting's or drive's scale, kind, season or audience. */
    private static final Pattern GENERIC = Pattern.compile(
            "(国际|国内|全国性|省级|市级|县级|理论|学术|专家|高端|大型|小型|线上|线下|有关|相关|年度|季度|月度|日常|例行|"
            + "定期|暑期|寒假|开|全校性|全市性|全市|全省|全县|全区|全校|全院|全体|全国|师生|职工|教职工|党员|干部|学生|家长|员工|专题|工作|"
            + "各类|重要|重大|重点|一系列|系列|各项|这项|该项|若干|有关|本|新|专项|专项整治|集中整治|集中|校|院|下一步|进一步|所有|下阶段|成功)+");
    /** Last words of a modifier that describe rather than name (重大水利工程, 重点领域改革, 市场化改革). */
    private static final Pattern GENERIC_END = Pattern.compile(
            "(重大|重点|标志性|系统|形象|面子|公共|伟大|卓越|实际|具体|统一|协调|一期|二期|三期|扩容|扩建|改扩建|水利|网架|管网|"
            + "领域|环节|方面|国家|唯一|首个|相关|有关|各类|计划|工程|等|科学与|新一轮|修复|改造|规划|全校性|全市性|球|拔河|象棋|围棋)$");
    /** A reform named by its manner (市场化改革, 专业化改革) or its mechanism (成果转化机制改革) is described, not named. */
    private static final Pattern MANNER_END = Pattern.compile("(市场化|专业化|一体化|规范化|机制|深化|推进|推动|坚定不移)$");
    private static final Pattern INSTITUTION_END = Pattern.compile("(体制|制度|机构|综合|结构性)$");
    private static final Pattern EDITION = Pattern.compile(
            "第[一二三四五六七八九十百零\\d]+[届次轮]|[一二三四五六七八九十]+届[一二三四五六七八九十]+[次中]");
    private static final Pattern HAN_OR_QUOTED = Pattern.compile("[\\p{IsHan}A-Za-z0-9+＋“”\"·－—、]+");

    private static final Pattern QUOTE = Pattern.compile("[“”\"]");
    private static final Pattern REFORM_SUFFIX = Pattern.compile("(综合)?(改革)?$");
    private static final Pattern LEVEL = Pattern.compile("^[省市县区]");

    private NamingModifier() {}

    /** True when {@code modifier} (the text between the name's start and its head) makes a name of it. */
    static boolean names(String modifier, Kind kind) {
        String plain = QUOTE.matcher(modifier).replaceAll("");
        boolean quoted = plain.length() < modifier.length();
        if (plain.isEmpty() || GENERIC.matcher(plain).matches() || !HAN_OR_QUOTED.matcher(modifier).matches()) {
            return false;
        }
        return switch (kind) {
            case NAMED -> plain.length() >= 2;
            case COMPOUND -> compound(SCALE.matcher(plain).replaceFirst(""), quoted);
            case REFORM -> reform(withoutPlace(plain)) && !endsInAdverb(plain);
            case PILOT -> pilot(withoutPlace(plain));
            case PLAN -> quoted || (plain.length() >= 4 && endsInVerb(plain));
            case EDITION -> EDITION.matcher(plain).find();
        };
    }

    /** A scale before a compound modifier (大规模军事行动) says how big, not which: it does not make the modifier long. */
    private static final Pattern SCALE = Pattern.compile("^(大规模|大范围|小规模|全方位|多轮|新一轮)");

    private static boolean compound(String plain, boolean quoted) {
        return !plain.isEmpty() && !GENERIC_END.matcher(plain).find() && (quoted || plain.length() >= 3) && !endsInAdverb(plain);
    }

    private static boolean reform(String plain) {
        return !plain.isEmpty() && !GENERIC_END.matcher(plain).find() && !MANNER_END.matcher(plain).find()
                && (plain.length() >= 3 || INSTITUTION_END.matcher(plain).find());
    }

    private static boolean pilot(String plain) {
        String subject = REFORM_SUFFIX.matcher(plain).replaceFirst("");
        return !plain.isEmpty() && !GENERIC_END.matcher(plain).find() && subject.length() >= 2
                && !GENERIC.matcher(subject).matches() && (plain.length() >= 6 || subject.length() < plain.length());
    }

    /**
     * The modifier without a place that opens it (浙江省高考 → 高考), or empty when it ends in one (新时代浙江): a
     * place's own reform or pilot is described by where it is, not named.
     */
    private static String withoutPlace(String plain) {
        List<HanLpAdapter.Token> places = HanLpAdapter.dictionaryPersonsAndPlaces(plain).stream()
                .filter(HanLpAdapter.Token::isPlace).toList();
        if (places.stream().anyMatch(t -> t.offset() + t.word().length() == plain.length())) {
            return "";
        }
        return places.stream().filter(t -> t.offset() == 0).findFirst()
                .map(t -> LEVEL.matcher(plain.substring(t.word().length())).replaceFirst("")).orElse(plain);
    }

    /** A modifier ending in an adverb (离开不断改革, 一直行动) is a clause whose verb is the head: no name. */
    private static boolean endsInAdverb(String plain) {
        List<HanLpAdapter.Token> tokens = HanLpAdapter.segmentBackward(plain);
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).tag().equals("d");
    }

    private static boolean endsInVerb(String plain) {
        List<HanLpAdapter.Token> tokens = HanLpAdapter.segmentBackward(plain);
        HanLpAdapter.Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        return last != null && last.tag().equals("v");
    }
}
