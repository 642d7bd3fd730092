package org.speechkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.speechkg.extract.Fixtures.labels;
import static org.speechkg.extract.Fixtures.run;

import org.junit.jupiter.api.Test;

class PersonPlaceRecognizerTest {
    private final PersonPlaceRecognizer r = new PersonPlaceRecognizer(Gazetteer.standard());

    @Test
    void anonymisedPersonsAreNeverNames() {
        assertThat(labels(run(r, "XX同志和XXX同志参加会议。"), EntityType.Person)).isEmpty();
    }

    @Test
    void titledNameIsAPerson() {
        assertThat(labels(run(r, "会上，王建国同志作了讲话。"), EntityType.Person)).containsExactly("王建国");
    }

    @Test
    void placeholderPlaceButNotPlaceholderBody() {
        var ms = run(r, "XX县地处山区，XX县委高度重视。");
        assertThat(labels(ms, EntityType.Place)).containsExactly("XX县");
    }

    @Test
    void namedCommunitiesInAList() {
        assertThat(labels(run(r, "覆盖重点社区，如阳光社区、河畔社区。"), EntityType.Place)).containsExactly("阳光社区", "河畔社区");
    }

    @Test
    void dictionaryProvinceIsAPlace() {
        assertThat(labels(run(r, "我们赴浙江省学习考察。"), EntityType.Place)).contains("浙江省");
    }
}
