package org.speechkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.speechkg.clean.SpeechCleaner;
import org.speechkg.extract.EntityType;
import org.speechkg.extract.Gazetteer;
import org.speechkg.extract.RuleBasedExtractor;
import org.speechkg.ingest.RawSpeech;

class ScopedEntityResolverTest {
    private final ScopedEntityResolver resolver = new ScopedEntityResolver(Gazetteer.standard());

    private List<ResolvedMention> resolve(String text) {
        var speech = new SpeechCleaner().clean(new RawSpeech("fixture", "fixture.txt", text, StandardCharsets.UTF_8));
        return resolver.resolve(RuleBasedExtractor.standard().extract(speech)).mentions();
    }

    /** What the mentions of {@code type} labelled {@code label} by the extractor were resolved to. */
    private static List<String> labelsOf(List<ResolvedMention> ms, EntityType type, String label) {
        return ms.stream().filter(m -> m.entity().type() == type && m.mention().label().equals(label))
                .map(m -> m.entity().label()).toList();
    }

    @Test
    void aShortFormDenotesTheEarlierFullName() {
        var ms = resolve("认真学习《中国共产党政法工作条例》，把《条例》各项要求落到实处。");
        assertThat(labelsOf(ms, EntityType.Document, "条例")).containsOnly("中国共产党政法工作条例");
    }

    @Test
    void aMeetingWithItsOwnBodyIsThatBodysOwn() {
        // The body convening a meeting is part of its name (县委农村工作会议): it is not read as the curated
        // national meeting it shares a head with, and it stays local to its speech.
        var ms = resolve("按照中央农村工作会议部署，县委农村工作会议提出三项任务。");
        assertThat(ms).filteredOn(m -> m.mention().text().equals("县委农村工作会议"))
                .extracting(m -> m.entity().label()).containsExactly("县委农村工作会议");
        assertThat(ms).filteredOn(m -> m.entity().label().equals("县委农村工作会议"))
                .isNotEmpty().allMatch(m -> m.entity().scope() == Scope.SPEECH);
    }

    @Test
    void aDocumentTitledWithALoneXPlaceholderStaysInItsSpeech() {
        assertThat(resolver.ref(EntityType.Document, "省委第X巡视组反馈意见整改方案").scope()).isEqualTo(Scope.SPEECH);
        assertThat(resolver.ref(EntityType.Document, "关于第Ｘ巡视组巡视情况的报告").scope()).isEqualTo(Scope.SPEECH);
        assertThat(resolver.ref(EntityType.Place, "X县").scope()).isEqualTo(Scope.SPEECH);
        assertThat(resolver.ref(EntityType.Place, "XX市").scope()).isEqualTo(Scope.SPEECH);
        assertThat(resolver.ref(EntityType.Organization, "XX中学").scope()).isEqualTo(Scope.SPEECH);
        assertThat(resolver.ref(EntityType.Person, "某某").scope()).isEqualTo(Scope.SPEECH);
        assertThat(resolver.ref(EntityType.Document, "*县乡村振兴实施方案").scope()).isEqualTo(Scope.SPEECH);
    }

    @Test
    void latinLettersOfRealNamesAreNoPlaceholders() {
        assertThat(resolver.ref(EntityType.Policy, "5G网络建设行动").scope()).isEqualTo(Scope.NATIONAL);
        assertThat(resolver.ref(EntityType.Document, "X射线防护标准").scope()).isEqualTo(Scope.NATIONAL);
        assertThat(resolver.ref(EntityType.Document, "APEC领导人宣言").scope()).isEqualTo(Scope.NATIONAL);
        assertThat(resolver.ref(EntityType.Document, "XBB变异株防控方案").scope()).isEqualTo(Scope.NATIONAL);
    }
}
